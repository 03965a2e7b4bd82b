/**
 * Before any load: each query once on each server. An answer with HTTP ≠ 200 or GraphQL
 * `errors` stops the benchmark, and so do answers whose rows differ: per level the ids (a
 * page's in order, nested rows as parent>child pairs) must be equal on both servers.
 */
import type { BenchQuery, Levels, ServerQuery } from "./graphql-bench-queries";

export interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
}

export function requestBody(query: ServerQuery): string {
  return JSON.stringify({ query: query.query, variables: query.variables ?? {} });
}

/** One request; its levels and the size of the answer. */
async function ask(target: Target, query: ServerQuery): Promise<{ levels: Levels; bytes: number }> {
  const response = await fetch(target.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...target.headers },
    body: requestBody(query),
  });
  const text = await response.text();
  let body: { data?: unknown; errors?: unknown[] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${target.name}: HTTP ${response.status}, not JSON: ${text.slice(0, 500)}`);
  }
  if (response.status !== 200 || body.errors?.length || !body.data)
    throw new Error(
      `${target.name}: HTTP ${response.status}, errors ${JSON.stringify(body.errors ?? null).slice(0, 1000)}`,
    );
  return { levels: query.rows(body.data), bytes: Buffer.byteLength(text) };
}

/** Levels that hold one value (printed as it is) rather than ids (printed as a count). */
const SINGLE_VALUES = new Set(["totalCount", "hasNextPage"]);

function difference(a: string[], b: string[]): string {
  const inB = new Set(b);
  const inA = new Set(a);
  const onlyA = a.filter((x) => !inB.has(x)).slice(0, 3);
  const onlyB = b.filter((x) => !inA.has(x)).slice(0, 3);
  if (!onlyA.length && !onlyB.length) return "same ids, different order";
  return `only in Kwadrant: ${onlyA.join(", ") || "—"}; only in PostGraphile: ${onlyB.join(", ") || "—"}`;
}

/**
 * Asks both servers, prints the rows per level, throws when they differ. Returns the rows of
 * the answer (the deepest level's count and the sum over levels) for the tables.
 */
export async function checkSameRows(
  query: BenchQuery,
  kwadrant: Target,
  postgraphile: Target,
): Promise<string> {
  const k = await ask(kwadrant, query.kwadrant);
  const p = await ask(postgraphile, query.postgraphile);
  const differences: string[] = [];
  const counts: string[] = [];
  for (const level of Object.keys(k.levels)) {
    const a = k.levels[level];
    const b = p.levels[level] ?? [];
    counts.push(`${level} ${SINGLE_VALUES.has(level) ? a[0] : a.length}`);
    if (a.length !== b.length || a.some((x, i) => x !== b[i]))
      differences.push(
        `  ${level}: Kwadrant ${a.length}, PostGraphile ${b.length}; ${difference(a, b)}`,
      );
  }
  console.log(`${query.key}. ${query.title}`);
  console.log(`   rows: ${counts.join(" · ")}`);
  console.log(`   answer: Kwadrant ${kb(k.bytes)}, PostGraphile ${kb(p.bytes)} of JSON`);
  if (differences.length)
    throw new Error(
      `query ${query.key}: the servers answer different rows:\n${differences.join("\n")}`,
    );
  return counts.join(" · ");
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
