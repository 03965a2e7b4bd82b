/**
 * Benchmark (not a test): Kwadrant's GraphQL API against PostGraphile 4 over the same
 * PostgreSQL database (the demo data), four read queries that both answer with the same rows.
 * Creates its own database (dropped and created), starts Kwadrant in production mode and
 * PostGraphile with its defaults as child processes, checks that both answer the same rows,
 * then loads each query with autocannon: a warm-up, then rounds in which the two servers take
 * turns (the order alternates per round). Prints per query req/s per run and their mean, p50
 * and p99 latency, errors, CPU per request of the server and of the database backends, and
 * the ratio Kwadrant/PostGraphile. Stops both servers and drops the database at the end.
 *   npm run bench:graphql [-- --seconds 10 --rounds 3 --warmup 5 --connections 16
 *                            --database-url postgres://postgres@127.0.0.1:5432/kw_bench_graphql
 *                            --only a,c]
 */
import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { resolveJwtKeys, signDevelopmentToken } from "../api/access";
import { Role } from "../schema/roles";
import { busiestTeam, createBenchDatabase, dropBenchDatabase } from "./graphql-bench-database";
import {
  startKwadrant,
  startPostGraphile,
  stopServer,
  type BenchServer,
} from "./graphql-bench-servers";
import { benchQueries, type BenchQuery } from "./graphql-bench-queries";
import { checkSameRows, type Target } from "./graphql-bench-check";
import { loadRun, type RunResult } from "./graphql-bench-load";
import { printQuery, printSummary, type QueryFigures } from "./graphql-bench-table";

interface Options {
  databaseUrl: string;
  seconds: number;
  rounds: number;
  warmup: number;
  connections: number;
  only?: string[];
}

function whole(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name}: a whole number ≥ ${min}`);
  return n;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      "database-url": {
        type: "string",
        default: "postgres://postgres@127.0.0.1:5432/kw_bench_graphql",
      },
      seconds: { type: "string", default: "10" },
      rounds: { type: "string", default: "3" },
      warmup: { type: "string", default: "5" },
      connections: { type: "string", default: "16" },
      only: { type: "string" },
    },
  });
  return {
    databaseUrl: values["database-url"]!,
    seconds: whole("seconds", values.seconds!, 1),
    rounds: whole("rounds", values.rounds!, 1),
    warmup: whole("warmup", values.warmup!, 0),
    connections: whole("connections", values.connections!, 1),
    only: values.only?.split(",").map((key) => key.trim()),
  };
}

type Runner = (
  target: Target & { pid: number },
  query: BenchQuery,
  seconds: number,
) => Promise<RunResult>;

/** Warm-up on both, then rounds in which the servers take turns (the first alternates). */
async function measure(
  query: BenchQuery,
  kwadrant: Target & { pid: number },
  postgraphile: Target & { pid: number },
  options: Options,
  run: Runner,
): Promise<Pick<QueryFigures, "kwadrant" | "postgraphile">> {
  if (options.warmup > 0) {
    process.stdout.write(`${query.key}: warm-up ${options.warmup} s each …`);
    await run(kwadrant, query, options.warmup);
    await run(postgraphile, query, options.warmup);
    process.stdout.write(" done\n");
  }
  const figures = { kwadrant: [] as RunResult[], postgraphile: [] as RunResult[] };
  for (let round = 0; round < options.rounds; round += 1) {
    const order = round % 2 === 0 ? [kwadrant, postgraphile] : [postgraphile, kwadrant];
    for (const target of order) {
      const result = await run(target, query, options.seconds);
      (target === kwadrant ? figures.kwadrant : figures.postgraphile).push(result);
      console.log(
        `${query.key}: round ${round + 1} ${target.name.padEnd(12)} ${result.requestsPerSecond.toFixed(1)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}`,
      );
    }
  }
  return figures;
}

function printHeader(options: Options) {
  const cpus = os.cpus();
  console.log(
    `bench:graphql ${new Date().toISOString()} · ${cpus.length} × ${cpus[0]?.model ?? "CPU"} · Node ${process.version} · load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  console.log(
    `${options.connections} connections · warm-up ${options.warmup} s · ${options.rounds} round(s) × ${options.seconds} s per server and query · the load generator runs on the same machine`,
  );
}

/** An ADMIN JWT signed with the server's HS256 secret, as a client of the identity provider sends. */
async function adminToken(secret: string, dataDir: string): Promise<string> {
  const keys = resolveJwtKeys({ production: true, dataDir, jwtSecret: secret });
  return signDevelopmentToken(
    { ...keys, secret: keys.secret! },
    { role: Role.ADMIN, sub: "bench" },
    12,
  );
}

interface Servers {
  kwadrant?: BenchServer;
  postgraphile?: BenchServer;
  monitor?: pg.Client;
}

async function benchmark(options: Options, servers: Servers, logDir: string) {
  printHeader(options);
  console.log(`database ${options.databaseUrl} (dropped and created)`);
  await createBenchDatabase(options.databaseUrl);
  const team = await busiestTeam(options.databaseUrl);
  console.log(`filtered page (d): team ${team.name} (${team.id}), ${team.cases} help requests`);
  const secret = randomBytes(32).toString("hex");
  servers.kwadrant = await startKwadrant(options.databaseUrl, secret, logDir);
  servers.postgraphile = await startPostGraphile(options.databaseUrl, logDir);
  const token = await adminToken(secret, logDir);
  const kwadrant = { ...servers.kwadrant, headers: { authorization: `Bearer ${token}` } };
  const postgraphile = { ...servers.postgraphile, headers: {} };
  console.log(
    `Kwadrant ${kwadrant.url} (pid ${kwadrant.pid}), PostGraphile ${postgraphile.url} (pid ${postgraphile.pid})\n`,
  );
  const queries = benchQueries(team.id).filter(
    (q) => !options.only || options.only.includes(q.key),
  );
  if (!queries.length)
    throw new Error(`--only: no query among ${options.only?.join(", ")} (a, b, c, d)`);
  const rows = new Map<string, string>();
  for (const query of queries)
    rows.set(query.key, await checkSameRows(query, kwadrant, postgraphile));
  console.log("\nsame rows on both servers; loading …\n");
  const monitor = new pg.Client({ connectionString: options.databaseUrl });
  servers.monitor = monitor;
  await monitor.connect();
  const run: Runner = (target, query, seconds) =>
    loadRun({
      target,
      query: target === kwadrant ? query.kwadrant : query.postgraphile,
      seconds,
      connections: options.connections,
      monitor,
    });
  const all: QueryFigures[] = [];
  for (const query of queries) {
    const figures = await measure(query, kwadrant, postgraphile, options, run);
    all.push({ key: query.key, title: query.title, rows: rows.get(query.key)!, ...figures });
  }
  for (const figures of all) printQuery(figures);
  printSummary(all);
}

async function main() {
  const options = readOptions();
  const logDir = mkdtempSync(path.join(os.tmpdir(), "kwadrant-bench-graphql-"));
  const servers: Servers = {};
  let failed = false;
  try {
    await benchmark(options, servers, logDir);
  } catch (error) {
    failed = true;
    console.error(`\nbench:graphql failed: ${(error as Error).message}`);
    console.error(`server logs kept in ${logDir}`);
  } finally {
    await servers.monitor?.end().catch(() => undefined);
    await Promise.all([stopServer(servers.kwadrant), stopServer(servers.postgraphile)]);
    await dropBenchDatabase(options.databaseUrl).catch((error: Error) =>
      console.error(`could not drop the database: ${error.message}`),
    );
    if (!failed) rmSync(logDir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

main();
