import type { EntityManager } from "typeorm";
import type { WriteCounts } from "./registration-rows";

/**
 * Idempotent batch writes. One statement per batch: the rows travel as one array per column
 * (`unnest`, so a batch costs one round trip and the statement text never changes), an
 * existing row with the same key is updated only when a value differs, and RETURNING tells
 * inserts from updates (`xmax = 0` on a fresh row). Rows that match what is stored return
 * nothing: unchanged = batch size − returned. So importing the same file again changes
 * nothing, not even `version` or `updated_at`.
 */
export interface UpsertColumn {
  name: string;
  /** The element type of the array parameter, e.g. "uuid", "numeric", "date". */
  type: string;
  /** How the value is stored from the unnested row `r`, when not as it is. */
  select?: string;
  /** How an update sets it, when not to EXCLUDED.<name>. */
  set?: string;
}

export interface UpsertSpec {
  table: string;
  columns: UpsertColumn[];
  /** The unique key after municipality_id. */
  key: string;
}

function upsertStatement(spec: UpsertSpec): string {
  const names = spec.columns.map((c) => c.name);
  const updated = spec.columns.filter((c) => c.name !== spec.key);
  const setOf = (c: UpsertColumn) => c.set ?? `EXCLUDED.${c.name}`;
  return `
    INSERT INTO ${spec.table} AS t (municipality_id, ${names.join(", ")})
    SELECT $1, ${spec.columns.map((c) => c.select ?? `r.${c.name}`).join(", ")}
      FROM unnest(${spec.columns.map((c, i) => `$${i + 2}::${c.type}[]`).join(", ")})
        AS r(${names.join(", ")})
    ON CONFLICT (municipality_id, ${spec.key}) DO UPDATE
       SET ${updated.map((c) => `${c.name} = ${setOf(c)}`).join(", ")},
           version = t.version + 1, updated_at = now()
     WHERE (${updated.map((c) => `t.${c.name}`).join(", ")})
           IS DISTINCT FROM (${updated.map(setOf).join(", ")})
    RETURNING (t.xmax = 0) AS inserted`;
}

/** Writes rows (objects keyed by column name) with the spec's statement and counts what happened. */
export async function upsertRows(
  em: EntityManager,
  spec: UpsertSpec,
  municipalityId: string,
  rows: Record<string, unknown>[],
): Promise<WriteCounts> {
  if (!rows.length) return { inserted: 0, updated: 0, unchanged: 0 };
  const parameters = spec.columns.map((c) => rows.map((row) => row[c.name] ?? null));
  const returned: { inserted: boolean }[] = await em.query(upsertStatement(spec), [
    municipalityId,
    ...parameters,
  ]);
  const inserted = returned.filter((r) => r.inserted).length;
  return {
    inserted,
    updated: returned.length - inserted,
    unchanged: rows.length - returned.length,
  };
}
