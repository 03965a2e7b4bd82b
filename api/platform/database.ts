import { openDatabase, type Database } from "../../schema/data-source";
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
