import { readFile } from "node:fs/promises";
import pg from "pg";
import { openDatabase, type Database } from "../../schema/data-source";
import { insertBuiltInQuadrantModels } from "../../migrations/1763900100000-QuadrantModels";

/**
 * A fresh, migrated database for one test file: PGlite in memory (loaded from the migrated
 * template made in global setup) or, with TEST_DATABASE_URL, a database of its own on the
 * PostgreSQL server (one per jest worker).
 */
export async function openTestDatabase(options: { readUrl?: string } = {}): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return openServerDatabase(url, options.readUrl);
  if (options.readUrl) throw new Error("a read replica needs TEST_DATABASE_URL (PostgreSQL)");
  const templatePath = process.env.KWADRANT_TEMPLATE;
  if (!templatePath) throw new Error("global setup did not prepare the database template");
  const dump = await readFile(templatePath);
  return openDatabase({ dataDir: "memory://", loadDataDir: new Blob([dump]) });
}

async function openServerDatabase(url: string, readUrl?: string): Promise<Database> {
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
  if (!readUrl) return database;
  // The replica (a streaming standby of `url`, see .ci/replica) receives the new database by
  // replication: wait until it has replayed the migrations, then open both.
  const [{ lsn }]: { lsn: string }[] = await database.dataSource.query(
    "SELECT pg_current_wal_lsn()::text AS lsn",
  );
  await database.close();
  await waitForReplay(readUrl, lsn);
  const replica = new URL(readUrl);
  replica.pathname = `/${name}`;
  return openDatabase({ url: target.toString(), readUrl: replica.toString() });
}

/** Waits until the standby at `readUrl` has replayed the primary's WAL up to `lsn`. */
export async function waitForReplay(readUrl: string, lsn: string, timeoutMs = 60000) {
  const replica = new pg.Client({ connectionString: readUrl });
  await replica.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await replica.query(
        "SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn() >= $1::pg_lsn AS done",
        [lsn],
      );
      if (!rows[0].standby) throw new Error(`${readUrl} is not a standby (see .ci/replica)`);
      if (rows[0].done) return;
      if (Date.now() > deadline) throw new Error(`the replica did not replay up to ${lsn}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await replica.end();
  }
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
