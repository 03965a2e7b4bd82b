import "reflect-metadata";
import pg from "pg";
import { DataSource } from "typeorm";
import { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { entities } from "./entities";
import { migrations } from "../migrations";
import { CountingLogger } from "./statement-counter";
import { lockDataDir } from "./data-dir-lock";

// Dates are calendar days in the municipality's calendar: keep them as 'YYYY-MM-DD' strings
// instead of letting pg turn them into JS Dates at local midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

export interface DatabaseOptions {
  /** postgres://… — use a PostgreSQL server. */
  url?: string;
  /**
   * postgres://… of a read replica (a streaming standby of `url`): opened as a second data
   * source, `readDataSource`, for the heavy read-only analyses. Only with `url`.
   */
  readUrl?: string;
  /** Embedded PGlite: a folder, or "memory://" for a throwaway in-memory database. */
  dataDir?: string;
  /** Embedded PGlite: start from a dump made by dumpDataDir() (tests use a migrated template). */
  loadDataDir?: Blob | File;
  statementTimeoutMs?: number;
  logSql?: boolean;
}

export interface Database {
  /** The primary: every write, and every read that must see the request's own writes. */
  dataSource: DataSource;
  /**
   * Where the heavy read-only analyses read: the replica of DATABASE_READ_URL, else the same
   * object as `dataSource` (embedded PGlite and a single PostgreSQL server are unchanged).
   */
  readDataSource: DataSource;
  kind: "postgres" | "pglite";
  pglite?: PGlite;
  close(): Promise<void>;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const common = {
    type: "postgres" as const,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    installExtensions: false,
    logger: new CountingLogger(options.logSql ?? false),
    logging: true,
  };
  const timeout = options.statementTimeoutMs ?? 0;
  /** A pool on a PostgreSQL server; `name` tells its sessions apart in pg_stat_activity. */
  const server = (url: string, name: string) => ({
    url,
    poolSize: 10,
    extra: { statement_timeout: timeout || undefined, application_name: name },
  });
  if (options.url) {
    const dataSource = new DataSource({ ...common, ...server(options.url, "kwadrant") });
    await dataSource.initialize();
    if (!options.readUrl)
      return {
        dataSource,
        readDataSource: dataSource,
        kind: "postgres",
        close: () => dataSource.destroy(),
      };
    // The replica: the same entities and the same statement counting, no migrations of its own
    // (they arrive by replication); its own name, so that pg_stat_activity tells the two apart.
    const readDataSource = new DataSource({
      ...common,
      migrations: [],
      logger: new CountingLogger(options.logSql ?? false),
      ...server(options.readUrl, "kwadrant-read"),
    });
    try {
      await readDataSource.initialize();
    } catch (error) {
      await dataSource.destroy();
      throw error;
    }
    return {
      dataSource,
      readDataSource,
      kind: "postgres",
      close: async () => {
        await Promise.all([dataSource.destroy(), readDataSource.destroy()]);
      },
    };
  }
  if (options.readUrl) throw new Error("A read replica (readUrl) needs a PostgreSQL url too");

  const onDisk = !!options.dataDir && !options.dataDir.startsWith("memory://");
  const release = onDisk ? lockDataDir(options.dataDir!) : () => undefined;
  const pglite = new PGlite(options.dataDir ?? "memory://", {
    loadDataDir: options.loadDataDir,
  });
  await pglite.waitReady.catch((error: unknown) => {
    release();
    throw error;
  });
  if (timeout) await pglite.exec(`SET statement_timeout = ${Number(timeout)}`);
  // One connection: PGlite is a single session. Inside a transaction, use its manager only.
  const dataSource = new DataSource({
    ...common,
    poolSize: 1,
    extra: { ...createPgConfig(pglite), max: 1, idleTimeoutMillis: 0 },
  });
  await dataSource.initialize();
  return {
    dataSource,
    readDataSource: dataSource,
    kind: "pglite",
    pglite,
    close: async () => {
      await dataSource.destroy();
      await pglite.close();
      release();
    },
  };
}
