import "reflect-metadata";
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";
import pg from "pg";
import { openDatabase, type Database } from "../schema/data-source";
import { ImportKind } from "../schema/registration-enums";
import { pathSource } from "../api/platform/file-source";
import { runRegistrationImport } from "../api/imports/registration-import";

/**
 * `npm run bench:import`: imports a generated activities CSV of 20,000 and of 100,000 rows
 * (over the same 5,000 cases) through the registration import pipeline, on embedded PGlite and,
 * when DATABASE_URL is set, on that PostgreSQL server (in a database of its own,
 * kwadrant_bench, dropped first). Prints rows per second and the peak RSS of the process
 * (sampled every 100 ms). Each run is a fresh process, so the peaks compare. V8 lets garbage
 * pile up before it collects, so a longer run peaks somewhat higher even when nothing is
 * retained; the last run per database therefore repeats 100,000 rows with the JavaScript heap
 * capped at 48 MB (--max-old-space-size): it completes only if the pipeline's live memory is
 * bounded.
 */
const CASES = 5000;
const TEAMS = 4;
const MEMBERS_PER_TEAM = 5;
const RUNS: { rows: number; heapMb?: number }[] = [
  { rows: 20_000 },
  { rows: 100_000 },
  { rows: 100_000, heapMb: 48 },
];

interface RunFigures {
  database: string;
  rows: number;
  fileMb: number;
  seconds: number;
  rowsPerSecond: number;
  reimportSeconds: number;
  baselineRssMb: number;
  peakRssMb: number;
}

async function writeLines(file: string, lines: Iterable<string>) {
  const out = createWriteStream(file);
  for (const line of lines) if (!out.write(`${line}\n`)) await once(out, "drain");
  out.end();
  await once(out, "finish");
}

function* caseLines() {
  yield "casusnummer;extern_id;teamnaam;soort;startdatum;leefgebieden";
  for (let c = 1; c <= CASES; c++) {
    const kind = c % 10 === 0 ? "kwestie" : "hulpvraag";
    yield `BENCH-${c};CASE-${c};Team ${c % TEAMS};${kind};01-01-2024;inkomen en schulden|huisvesting`;
  }
}

function* activityLines(rows: number) {
  yield "extern_id;casus;datum;medewerker;uren;omschrijving";
  for (let a = 1; a <= rows; a++) {
    const c = (a % CASES) + 1;
    const member = `Medewerker ${c % TEAMS}-${a % MEMBERS_PER_TEAM}`;
    const day = String((a % 28) + 1).padStart(2, "0");
    yield `ACT-${a};CASE-${c};${day}-0${(a % 9) + 1}-2024;${member};${(a % 7) + 1},5;Gesprek ${a % 13}`;
  }
}

async function openBenchDatabase(kind: string, dir: string): Promise<Database> {
  if (kind === "pglite") return openDatabase({ dataDir: path.join(dir, "pgdata") });
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS kwadrant_bench WITH (FORCE)");
  await admin.query("CREATE DATABASE kwadrant_bench");
  await admin.end();
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = "/kwadrant_bench";
  return openDatabase({ url: url.toString() });
}

async function organisation(db: Database): Promise<string> {
  const ds = db.dataSource;
  await ds.runMigrations({ transaction: "each" });
  const [m] = await ds.query(
    "INSERT INTO municipality (code, name) VALUES ('GM0193', 'Zwolle') RETURNING id",
  );
  for (let t = 0; t < TEAMS; t++) {
    const [team] = await ds.query(
      `INSERT INTO team (municipality_id, name, team_type, prototype, breadth, depth, funding_form)
       VALUES ($1, $2, 'GENERALIST', 'TEAM_MODEL', '{SOCIAL_AID}', '{SUPPORT}', 'REGULAR_BUDGET')
       RETURNING id`,
      [m.id, `Team ${t}`],
    );
    for (let i = 0; i < MEMBERS_PER_TEAM; i++) {
      await ds.query(
        `INSERT INTO member (municipality_id, team_id, name, role, parent_organisation,
                             contracted_hours_per_week, expertise, specialisms, active_from)
         VALUES ($1, $2, $3, 'SOCIAL_WORKER', 'Bench', 28, 'GENERALIST', '{}', '2024-01-01')`,
        [m.id, team.id, `Medewerker ${t}-${i}`],
      );
    }
  }
  return m.id;
}

/** One measured run, in this (child) process. */
async function child(kind: string, rows: number): Promise<RunFigures> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kwadrant-bench-"));
  try {
    const casesFile = path.join(dir, "casussen.csv");
    const activitiesFile = path.join(dir, "inzet.csv");
    await writeLines(casesFile, caseLines());
    await writeLines(activitiesFile, activityLines(rows));
    const db = await openBenchDatabase(kind, dir);
    try {
      const municipalityId = await organisation(db);
      const cases = await runRegistrationImport(db.dataSource, {
        municipalityId,
        kind: ImportKind.CASES,
        source: await pathSource(casesFile),
      });
      if (!cases.succeeded) throw new Error(JSON.stringify(cases.problems.slice(0, 5)));

      const baseline = process.memoryUsage().rss;
      let peak = baseline;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 100);
      const source = await pathSource(activitiesFile);
      const started = performance.now();
      const first = await runRegistrationImport(db.dataSource, {
        municipalityId,
        kind: ImportKind.ACTIVITIES,
        source,
      });
      const seconds = (performance.now() - started) / 1000;
      if (!first.succeeded || first.rowsInserted !== rows)
        throw new Error(`import failed: ${JSON.stringify(first.problems.slice(0, 5))}`);
      const again = performance.now();
      const second = await runRegistrationImport(db.dataSource, {
        municipalityId,
        kind: ImportKind.ACTIVITIES,
        source,
      });
      const reimportSeconds = (performance.now() - again) / 1000;
      if (second.rowsUnchanged !== rows) throw new Error("the re-import changed rows");
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
      return {
        database: kind,
        rows,
        fileMb: Math.round(((await stat(activitiesFile)).size / 1024 / 1024) * 10) / 10,
        seconds: Math.round(seconds * 10) / 10,
        rowsPerSecond: Math.round(rows / seconds),
        reimportSeconds: Math.round(reimportSeconds * 10) / 10,
        baselineRssMb: mb(baseline),
        peakRssMb: mb(peak),
      };
    } finally {
      await db.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function runChild(kind: string, rows: number, heapMb?: number): Promise<RunFigures> {
  const flags = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...flags, __filename, "--child", kind, String(rows)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    proc.stdout.on("data", (chunk) => (out += chunk));
    proc.on("error", reject);
    proc.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`bench run ${kind} ${rows} exited with ${code}`));
      resolve(JSON.parse(out.trim().split("\n").pop()!));
    });
  });
}

async function main() {
  if (process.argv[2] === "--child") {
    const figures = await child(process.argv[3], Number(process.argv[4]));
    console.log(JSON.stringify(figures));
    return;
  }
  const databases = ["pglite", ...(process.env.DATABASE_URL ? ["postgres"] : [])];
  console.log(
    `Registration import: activities CSV over ${CASES} cases, one process per run (Node ${process.version})`,
  );
  const widths = [9, 8, 8, 8, 9, 8, 12, 14, 12];
  const line = (cells: (string | number)[]) =>
    cells
      .map((cell, i) => String(cell).padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  console.log(
    line([
      "database",
      "JS heap",
      "rows",
      "file MB",
      "import s",
      "rows/s",
      "re-import s",
      "RSS before MB",
      "peak RSS MB",
    ]),
  );
  for (const database of databases) {
    for (const { rows, heapMb } of RUNS) {
      const f = await runChild(database, rows, heapMb);
      console.log(
        line([
          f.database,
          heapMb ? `${heapMb} MB` : "default",
          f.rows,
          f.fileMb,
          f.seconds,
          f.rowsPerSecond,
          f.reimportSeconds,
          f.baselineRssMb,
          f.peakRssMb,
        ]),
      );
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
