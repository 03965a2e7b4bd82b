import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, print, type DefinitionNode } from "graphql";

/** One runnable example of the README: a ```graphql block under `<!-- example: TOKEN -->`. */
export interface ReadmeExample {
  /** The README line of the marker, for failure messages. */
  line: number;
  /** The label of a development token the server prints, e.g. "ANALYST GM0193". */
  token: string;
  /** The operations of the block, each sent on its own, in order. */
  operations: string[];
  /** The ```json block right under it: the whole response to the last operation. */
  expected?: unknown;
}

const MARKER = /^<!-- example: (.+?) -->$/;

function fencedBlock(lines: string[], from: number, language: string) {
  let start = from;
  while (start < lines.length && lines[start].trim() === "") start += 1;
  if (lines[start] !== "```" + language) return null;
  const end = lines.indexOf("```", start + 1);
  if (end < 0) throw new Error(`README line ${start + 1}: unclosed block`);
  return { text: lines.slice(start + 1, end).join("\n"), next: end + 1 };
}

function operationsOf(document: string): string[] {
  const definitions = parse(document).definitions;
  const fragments = definitions.filter((d) => d.kind === "FragmentDefinition");
  return definitions
    .filter((d) => d.kind === "OperationDefinition")
    .map((operation: DefinitionNode) =>
      [operation, ...fragments].map((definition) => print(definition)).join("\n"),
    );
}

export function readmeExamples(readme = path.join(__dirname, "../../README.md")): ReadmeExample[] {
  const lines = readFileSync(readme, "utf8").split("\n");
  const examples: ReadmeExample[] = [];
  lines.forEach((text, index) => {
    const marker = MARKER.exec(text.trim());
    if (!marker) return;
    const query = fencedBlock(lines, index + 1, "graphql");
    if (!query) throw new Error(`README line ${index + 1}: no graphql block under the marker`);
    const json = fencedBlock(lines, query.next, "json");
    examples.push({
      line: index + 1,
      token: marker[1],
      operations: operationsOf(query.text),
      expected: json ? JSON.parse(json.text) : undefined,
    });
  });
  return examples;
}

/** `"<id of createCase>"` in an example stands for the id an earlier example's field answered. */
export function withAnsweredIds(operation: string, answered: Map<string, string>): string {
  return operation.replace(/<id of (\w+)>/g, (placeholder, field: string) => {
    const id = answered.get(field);
    if (!id) throw new Error(`${placeholder}: no earlier example answered ${field} { id }`);
    return id;
  });
}

/** Remembers `{ field { id } }` (or the first of a list) of each root field of a response. */
export function rememberIds(data: unknown, answered: Map<string, string>): void {
  if (!data || typeof data !== "object") return;
  for (const [field, value] of Object.entries(data)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first && typeof first === "object" && typeof first.id === "string") {
      answered.set(field, first.id);
    }
  }
}

const ELLIPSIS = "…";

/**
 * Differences between the README's shown output and the real one, as "path: reason" lines.
 * The README shortens with "…": as a value it stands for anything, at the end of a string
 * for the rest of it, as the last element of an array for more elements. An object shown
 * lists only the keys it shows; but a response shown without "errors" must have none.
 */
export function differences(expected: unknown, actual: unknown, at = "$"): string[] {
  if (expected === ELLIPSIS) return [];
  if (typeof expected === "string" && expected.endsWith(ELLIPSIS) && typeof actual === "string") {
    const prefix = expected.slice(0, -ELLIPSIS.length);
    return actual.startsWith(prefix)
      ? []
      : [`${at}: ${JSON.stringify(actual)} does not start with ${JSON.stringify(prefix)}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${at}: expected a list, got ${JSON.stringify(actual)}`];
    const open = expected[expected.length - 1] === ELLIPSIS;
    const shown = open ? expected.slice(0, -1) : expected;
    if (open ? actual.length < shown.length : actual.length !== shown.length) {
      return [`${at}: ${actual.length} elements, the README shows ${expected.length}`];
    }
    return shown.flatMap((e, i) => differences(e, actual[i], `${at}[${i}]`));
  }
  if (expected && typeof expected === "object") {
    if (!actual || typeof actual !== "object" || Array.isArray(actual)) {
      return [`${at}: expected an object, got ${JSON.stringify(actual)}`];
    }
    const object = actual as Record<string, unknown>;
    const shown = expected as Record<string, unknown>;
    const found = Object.entries(shown).flatMap(([key, value]) =>
      key in object ? differences(value, object[key], `${at}.${key}`) : [`${at}.${key}: missing`],
    );
    if (at === "$" && !("errors" in shown) && object.errors) {
      found.push(`$.errors: ${JSON.stringify(object.errors)}`);
    }
    return found;
  }
  return Object.is(expected, actual)
    ? []
    : [`${at}: ${JSON.stringify(actual)}, the README shows ${JSON.stringify(expected)}`];
}
