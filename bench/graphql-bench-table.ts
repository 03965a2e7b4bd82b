/** The tables `npm run bench:graphql` prints: per query, per server, and a summary. */
import type { RunResult } from "./graphql-bench-load";

export interface QueryFigures {
  key: string;
  title: string;
  rows: string;
  kwadrant: RunResult[];
  postgraphile: RunResult[];
}

export function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
}

function cpu(runs: RunResult[], pick: (run: RunResult) => number | null): string {
  const values = runs.map(pick);
  if (values.some((v) => v === null)) return "—";
  return mean(values as number[]).toFixed(2);
}

function line(name: string, runs: RunResult[]): string {
  const perRun = runs.map((r) => r.requestsPerSecond.toFixed(1).padStart(7)).join(" ");
  return [
    name.padEnd(13),
    perRun,
    mean(runs.map((r) => r.requestsPerSecond))
      .toFixed(1)
      .padStart(9),
    mean(runs.map((r) => r.p50))
      .toFixed(1)
      .padStart(7),
    mean(runs.map((r) => r.p99))
      .toFixed(1)
      .padStart(7),
    String(runs.reduce((n, r) => n + r.errors, 0)).padStart(6),
    cpu(runs, (r) => r.serverCpuMs).padStart(10),
    cpu(runs, (r) => r.databaseCpuMs).padStart(9),
  ].join("  ");
}

export function ratio(figures: QueryFigures): number {
  const k = mean(figures.kwadrant.map((r) => r.requestsPerSecond));
  const p = mean(figures.postgraphile.map((r) => r.requestsPerSecond));
  return k / p;
}

export function printQuery(figures: QueryFigures): void {
  const runs = figures.kwadrant.map((_, i) => `run ${i + 1}`.padStart(7)).join(" ");
  console.log(`\n${figures.key}. ${figures.title}\n   ${figures.rows}`);
  console.log(
    `${"server".padEnd(13)}  ${runs}  ${"mean req/s".padStart(9)}  ${"p50 ms".padStart(7)}  ${"p99 ms".padStart(7)}  ${"errors".padStart(6)}  ${"server CPU".padStart(10)}  ${"db CPU".padStart(9)}`,
  );
  console.log(line("Kwadrant", figures.kwadrant));
  console.log(line("PostGraphile", figures.postgraphile));
  console.log(`ratio Kwadrant/PostGraphile (mean req/s): ${ratio(figures).toFixed(2)}×`);
}

export function printSummary(all: QueryFigures[]): void {
  console.log("\nSummary (mean req/s over the runs; CPU in ms per request)");
  console.log(
    `${"query".padEnd(7)}${"Kwadrant".padStart(10)}${"PostGraphile".padStart(14)}${"ratio".padStart(8)}${"K CPU".padStart(8)}${"PG CPU".padStart(8)}`,
  );
  for (const f of all) {
    console.log(
      `${f.key.padEnd(7)}${mean(f.kwadrant.map((r) => r.requestsPerSecond))
        .toFixed(1)
        .padStart(10)}${mean(f.postgraphile.map((r) => r.requestsPerSecond))
        .toFixed(1)
        .padStart(
          14,
        )}${(ratio(f).toFixed(2) + "×").padStart(8)}${cpu(f.kwadrant, (r) => r.serverCpuMs).padStart(8)}${cpu(f.postgraphile, (r) => r.serverCpuMs).padStart(8)}`,
    );
  }
  const geometric = Math.exp(mean(all.map((f) => Math.log(ratio(f)))));
  console.log(`geometric mean of the ratios: ${geometric.toFixed(2)}×`);
}
