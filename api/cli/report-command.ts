import { mkdtemp, rename, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Writable } from "node:stream";
import { parseArgs } from "node:util";
import type { DataSource } from "typeorm";
import { writeAccountabilityWorkbook, writeCaseCsv, type Language } from "../../reports";
import { EffectGroupBy } from "../../schema/effect-comparison-types";
import { TimelineGranularity } from "../../schema/effect-types";
import { CohortGranularity } from "../../schema/effect-trend-types";
import { HypothesisGranularity, HypothesisUnit } from "../../schema/hypothesis-types";
import type { HypothesisSheetInput } from "../../schema/inputs/hypothesis-sheet.input";
import type { ReportFilter } from "../../schema/report-export";
import {
  audit,
  PLATFORM_CALLER,
  type Caller,
  writeStreamedFile,
  PLATFORM_SCOPE,
} from "../platform";
import { CaseRowFile, checkHypothesisInput, readReportSnapshot } from "../accountability";
import { ProgressBar } from "./progress-bar";
import { idOf, UsageError } from "./usage";

export { UsageError };

const USAGE = `usage: npm run report -- --municipality GM0193 --from 2025-01-01 --to 2025-12-31 --out verantwoording.xlsx
       [--language NL|EN] [--team NAME|ID] [--district NAME|ID] [--arrangement NAME|ID]
       [--group-by ARRANGEMENT|TEAM|QUADRANT|DISTRICT] [--granularity MONTH|QUARTER|YEAR]
       [--trend QUARTER|YEAR] [--hypothesis [--hypothesis-lags 0,3,6]
       [--hypothesis-unit DISTRICT|TEAM] [--hypothesis-granularity MONTH|QUARTER]] [--csv cases.csv]

Writes the accountability workbook (verantwoording) of a municipality over a period, from the
configured database (DATABASE_URL, else the embedded one in KWADRANT_DATA_DIR), with the same
figures as the API's effectComparison; --trend adds the Trend sheet (the groups per cohort of
cases that opened in the same quarter or year, as effectTrend); --hypothesis adds the Hypothese
sheet (quadrantHypothesis on the report's cases: lags 0, 3, 6 months per district unless the
--hypothesis-… options say otherwise, which imply --hypothesis); --csv also writes the case rows
as CSV. The database must be migrated (npm run migrate); the export is written to the audit log as cli:<user>.`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Writes to `<file>.part` and renames it when complete; an error removes the part file. */
export async function writeAtomically(file: string, write: (out: Writable) => Promise<void>) {
  const part = `${file}.part`;
  try {
    await writeStreamedFile(part, write);
  } catch (error) {
    await rm(part, { force: true });
    throw error;
  }
  await rename(part, file);
}

/** Refuses a database that is not migrated: the report reads, it never changes the schema. */
export async function requireMigrated(db: DataSource) {
  const [{ present }]: { present: boolean }[] = await db.query(
    "SELECT to_regclass('migrations') IS NOT NULL AS present",
  );
  const done: { name: string }[] = present ? await db.query("SELECT name FROM migrations") : [];
  const applied = new Set(done.map((row) => row.name));
  const pending = db.migrations.filter((m) => !applied.has(m.name ?? m.constructor.name));
  if (pending.length) {
    throw new UsageError(
      `the database lacks ${pending.length} migration(s) of this version: run npm run migrate first`,
    );
  }
}

function cliCaller(): Caller {
  return { ...PLATFORM_CALLER, subject: `cli:${os.userInfo().username}`, tokenId: "cli" };
}

function choice<T extends string>(
  name: string,
  value: string | undefined,
  options: Record<string, T>,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  const found = options[value.toUpperCase()];
  if (!found) throw new UsageError(`--${name} must be one of ${Object.keys(options).join(", ")}`);
  return found;
}

/** "0,3,6" as whole numbers; the bounds are checked as for the export (checkHypothesisInput). */
function lagsOf(text: string): number[] {
  const parts = text.split(",").map((part) => part.trim());
  if (parts.some((part) => !/^\d+$/.test(part)))
    throw new UsageError("--hypothesis-lags must be whole numbers separated by commas: 0,3,6");
  return parts.map(Number);
}

/** The Hypothese sheet's settings, when --hypothesis or one of its options is given. */
function hypothesisOption(values: {
  hypothesis?: boolean;
  "hypothesis-lags"?: string;
  "hypothesis-unit"?: string;
  "hypothesis-granularity"?: string;
}): HypothesisSheetInput | null {
  const lags = values["hypothesis-lags"];
  const unit = values["hypothesis-unit"];
  const granularity = values["hypothesis-granularity"];
  if (!values.hypothesis && lags === undefined && unit === undefined && granularity === undefined)
    return null;
  return {
    lags: lags === undefined ? [0, 3, 6] : lagsOf(lags),
    unit: choice("hypothesis-unit", unit, HypothesisUnit, HypothesisUnit.DISTRICT),
    granularity: choice(
      "hypothesis-granularity",
      granularity,
      HypothesisGranularity,
      HypothesisGranularity.MONTH,
    ),
  };
}

export interface ReportCommandIo {
  /** Where the progress bar goes (stderr). */
  progress: NodeJS.WriteStream;
  /** Where the summary line goes. */
  log: (line: string) => void;
}

/** `npm run report -- …` against an open database; returns the exit code. */
export async function runReportCommand(
  db: DataSource,
  args: string[],
  io: ReportCommandIo,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      municipality: { type: "string", short: "m" },
      from: { type: "string" },
      to: { type: "string" },
      out: { type: "string", short: "o" },
      csv: { type: "string" },
      language: { type: "string", short: "l" },
      team: { type: "string" },
      district: { type: "string" },
      arrangement: { type: "string" },
      "group-by": { type: "string" },
      granularity: { type: "string" },
      trend: { type: "string" },
      hypothesis: { type: "boolean" },
      "hypothesis-lags": { type: "string" },
      "hypothesis-unit": { type: "string" },
      "hypothesis-granularity": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.log(USAGE);
    return 0;
  }
  if (!values.municipality || !values.from || !values.to || !values.out)
    throw new UsageError(USAGE);
  if (!DATE.test(values.from) || !DATE.test(values.to) || values.to < values.from) {
    throw new UsageError("--from and --to must be dates YYYY-MM-DD, --to on or after --from");
  }
  if (!values.out.endsWith(".xlsx")) throw new UsageError("--out must name an .xlsx file");
  const language = choice<Language>("language", values.language, { NL: "NL", EN: "EN" }, "NL");
  const groupBy = choice("group-by", values["group-by"], EffectGroupBy, EffectGroupBy.ARRANGEMENT);
  const granularity = choice(
    "granularity",
    values.granularity,
    TimelineGranularity,
    TimelineGranularity.MONTH,
  );

  const trend =
    values.trend === undefined
      ? null
      : choice("trend", values.trend, CohortGranularity, CohortGranularity.YEAR);

  const hypothesis = hypothesisOption(values);

  const spoolDir = await mkdtemp(path.join(os.tmpdir(), "kwadrant-report-"));
  const bar = new ProgressBar(io.progress);
  try {
    await requireMigrated(db);
    const municipalityId = await idOf(db, "municipality", values.municipality);
    const filter: ReportFilter = {
      municipalityId,
      from: values.from,
      to: values.to,
      groupBy,
      granularity,
      trend,
      hypothesis,
      teamId: values.team ? await idOf(db, "team", values.team, municipalityId) : null,
      districtId: values.district
        ? await idOf(db, "district", values.district, municipalityId)
        : null,
      arrangementId: values.arrangement
        ? await idOf(db, "arrangement", values.arrangement, municipalityId)
        : null,
    };
    if (hypothesis)
      await checkHypothesisInput(db.manager, PLATFORM_SCOPE, municipalityId, hypothesis);
    const caller = cliCaller();
    await audit({ db, caller }, "EXPORT", {
      municipalityId,
      filter,
      language,
      out: path.basename(values.out),
      csv: values.csv ? path.basename(values.csv) : null,
    });
    const started = Date.now();
    const spool = new CaseRowFile(path.join(spoolDir, "cases.jsonl"));
    const data = await readReportSnapshot(db, PLATFORM_SCOPE, filter, {
      language,
      requestedBy: caller.subject,
      onCase: (row) => spool.add(row),
      onProgress: (_fraction, done, total) => bar.update("computing", done, total, "cases"),
    });
    await spool.close();
    const cases = spool.source();
    await writeAtomically(values.out, (out) =>
      writeAccountabilityWorkbook(data, cases, out, {
        onProgress: (done, total) => bar.update("workbook", done, total, "case rows"),
        chartFont: process.env.KWADRANT_CHART_FONT || undefined,
      }),
    );
    if (values.csv) {
      const total = data.total.cases;
      await writeAtomically(values.csv, (out) =>
        writeCaseCsv(cases, language, out, {
          groupBy: data.groupBy,
          onRow: (done) => bar.update("csv", done, total, "cases"),
        }),
      );
    }
    bar.done();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const t = data.total;
    io.log(
      `${values.out}: ${data.municipality.name} ${values.from} – ${values.to}, ${t.cases} cases; ` +
        `costs (PV) € ${t.investment}, returns (PV) € ${t.presentValue}, NPV € ${t.npv}, SROI ${t.sroiRatio ?? "—"} (${seconds} s)`,
    );
    return 0;
  } finally {
    bar.done(); // also on failure: the bar's timer must not keep the process alive
    await rm(spoolDir, { recursive: true, force: true });
  }
}
