import type { EntityManager } from "typeorm";
import type { RowProblem } from "./registration-rows";

/**
 * Finds keys (external refs, case references) that occur more than once in a file without
 * holding every key of the file in memory: the keys seen so far go into a temporary table of
 * the import's transaction (dropped at its end), and each batch asks it which of its keys came
 * before. Within one batch a Map does the same.
 */
export interface RowKey {
  key: string;
  row: number;
  /** Column and cell to blame for a repeat. */
  column: string;
  value: string;
}

export async function createKeyTable(em: EntityManager): Promise<void> {
  await em.query(
    "CREATE TEMPORARY TABLE import_row_key (key text PRIMARY KEY, row integer NOT NULL) ON COMMIT DROP",
  );
}

const repeat = (key: RowKey, first: number): RowProblem => ({
  row: key.row,
  column: key.column,
  value: key.value,
  reason: `repeats row ${first}`,
});

/** Records a batch of keys and returns a problem for every key seen before (in this batch or an earlier one). */
export async function repeatedKeys(em: EntityManager, keys: RowKey[]): Promise<RowProblem[]> {
  const problems: RowProblem[] = [];
  const firstInBatch = new Map<string, number>();
  const fresh: RowKey[] = [];
  for (const key of keys) {
    const first = firstInBatch.get(key.key);
    if (first === undefined) {
      firstInBatch.set(key.key, key.row);
      fresh.push(key);
    } else problems.push(repeat(key, first));
  }
  if (!fresh.length) return problems;
  // The SELECT sees the table as it was before this statement's INSERT: earlier batches only.
  const earlier: { key: string; row: number }[] = await em.query(
    `WITH batch AS (SELECT * FROM unnest($1::text[], $2::integer[]) AS b(key, row)),
          added AS (INSERT INTO import_row_key SELECT key, row FROM batch ON CONFLICT (key) DO NOTHING)
     SELECT k.key, k.row FROM batch b JOIN import_row_key k ON k.key = b.key`,
    [fresh.map((k) => k.key), fresh.map((k) => k.row)],
  );
  const firstRow = new Map(earlier.map((e) => [e.key, e.row]));
  for (const key of fresh) {
    const first = firstRow.get(key.key);
    if (first !== undefined) problems.push(repeat(key, first));
  }
  return problems.sort((a, b) => a.row - b.row);
}
