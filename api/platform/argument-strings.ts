/**
 * Visits every string in a GraphQL argument value (as graphql-js coerces it: strings, lists
 * and input objects) with its path, e.g. `input.items[2].note`. Keys in `skip` are passed over
 * with everything under them. Other values (numbers, scalar objects) are left alone.
 */
export function eachArgumentString(
  value: unknown,
  path: string,
  visit: (text: string, path: string) => void,
  skip: ReadonlySet<string> = new Set(),
): void {
  if (typeof value === "string") {
    visit(value, path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => eachArgumentString(item, `${path}[${index}]`, visit, skip));
  } else if (value && typeof value === "object" && isInputObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (!skip.has(key)) eachArgumentString(item, path ? `${path}.${key}` : key, visit, skip);
    }
  }
}

/** An input object as coerced (a plain or prototype-less object), not a Date, Decimal … */
function isInputObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
