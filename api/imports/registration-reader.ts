import { Readable } from "node:stream";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";

/**
 * Streaming readers for registration files: rows come out one at a time, with the row number a
 * spreadsheet shows, and never the whole file in memory (CSV through csv-parse's stream
 * parser, XLSX through exceljs's streaming WorkbookReader). Empty rows are skipped; the first
 * row that is left is the header.
 */
export interface SheetRow {
  rowNumber: number;
  cells: string[];
}

/** The file cannot be read as CSV or XLSX; `row` is where reading stopped, when known. */
export class FileFormatError extends Error {
  constructor(
    message: string,
    readonly row: number | null,
  ) {
    super(message);
  }
}

/** A record larger than this is refused rather than buffered (an unclosed quote would read the rest of the file). */
const MAX_RECORD_CHARS = 1_000_000;

export function fileFormatOf(filename: string): "csv" | "xlsx" | null {
  const lower = filename.toLowerCase();
  if (/\.(csv|txt|tsv)$/.test(lower)) return "csv";
  if (lower.endsWith(".xlsx")) return "xlsx";
  return null;
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === "");
}

/** The delimiter of the first line: semicolon (Dutch Excel), tab, else comma. */
function delimiterOf(firstLine: string): string {
  if (firstLine.includes(";")) return ";";
  if (firstLine.includes("\t")) return "\t";
  return ",";
}

async function* csvRows(input: Readable): AsyncGenerator<SheetRow> {
  // Peek at the start to choose the delimiter, then replay it in front of the rest.
  const chunks = input[Symbol.asyncIterator]();
  let head = Buffer.alloc(0);
  let ended = false;
  while (!head.includes(0x0a) && head.length < 65536) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    head = Buffer.concat([head, next.value as Buffer]);
  }
  const firstLine = head.toString("utf8").split(/\r?\n/, 1)[0] ?? "";
  const replay = Readable.from(
    (async function* () {
      if (head.length) yield head;
      if (ended) return;
      for (;;) {
        const next = await chunks.next();
        if (next.done) return;
        yield next.value as Buffer;
      }
    })(),
  );
  const parser = parse({
    delimiter: delimiterOf(firstLine),
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARS,
  });
  replay.pipe(parser);
  replay.on("error", (error) => parser.destroy(error));
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      if (!isBlank(record)) yield { rowNumber, cells: record };
    }
  } catch (error) {
    throw new FileFormatError(
      `not a readable CSV file: ${(error as Error).message}`,
      rowNumber + 1,
    );
  } finally {
    replay.destroy();
    parser.destroy();
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return String(value.text);
    if ("error" in value) return String(value.error);
  }
  return String(value);
}

async function* xlsxRows(input: Readable): AsyncGenerator<SheetRow> {
  // styles are read so that date-formatted cells come out as dates, not day numbers
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let first = true;
  let rowNumber = 0;
  try {
    for await (const worksheet of workbook) {
      // Only the first worksheet holds data; the others are read past so the zip is consumed.
      for await (const row of worksheet) {
        if (!first) continue;
        rowNumber = row.number;
        const values = row.values as ExcelJS.CellValue[];
        const cells: string[] = [];
        for (let column = 1; column < values.length; column++) cells.push(cellText(values[column]));
        if (!isBlank(cells)) yield { rowNumber, cells };
      }
      first = false;
    }
  } catch (error) {
    throw new FileFormatError(
      `not a readable XLSX file: ${(error as Error).message}`,
      rowNumber ? rowNumber + 1 : null,
    );
  } finally {
    input.destroy();
  }
  if (first) throw new FileFormatError("the workbook has no worksheet", null);
}

/** The non-empty rows of a CSV or XLSX file, the header first. */
export function readSheetRows(input: Readable, filename: string): AsyncGenerator<SheetRow> {
  const format = fileFormatOf(filename);
  if (format === "csv") return csvRows(input);
  if (format === "xlsx") return xlsxRows(input);
  input.destroy();
  throw new FileFormatError("the file name must end in .csv or .xlsx", null);
}
