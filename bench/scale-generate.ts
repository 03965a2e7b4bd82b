import pg from "pg";
import { openDatabase } from "../schema/data-source";
import { seedPriceList } from "../api/demo/price-list";
import { activityRows, ACTIVITY_COLUMNS, OUTCOME_COLUMNS, outcomeRows } from "./scale-activities";
import {
  CASE_ARRANGEMENT_COLUMNS,
  CASE_COLUMNS,
  caseArrangementRows,
  caseRows,
} from "./scale-cases";
import { dropConstraints, restoreConstraints } from "./scale-constraints";
import { copyRows, type CopyValue } from "./scale-copy";
import { ORGANISATION_TABLES } from "./scale-org-rows";
import { organisationOf, type Org } from "./scale-organisation";
import { nationalPlan } from "./scale-plan";
import { printTable, seconds } from "./scale-print";

/**
 * Generates the national data set into a fresh database: migrations first (the project's
 * openDatabase and runMigrations), then every table by COPY FROM STDIN — the organisation
 * with its indexes in place, the four large tables without their secondary indexes and
 * foreign keys, which are built again afterwards from their own definitions — and ANALYZE.
 */
export const LARGE_TABLES = ["case_record", "case_arrangement", "support_activity", "outcome"];

interface Timing {
  step: string;
  rows: number;
  seconds: number;
}

async function recreate(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name))
    throw new Error(`--database-url: a plain database name, not "${name}"`);
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString(),
  });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
}

async function migrate(url: string): Promise<number> {
  const started = performance.now();
  const database = await openDatabase({ url });
  await database.dataSource.runMigrations({ transaction: "each" });
  await database.close();
  return seconds(started);
}

async function timedCopy(
  client: pg.Client,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<Timing> {
  const started = performance.now();
  const count = await copyRows(client, table, columns, rows);
  return { step: table, rows: count, seconds: seconds(started) };
}

async function publishPriceLists(url: string, client: pg.Client, orgs: Org[]): Promise<Timing> {
  const started = performance.now();
  await client.query(
    `UPDATE price_list SET status = 'PUBLISHED', published_at = now(), version = version + 1`,
  );
  // The demo's price list seeding adds the shared CPI series first, then sees the list exists.
  const database = await openDatabase({ url });
  await seedPriceList(database.dataSource.manager, orgs[0].plan.id);
  await database.close();
  return { step: "publish price lists + CPI", rows: orgs.length, seconds: seconds(started) };
}

async function largeTables(client: pg.Client, seed: number, orgs: Org[]): Promise<Timing[]> {
  const timings: Timing[] = [];
  let started = performance.now();
  const saved = await dropConstraints(client, LARGE_TABLES);
  timings.push({ step: "drop secondary indexes and FKs", rows: 0, seconds: seconds(started) });
  timings.push(await timedCopy(client, "case_record", CASE_COLUMNS, caseRows(seed, orgs)));
  timings.push(
    await timedCopy(
      client,
      "case_arrangement",
      CASE_ARRANGEMENT_COLUMNS,
      caseArrangementRows(seed, orgs),
    ),
  );
  timings.push(
    await timedCopy(client, "support_activity", ACTIVITY_COLUMNS, activityRows(seed, orgs)),
  );
  timings.push(await timedCopy(client, "outcome", OUTCOME_COLUMNS, outcomeRows(seed, orgs)));
  const restored = await restoreConstraints(client, LARGE_TABLES, saved);
  timings.push({
    step: `build ${restored.uniques} unique constraints + ${restored.indexes} indexes`,
    rows: 0,
    seconds: restored.indexSeconds,
  });
  timings.push({
    step: `validate ${restored.foreignKeys} foreign keys`,
    rows: 0,
    seconds: restored.foreignKeySeconds,
  });
  started = performance.now();
  await client.query(`VACUUM (ANALYZE) ${LARGE_TABLES.join(", ")}`);
  await client.query("ANALYZE");
  timings.push({ step: "VACUUM (ANALYZE) + ANALYZE", rows: 0, seconds: seconds(started) });
  return timings;
}

export async function generate(url: string, scale: number, seed: number): Promise<void> {
  const started = performance.now();
  await recreate(url);
  const orgs = nationalPlan(scale).map((plan) => organisationOf(plan, seed));
  const timings: Timing[] = [
    { step: "create database + migrations", rows: 0, seconds: await migrate(url) },
  ];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET synchronous_commit = off");
    for (const t of ORGANISATION_TABLES)
      timings.push(await timedCopy(client, t.table, t.columns, t.rows(orgs)));
    timings.push(await publishPriceLists(url, client, orgs));
    timings.push(...(await largeTables(client, seed, orgs)));
  } finally {
    await client.end();
  }
  timings.push({
    step: "total",
    rows: timings.reduce((s, t) => s + t.rows, 0),
    seconds: seconds(started),
  });
  printTable(
    ["step", "rows", "s", "rows/s"],
    timings.map((t) => [
      t.step,
      t.rows || "",
      t.seconds.toFixed(1),
      t.rows ? Math.round(t.rows / t.seconds) : "",
    ]),
  );
}
