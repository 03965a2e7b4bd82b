import { openDatabase, type Database } from "../../schema/data-source";
import type { DataSource } from "typeorm";
import type { Config } from "./config";

/**
 * Opens the configured database: PostgreSQL with DATABASE_URL, else embedded PGlite. With
 * `{ replica: true }` (the server) also the read replica of DATABASE_READ_URL; the command-line
 * tools work on the primary alone, so that a replica being down never stops a migration.
 */
export async function openConfiguredDatabase(
  config: Config,
  { replica = false }: { replica?: boolean } = {},
): Promise<Database> {
  if (config.databaseUrl) {
    return openDatabase({
      url: config.databaseUrl,
      readUrl: replica ? config.databaseReadUrl : undefined,
      statementTimeoutMs: config.statementTimeoutMs,
    });
  }
  const { mkdir } = await import("node:fs/promises");
  await mkdir(config.dataDir, { recursive: true });
  return openDatabase({ dataDir: config.dataDir, statementTimeoutMs: config.statementTimeoutMs });
}

/** True when the database has one connection (embedded PGlite): work that would wait behind
 * another transaction on it (a login's audit row, a rate-limit count) is kept in memory there. */
export function hasSingleConnection(db: DataSource): boolean {
  const options = db.options as { poolSize?: number; extra?: { max?: number } };
  return options.poolSize === 1 || options.extra?.max === 1;
}
