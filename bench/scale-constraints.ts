import type pg from "pg";

/**
 * Loading the large tables without their secondary indexes and foreign keys, then building
 * them again from their own definitions (pg_get_indexdef, pg_get_constraintdef): one index
 * build and one validating join per constraint instead of a check per row. The definitions
 * are read from the catalog before they are dropped and compared after they are restored.
 */
export interface SavedConstraints {
  /** Foreign keys on or pointing at the tables: dropped first, restored last. */
  foreignKeys: { table: string; name: string; definition: string }[];
  /** Unique constraints other than the primary key. */
  uniques: { table: string; name: string; definition: string }[];
  /** Indexes that back no constraint. */
  indexes: { name: string; definition: string }[];
  fingerprint: string;
}

async function fingerprintOf(client: pg.ClientBase, tables: string[]): Promise<string> {
  const { rows } = await client.query(
    `SELECT conrelid::regclass::text AS t, conname, pg_get_constraintdef(oid) AS d FROM pg_constraint
      WHERE conrelid = ANY($1::regclass[]) OR confrelid = ANY($1::regclass[])
     UNION ALL
     SELECT tablename, indexname, indexdef FROM pg_indexes WHERE tablename = ANY($2)
     ORDER BY 1, 2, 3`,
    [tables, tables],
  );
  return rows.map((r) => `${r.t} ${r.conname} ${r.d}`).join("\n");
}

export async function dropConstraints(
  client: pg.ClientBase,
  tables: string[],
): Promise<SavedConstraints> {
  const fingerprint = await fingerprintOf(client, tables);
  const constraints = await client.query(
    `SELECT conrelid::regclass::text AS table, conname AS name, contype, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint
      WHERE (contype = 'f' AND (conrelid = ANY($1::regclass[]) OR confrelid = ANY($1::regclass[])))
         OR (contype = 'u' AND conrelid = ANY($1::regclass[]))`,
    [tables],
  );
  const indexes = await client.query(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
      WHERE i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.indexname))::regclass)`,
    [tables],
  );
  const saved: SavedConstraints = {
    foreignKeys: constraints.rows.filter((c) => c.contype === "f"),
    uniques: constraints.rows.filter((c) => c.contype === "u"),
    indexes: indexes.rows,
    fingerprint,
  };
  for (const fk of saved.foreignKeys)
    await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${fk.name}`);
  for (const u of saved.uniques)
    await client.query(`ALTER TABLE ${u.table} DROP CONSTRAINT ${u.name}`);
  for (const index of saved.indexes) await client.query(`DROP INDEX ${index.name}`);
  return saved;
}

/** Restores what dropConstraints dropped; returns the seconds spent, per kind. */
export async function restoreConstraints(
  client: pg.ClientBase,
  tables: string[],
  saved: SavedConstraints,
) {
  const timed = async (statements: string[]) => {
    const started = performance.now();
    for (const sql of statements) await client.query(sql);
    return (performance.now() - started) / 1000;
  };
  await client.query("SET maintenance_work_mem = '512MB'");
  const indexSeconds = await timed([
    ...saved.uniques.map((u) => `ALTER TABLE ${u.table} ADD CONSTRAINT ${u.name} ${u.definition}`),
    ...saved.indexes.map((i) => i.definition),
  ]);
  const foreignKeySeconds = await timed(
    saved.foreignKeys.map(
      (fk) => `ALTER TABLE ${fk.table} ADD CONSTRAINT ${fk.name} ${fk.definition}`,
    ),
  );
  const after = await fingerprintOf(client, tables);
  if (after !== saved.fingerprint)
    throw new Error("the restored constraints and indexes differ from the migrations'");
  return {
    indexSeconds,
    foreignKeySeconds,
    uniques: saved.uniques.length,
    indexes: saved.indexes.length,
    foreignKeys: saved.foreignKeys.length,
  };
}
