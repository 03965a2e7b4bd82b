import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { BadInputError } from "./errors";

/** A table read from a CSV or XLSX file: the header cells and the data rows, with their sheet row numbers. */
interface Table {
  header: string[];
  rows: { rowNumber: number; cells: string[] }[];
}

const MAX_BYTES = 5 * 1024 * 1024;

function delimiterOf(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  if (firstLine.includes(";")) return ";";
  if (firstLine.includes("\t")) return "\t";
  return ",";
}

function readCsv(buffer: Buffer): Table {
  const text = buffer.toString("utf8").replace(/^\uFEFF/, "");
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    throw new BadInputError("file", `not a readable CSV file: ${(error as Error).message}`);
  }
  const [header = [], ...rest] = records;
  return { header, rows: rest.map((cells, index) => ({ rowNumber: index + 2, cells })) };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
  }
  return String(value);
}

async function readXlsx(buffer: Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new BadInputError("file", `not a readable XLSX file: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new BadInputError("file", "the workbook has no worksheet");
  const table: Table = { header: [], rows: [] };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++)
      cells.push(cellText(row.getCell(column).value));
    if (rowNumber === 1) table.header = cells;
    else if (cells.some((cell) => cell.trim() !== "")) table.rows.push({ rowNumber, cells });
  });
  return table;
}

/** Reads a base64-encoded CSV (comma, semicolon or tab separated) or XLSX file into a table. */
export async function readTabularFile(filename: string, contentBase64: string): Promise<Table> {
  const buffer = Buffer.from(contentBase64, "base64");
  if (!buffer.length) throw new BadInputError("file.contentBase64", "the file is empty");
  if (buffer.length > MAX_BYTES)
    throw new BadInputError("file.contentBase64", "the file is larger than 5 MB");
  const lower = filename.toLowerCase();
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) return readCsv(buffer);
  if (lower.endsWith(".xlsx")) return readXlsx(buffer);
  throw new BadInputError("file.filename", "must end in .csv or .xlsx");
}

/** Lower-case, without accents, spaces or punctuation: how headers are matched. */
export function normaliseHeader(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** A decimal as people type it in Dutch files: "-4,5", "−4.5", " 3 " → "-4.5", "3". */
export function normaliseDecimal(text: string): string {
  return text
    .trim()
    .replace(/\u2212/g, "-")
    .replace(",", ".");
}
