import "reflect-metadata";
import { parseArgs } from "node:util";
import type { DataSource } from "typeorm";
import { ImportKind } from "../../schema/registration-enums";
import {
  audit,
  cliCaller,
  readConfig,
  openConfiguredDatabase,
  pathSource,
  type FileSource,
  failureText,
} from "../platform";
import {
  guessKind,
  runRegistrationImport,
  type ImportProgress,
  type ImportResult,
  readSheetRows,
} from "../imports";
import { ProgressBar } from "./progress-bar";
import { idOf, UsageError } from "./usage";
const USAGE = `usage: npm run import -- FILE --municipality GM0193 [--kind cases|activities|outcomes]

Imports cases, support activities or outcomes from a CSV or XLSX file into the configured
database (DATABASE_URL, else the embedded one in KWADRANT_DATA_DIR): all rows or none, and
importing the same file again changes nothing. Without --kind the kind follows from the headers.`;

const KINDS: Record<string, ImportKind> = {
  cases: ImportKind.CASES,
  activities: ImportKind.ACTIVITIES,
  outcomes: ImportKind.OUTCOMES,
};

async function kindFromHeader(db: DataSource, source: FileSource): Promise<ImportKind> {
  const rows = readSheetRows(source.open(db), source.filename);
  const first = await rows.next();
  await rows.return(undefined);
  const kind = first.done ? null : guessKind(first.value.cells);
  if (!kind) throw new UsageError("cannot tell the kind of file from its headers; give --kind");
  return kind;
}

function printProblems(result: ImportResult) {
  const rows = result.problems.map((p) => [String(p.row), p.column, p.value ?? "", p.reason]);
  const header = ["row", "column", "value", "reason"];
  const widths = header.map((h, i) =>
    Math.min(40, Math.max(h.length, ...rows.map((r) => r[i].length))),
  );
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 3 ? c.slice(0, widths[i]).padEnd(widths[i]) : c)).join("  ");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  const more = result.problemCount - result.problems.length;
  if (more > 0) console.log(`… and ${more} more problems`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      municipality: { type: "string", short: "m" },
      kind: { type: "string", short: "k" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [file] = positionals;
  if (!file || !values.municipality || positionals.length > 1) throw new UsageError(USAGE);
  if (values.kind && !KINDS[values.kind])
    throw new UsageError(`--kind must be one of ${Object.keys(KINDS).join(", ")}`);
  const source = await pathSource(file);

  const database = await openConfiguredDatabase(readConfig());
  try {
    const db = database.dataSource;
    await db.runMigrations({ transaction: "each" });
    const id = await idOf(db, "municipality", values.municipality);
    const kind = values.kind ? KINDS[values.kind] : await kindFromHeader(db, source);
    const bar = new ProgressBar(process.stderr);
    const started = Date.now();
    const result = await runRegistrationImport(db, {
      municipalityId: id,
      kind,
      source,
      onProgress: (p: ImportProgress) =>
        bar.update(p.phase, p.rowsDone, p.phase === "writing" ? p.rowsTotal : null),
    });
    bar.done();
    await audit({ db, caller: cliCaller() }, "IMPORT", {
      municipalityId: id,
      kind,
      filename: source.filename,
      succeeded: result.succeeded,
      rowsTotal: result.rowsTotal,
      problemCount: result.problemCount,
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const name = `${source.filename} (${kind.toLowerCase()})`;
    if (!result.succeeded) {
      printProblems(result);
      console.log(
        `${name}: refused, ${result.problemCount} problem${result.problemCount === 1 ? "" : "s"}; nothing was written (${seconds} s)`,
      );
      return 1;
    }
    console.log(
      `${name}: ${result.rowsTotal} rows — ${result.rowsInserted} inserted, ${result.rowsUpdated} updated, ${result.rowsUnchanged} unchanged (${seconds} s)`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    const { text, explained } = failureText(error, [UsageError]);
    console.error(text);
    process.exit(explained ? 2 : 1);
  },
);
