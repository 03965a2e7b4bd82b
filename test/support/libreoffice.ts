import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

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

/** CSV export of every sheet (the last token, -1) with raw values, UTF-8, comma-separated. */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

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

/** Converts the workbooks; returns per workbook (by base name) its sheets' rows by sheet name. */
export async function recalculateToCsv(
  files: string[],
): Promise<Map<string, Map<string, string[][]>>> {
  const work = path.join(os.tmpdir(), `lo-${randomUUID()}`);
  const profile = path.join(work, "profile");
  const out = path.join(work, "out");
  await mkdir(path.join(profile, "user"), { recursive: true });
  await writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
  try {
    await run(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        CSV_FILTER,
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
