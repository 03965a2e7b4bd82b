import { openDatabase, type Database } from "../../schema/data-source";
import type { DataSource } from "typeorm";
import type { Config } from "./config";

/** Opens the configured database: PostgreSQL with DATABASE_URL, else embedded PGlite. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) {
    return openDatabase({ url: config.databaseUrl, statementTimeoutMs: config.statementTimeoutMs });
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
