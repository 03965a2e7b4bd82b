import { BadInputError } from "../errors";

/**
 * PostgreSQL text cannot hold the NUL character: an argument with one (in a filter or an
 * input) is refused up front, naming it, instead of failing in the database.
 */
export function refuseNulCharacters(value: unknown, path: string): void {
  if (typeof value === "string") {
    if (value.includes("\u0000"))
      throw new BadInputError(path, "must not contain a NUL character (\\0)");
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => refuseNulCharacters(item, `${path}[${index}]`));
  } else if (value && typeof value === "object" && isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) refuseNulCharacters(item, `${path}.${key}`);
  }
}

/** Input objects as graphql-js coerces them (not a Date, Decimal or other scalar value). */
function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
