import "reflect-metadata";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { DataSource } from "typeorm";
import { writeAccountabilityWorkbook, writeCaseCsv, type Language } from "../../reports";
import { EffectGroupBy } from "../../schema/effect-comparison-types";
import { TimelineGranularity } from "../../schema/effect-types";
import type { ReportFilter } from "../../schema/report-export";
import { readConfig } from "../config";
import { openConfiguredDatabase } from "../database";
import { ApiError } from "../errors";
import { CaseRowFile } from "../reports/case-row-file";
import { assembleReportData } from "../reports/report-data";
import { PLATFORM_SCOPE } from "../scope";
import { ProgressBar } from "./progress-bar";

const USAGE = `usage: npm run report -- --municipality GM0193 --from 2025-01-01 --to 2025-12-31 --out verantwoording.xlsx
       [--language NL|EN] [--team NAME|ID] [--district NAME|ID] [--arrangement NAME|ID]
       [--group-by ARRANGEMENT|TEAM|QUADRANT|DISTRICT] [--granularity MONTH|QUARTER|YEAR]
       [--csv cases.csv]

Writes the accountability workbook (verantwoording) of a municipality over a period, from the
configured database (DATABASE_URL, else the embedded one in KWADRANT_DATA_DIR), with the same
figures as the API's effectComparison; --csv also writes the case rows as CSV.`;

class UsageError extends Error {}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

async function idOf(
  db: DataSource,
  table: "municipality" | "team" | "district" | "arrangement",
  value: string,
  municipalityId?: string,
): Promise<string> {
  const column = table === "municipality" ? "code" : "name";
  const params: unknown[] = [value];
  let scope = "";
  if (municipalityId) {
    params.push(municipalityId);
    scope = "AND municipality_id = $2";
  }
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM ${table} WHERE (${column} = $1 OR id::text = lower($1)) ${scope}`,
    params,
  );
  if (rows.length !== 1) {
    throw new UsageError(
      `${rows.length ? "more than one" : "no"} ${table} with ${column} or id ${value}`,
    );
  }
  return rows[0].id;
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

async function main(): Promise<number> {
  const { values } = parseArgs({
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
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
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

  const database = await openConfiguredDatabase(readConfig());
  const spoolDir = await mkdtemp(path.join(os.tmpdir(), "kwadrant-report-"));
  try {
    const db = database.dataSource;
    await db.runMigrations({ transaction: "each" });
    const municipalityId = await idOf(db, "municipality", values.municipality);
    const filter: ReportFilter = {
      municipalityId,
      from: values.from,
      to: values.to,
      groupBy,
      granularity,
      teamId: values.team ? await idOf(db, "team", values.team, municipalityId) : null,
      districtId: values.district
        ? await idOf(db, "district", values.district, municipalityId)
        : null,
      arrangementId: values.arrangement
        ? await idOf(db, "arrangement", values.arrangement, municipalityId)
        : null,
    };
    const bar = new ProgressBar(process.stderr);
    const started = Date.now();
    const spool = new CaseRowFile(path.join(spoolDir, "cases.jsonl"));
    const data = await assembleReportData(db, PLATFORM_SCOPE, filter, {
      language,
      requestedBy: os.userInfo().username,
      onCase: (row) => spool.add(row),
      onProgress: (_fraction, pass, done, total) => bar.update(pass, done, total),
    });
    await spool.close();
    const cases = spool.source();
    const out = createWriteStream(values.out);
    const closed = once(out, "close");
    await writeAccountabilityWorkbook(data, cases, out, (done, total) =>
      bar.update("writing", done, total),
    );
    await closed;
    if (values.csv) {
      const csv = createWriteStream(values.csv);
      const csvClosed = once(csv, "close");
      await writeCaseCsv(cases, language, csv);
      csv.end();
      await csvClosed;
    }
    bar.done();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const t = data.total;
    console.log(
      `${values.out}: ${data.municipality.name} ${values.from} – ${values.to}, ${t.cases} cases; ` +
        `costs (PV) € ${t.investment}, returns (PV) € ${t.presentValue}, NPV € ${t.npv}, SROI ${t.sroiRatio ?? "—"} (${seconds} s)`,
    );
    return 0;
  } finally {
    await rm(spoolDir, { recursive: true, force: true });
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof UsageError) console.error(error.message);
    else if (error instanceof ApiError) console.error(error.message);
    else console.error(error);
    process.exit(error instanceof UsageError || error instanceof ApiError ? 2 : 1);
  },
);
