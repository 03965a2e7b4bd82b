import type { EntityManager } from "typeorm";

/** Parameters per statement: well below PostgreSQL's limit of 65,535, small enough for PGlite. */
const MAX_PARAMETERS = 20_000;

/**
 * Inserts many rows with multi-row `INSERT … VALUES` statements, a few thousand parameters
 * each. `columns` are trusted identifiers (written here, never user input); values go as
 * parameters, and each takes its column's type. Returns the number of rows written.
 */
export async function insertRows(
  em: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<number> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const parameters: unknown[] = [];
    const tuples = chunk.map((row) => {
      if (row.length !== columns.length)
        throw new Error(`${table}: a row has ${row.length} values for ${columns.length} columns`);
      const placeholders = row.map((value) => {
        parameters.push(value);
        return `$${parameters.length}`;
      });
      return `(${placeholders.join(", ")})`;
    });
    await em.query(
      `INSERT INTO ${table} (${columns.join(", ")}) VALUES ${tuples.join(", ")}`,
      parameters,
    );
  }
  return rows.length;
}
