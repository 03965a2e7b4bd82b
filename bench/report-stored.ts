/**
 * Benchmark (not a test): the real export path over stored cases. Seeds ~13,889 cases × 36
 * months with support and outcomes into a PostgreSQL database of its own (kwadrant_bench_report
 * on the server of TEST_DATABASE_URL or DATABASE_URL, dropped and created), then — in a fresh
 * process, so that its peak memory is the export's alone — asks for the accountability workbook
 * as the API does and builds it as a worker does (claimNextReport, runReportJob: the figures in
 * one snapshot, case rows spooled, workbook and CSV streamed). Prints the time per phase, the
 * cases and case-month rows, the file sizes and the peak RSS. Target: under 300 MB.
 *
 * It runs the export twice: as `npm start` runs the server, with a JavaScript heap budget of
 * 1 GiB (--max-old-space-size=1024, KWADRANT_HEAP_MB), and with V8's defaults. Without a budget,
 * V8 on a machine with much memory lets garbage grow the heap to several times what is live
 * before it collects, so the second peak says more about V8 than about the export; the export's
 * live memory is bounded (it also completes with a heap of 128 MB).
 *   npm run bench:report-stored [-- cases]
 */
import "reflect-metadata";
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { PLATFORM_SCOPE } from "../api/platform/tenant-scope";
import { seedDemoData } from "../api/demo/demo";
import { claimNextReport } from "../api/accountability/report-claim";
import { enqueueReport } from "../api/accountability/report-queue";
import { runReportJob } from "../api/accountability/report-run";
import { Language } from "../schema/report-export";
import { EffectGroupBy } from "../schema/effect-comparison-types";
import { TimelineGranularity } from "../schema/effect-types";
import { openDatabase } from "../schema/data-source";
import { seedBenchCases } from "./report-seed";

const DATABASE = "kwadrant_bench_report";

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!url) throw new Error("set TEST_DATABASE_URL or DATABASE_URL to a PostgreSQL server");
  return url;
}

function benchUrl(): string {
  const url = new URL(serverUrl());
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

async function seed(cases: number) {
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  const database = await openDatabase({ url: benchUrl() });
  try {
    const db = database.dataSource;
    await db.runMigrations({ transaction: "each" });
    const started = performance.now();
    await seedDemoData(db);
    const [{ id }] = await db.query("SELECT id FROM municipality WHERE code = 'GM0193'");
    const teamId = await seedBenchCases(db, id, cases);
    const [{ n }] = await db.query(
      "SELECT count(*)::int AS n FROM case_record WHERE team_id = $1",
      [teamId],
    );
    console.log(
      `seeded ${n.toLocaleString("en-US")} cases (team Benchteam, Zwolle) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    return { municipalityId: id as string, teamId };
  } finally {
    await database.close();
  }
}

/** The export itself, in this (fresh) process. */
async function exportOnce(municipalityId: string, teamId: string) {
  const database = await openDatabase({ url: benchUrl() });
  const dir = await mkdtemp(path.join(os.tmpdir(), "kwadrant-bench-report-"));
  let peak = process.memoryUsage().rss;
  let phasePeak = peak;
  const sampler = setInterval(() => {
    const rss = process.memoryUsage().rss;
    peak = Math.max(peak, rss);
    phasePeak = Math.max(phasePeak, rss);
  }, 25);
  const mbOf = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
  try {
    const db = database.dataSource;
    const started = performance.now();
    const phases: string[] = [];
    let rows = 0;
    await db.transaction((em) =>
      enqueueReport(em, PLATFORM_SCOPE, {
        filter: {
          municipalityId,
          teamId,
          from: "2025-01-01",
          to: "2025-12-31",
          groupBy: EffectGroupBy.ARRANGEMENT,
          granularity: TimelineGranularity.MONTH,
        },
        language: Language.NL,
        requestedBy: "bench",
      }),
    );
    const claimed = await claimNextReport(db);
    if (!claimed) throw new Error("nothing to claim");
    const outcome = await runReportJob(db, claimed, dir, {
      onPhase(phase) {
        if (phases.length) phases[phases.length - 1] += ` (peak ${mbOf(phasePeak)})`;
        phasePeak = process.memoryUsage().rss;
        phases.push(`${phase} from ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
      onData(data) {
        rows = data.caseMonthRows;
      },
    });
    const seconds = (performance.now() - started) / 1000;
    phases[phases.length - 1] += ` (peak ${mbOf(phasePeak)})`;
    clearInterval(sampler);
    peak = Math.max(peak, process.resourceUsage().maxRSS * 1024);
    const [job] = await db.query(
      "SELECT status, cases, xlsx_bytes, csv_bytes, error FROM report_export WHERE id = $1",
      [claimed.job.id],
    );
    if (outcome !== "SUCCEEDED") throw new Error(`export ${outcome}: ${job.error}`);
    const mb = (bytes: string) => (Number(bytes) / 1024 / 1024).toFixed(1);
    console.log(
      `export: ${job.cases.toLocaleString("en-US")} cases, ${rows.toLocaleString("en-US")} case-month rows`,
    );
    console.log(`phases: ${phases.join(", ")}`);
    console.log(
      `time: ${seconds.toFixed(1)} s; workbook ${mb(job.xlsx_bytes)} MB, CSV ${mb(job.csv_bytes)} MB`,
    );
    console.log(`peak RSS: ${(peak / 1024 / 1024).toFixed(0)} MB (target < 300 MB)`);
  } finally {
    clearInterval(sampler);
    await rm(dir, { recursive: true, force: true });
    await database.close();
  }
}

async function main() {
  if (process.argv[2] === "--export") {
    await exportOnce(process.argv[3], process.argv[4]);
    return;
  }
  const cases = Number(process.argv[2] ?? 13889);
  const { municipalityId, teamId } = await seed(cases);
  const run = promisify(execFile);
  const runs: [string, string[]][] = [
    ["as npm start runs the server: --max-old-space-size=1024", ["--max-old-space-size=1024"]],
    ["V8 defaults, no heap budget", []],
  ];
  for (const [label, flags] of runs) {
    console.log(`\n${label}`);
    const { stdout, stderr } = await run(
      process.execPath,
      [...flags, __filename, "--export", municipalityId, teamId],
      { maxBuffer: 16 * 1024 * 1024, env: process.env },
    );
    process.stdout.write(stdout);
    process.stderr.write(stderr);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
