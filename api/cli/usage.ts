import type { DataSource } from "typeorm";

/** A mistake in the command line or the database it points at: the message says what. */
export class UsageError extends Error {}

/**
 * The id of the one row a command-line value names: a municipality by code or id, a team,
 * district or arrangement by name or id (within the municipality when given).
 */
export async function idOf(
  db: DataSource,
  table: "municipality" | "team" | "district" | "arrangement",
  value: string,
  municipalityId?: string,
): Promise<string> {
  const column = table === "municipality" ? "code" : "name";
  const params: unknown[] = [value];
  let scope = "";
  if (municipalityId) {
    params.push(municipalityId);
    scope = "AND municipality_id = $2";
  }
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM ${table} WHERE (${column} = $1 OR id::text = lower($1)) ${scope}`,
    params,
  );
  if (rows.length !== 1) {
    throw new UsageError(
      `${rows.length ? "more than one" : "no"} ${table} with ${column} or id ${value}`,
    );
  }
  return rows[0].id;
}
