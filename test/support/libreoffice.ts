import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type ExcelJS from "exceljs";

/**
 * Recalculation in a real spreadsheet engine: LibreOffice headless converts a workbook to one
 * CSV per sheet. A fresh profile per run keeps parallel runs apart, and sets LibreOffice to
 * recalculate every formula on load (by default it trusts the cached results of an .xlsx, which
 * would prove nothing).
 */
const run = promisify(execFile);

const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A Dutch desktop: numbers shown with the nl-NL separators. */
const DUTCH_LOCALE = `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>nl-NL</value></prop></item>
`;

/**
 * CSV export of every sheet (the last token, -1), UTF-8, comma-separated: raw values, or (token
 * 9) the cells as shown with their number formats.
 */
const csvFilter = (shown: boolean) =>
  `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,${shown},false,false,-1`;

export async function sofficeVersion(): Promise<string> {
  try {
    const { stdout } = await run("soffice", ["--version"], { timeout: 60000 });
    return stdout.trim();
  } catch {
    throw new Error(
      "LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc-nogui (.ci/run does this)",
    );
  }
}

export interface ConvertOptions {
  /** Cells as shown (formatted) instead of their values, on a Dutch (nl-NL) desktop. */
  shownInDutch?: boolean;
}

/** Converts the workbooks; returns per workbook (by base name) its sheets' rows by sheet name. */
export async function recalculateToCsv(
  files: string[],
  options: ConvertOptions = {},
): Promise<Map<string, Map<string, string[][]>>> {
  const work = path.join(os.tmpdir(), `lo-${randomUUID()}`);
  const profile = path.join(work, "profile");
  const out = path.join(work, "out");
  await mkdir(path.join(profile, "user"), { recursive: true });
  const settings = options.shownInDutch
    ? RECALCULATE_ON_LOAD.replace("</oor:items>", `${DUTCH_LOCALE}</oor:items>`)
    : RECALCULATE_ON_LOAD;
  await writeFile(path.join(profile, "user", "registrymodifications.xcu"), settings);
  try {
    await run(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        csvFilter(options.shownInDutch ?? false),
        "--outdir",
        out,
        ...files,
      ],
      { timeout: 180000 },
    );
    const result = new Map<string, Map<string, string[][]>>();
    for (const file of files) {
      const base = path.basename(file, ".xlsx");
      const sheets = new Map<string, string[][]>();
      for (const name of await readdir(out)) {
        if (!name.startsWith(`${base}-`) || !name.endsWith(".csv")) continue;
        const sheet = name.slice(base.length + 1, -4);
        sheets.set(sheet, parseCsv(await readFile(path.join(out, name), "utf8")));
      }
      result.set(base, sheets);
    }
    return result;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

export interface FormulaMismatch {
  sheet: string;
  cell: string;
  formula: string;
  cached: unknown;
  recalculated: string | undefined;
}

/**
 * Every formula of the workbook whose cached result (what the file shows before recalculation)
 * differs from what LibreOffice recalculated: to the cent, and to 1e-9 beyond it; an empty
 * result must stay empty. Returns the number of formulas compared and the mismatches.
 */
export function formulaMismatches(
  workbook: ExcelJS.Workbook,
  sheets: Map<string, string[][]>,
): { formulas: number; mismatches: FormulaMismatch[] } {
  let formulas = 0;
  const mismatches: FormulaMismatch[] = [];
  for (const sheet of workbook.worksheets) {
    const rows = sheets.get(sheet.name);
    if (!rows) throw new Error(`LibreOffice wrote no sheet ${sheet.name}`);
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const value = cell.value as { formula?: string; result?: unknown } | null;
        if (!value || typeof value.formula !== "string") return;
        formulas += 1;
        const recalculated = rows[r - 1]?.[c - 1];
        // cell.result, not value.result: exceljs's value drops a cached result of 0
        const cached: unknown = cell.result;
        const same =
          cached === "" || cached === undefined || cached === null
            ? recalculated === "" || recalculated === undefined
            : recalculated !== undefined &&
              recalculated !== "" &&
              Math.round(Number(cached) * 100) === Math.round(Number(recalculated) * 100) &&
              Math.abs(Number(cached) - Number(recalculated)) < 1e-9;
        if (!same) {
          mismatches.push({
            sheet: sheet.name,
            cell: cell.address,
            formula: value.formula,
            cached,
            recalculated,
          });
        }
      }),
    );
  }
  return { formulas, mismatches };
}
