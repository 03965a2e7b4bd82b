/**
 * One load run of `npm run bench:graphql`: autocannon (programmatic) POSTing one query with a
 * fixed number of connections for a fixed time, and the CPU the server process and the
 * PostgreSQL backends of the bench database spent meanwhile (utime + stime from /proc, Linux
 * only; a backend that ends during the run is not counted).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import type pg from "pg";
import { requestBody, type Target } from "./graphql-bench-check";
import type { ServerQuery } from "./graphql-bench-queries";

export interface RunResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Non-2xx answers, socket errors, timeouts and answers with GraphQL `errors`. */
  errors: number;
  /** CPU milliseconds per request of the server process, and of the database backends. */
  serverCpuMs: number | null;
  databaseCpuMs: number | null;
}

let ticksPerSecond: number | undefined;

/** utime + stime of a process in milliseconds, or null when /proc cannot tell. */
function cpuMs(pid: number): number | null {
  try {
    ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return null;
  }
}

/** CPU per backend of the bench database (not the monitoring connection itself). */
async function backendCpu(monitor: pg.Client): Promise<Map<number, number>> {
  const { rows } = await monitor.query(
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
  );
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    const ms = cpuMs(pid);
    if (ms !== null) cpu.set(pid, ms);
  }
  return cpu;
}

function spent(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/** A GraphQL answer with errors (checked cheaply on the raw text: no field is called errors). */
function hasNoErrors(body: string | Buffer | undefined): boolean {
  return body !== undefined && !String(body).includes('"errors":');
}

export interface RunOptions {
  target: Target & { pid: number };
  query: ServerQuery;
  seconds: number;
  connections: number;
  monitor: pg.Client;
}

export async function loadRun(options: RunOptions): Promise<RunResult> {
  const { target, query, seconds, connections, monitor } = options;
  const serverBefore = cpuMs(target.pid);
  const databaseBefore = await backendCpu(monitor);
  const result = await autocannon({
    url: target.url,
    method: "POST",
    headers: { "content-type": "application/json", ...target.headers },
    body: requestBody(query),
    connections,
    duration: seconds,
    verifyBody: hasNoErrors,
  });
  const serverAfter = cpuMs(target.pid);
  const databaseAfter = await backendCpu(monitor);
  const requests = result.requests.total || 1;
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts + (result.mismatches ?? 0),
    serverCpuMs:
      serverBefore === null || serverAfter === null
        ? null
        : (serverAfter - serverBefore) / requests,
    databaseCpuMs: spent(databaseBefore, databaseAfter) / requests,
  };
}
