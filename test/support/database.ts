import { readFile } from "node:fs/promises";
import pg from "pg";
import { openDatabase, type Database } from "../../schema/data-source";
import { insertBuiltInQuadrantModels } from "../../migrations/1763900100000-QuadrantModels";

/**
 * A fresh, migrated database for one test file: PGlite in memory (loaded from the migrated
 * template made in global setup) or, with TEST_DATABASE_URL, a database of its own on the
 * PostgreSQL server (one per jest worker).
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return openServerDatabase(url);
  const templatePath = process.env.KWADRANT_TEMPLATE;
  if (!templatePath) throw new Error("global setup did not prepare the database template");
  const dump = await readFile(templatePath);
  return openDatabase({ dataDir: "memory://", loadDataDir: new Blob([dump]) });
}

async function openServerDatabase(url: string): Promise<Database> {
  // A prefix of one's own keeps two suites running at once on one server apart.
  const prefix = process.env.KWADRANT_TEST_DB_PREFIX ?? "kwadrant_test";
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix))
    throw new Error("KWADRANT_TEST_DB_PREFIX: [a-z0-9_] only");
  const name = `${prefix}_${process.env.JEST_WORKER_ID ?? "0"}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ url: target.toString() });
  await database.dataSource.runMigrations({ transaction: "each" });
  return database;
}

/** Empties every table but the migration log, so each test starts from nothing but what migrations seed. */
export async function truncateAll(database: Database): Promise<void> {
  const tables: { tablename: string }[] = await database.dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
  );
  if (!tables.length) return;
  await database.dataSource.query(
    `TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} CASCADE`,
  );
  await insertBuiltInQuadrantModels(database.dataSource);
}
