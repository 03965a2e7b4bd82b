import type ExcelJS from "exceljs";
import { columnLetter } from "./cell-formats";

/**
 * A table on a streamed sheet: a title block in rows 1–3 (the report's title with its period,
 * the filter, the price list and its version), headers in row 4 (frozen, tall enough for their
 * wrapped text, printed on every page of the sheets that print), then data rows committed as
 * they are written, so the sheet never holds them. A total row comes after one empty row, and
 * the autofilter covers the headers and the data rows only: sorting or filtering never drags a
 * total into the data.
 */
export interface ColumnSpec {
  header: string;
  width: number;
  /** Excel number format of the column's cells. */
  format?: string;
}

export type CellInput =
  string | number | boolean | Date | null | { formula: string; result: number | string | null };

/** The three lines above every sheet's table, so a printed or copied sheet says what it is. */
export interface TitleBlock {
  title: string;
  filter: string;
  priceList: string;
}

export const HEADER_ROW = 4;
export const FIRST_DATA_ROW = 5;
/** Excel's (and LibreOffice's) last row. */
export const EXCEL_MAX_ROWS = 1_048_576;
/** Data rows one table holds: the sheet less title block, header, the empty row and the total. */
export const MAX_DATA_ROWS = EXCEL_MAX_ROWS - FIRST_DATA_ROW - 1;

const BOLD = { bold: true };
export const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFDDE6F0" },
};
const TOTAL_BORDER: Partial<ExcelJS.Borders> = { top: { style: "thin" } };
/** Points per line of 11-point text, and a little room above and below. */
const LINE_HEIGHT = 15;
const ROW_PADDING = 3;

/**
 * Sheet options: frozen headers, and for the sheets meant to be printed (`print`) landscape A4
 * fit to one page wide with the title block and headers on every page. The case sheets get
 * none: they are for filtering and tracing, and fitted to the page their hundreds of rows made
 * hundreds of pages of a printed workbook.
 */
export function sheetOptions(
  frozenColumns = 0,
  { print = true }: { print?: boolean } = {},
): Partial<ExcelJS.AddWorksheetOptions> {
  const views: Partial<ExcelJS.WorksheetView>[] = [
    { state: "frozen", xSplit: frozenColumns, ySplit: HEADER_ROW },
  ];
  if (!print) return { views };
  return {
    views,
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `1:${HEADER_ROW}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  };
}

/**
 * Lines a wrapped label takes in a column of this width (in digit widths of the default font,
 * less one for the cell's padding), breaking between words as a spreadsheet does.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width) - 1);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = word.length;
    if (used === 0) used = length;
    else if (used + 1 + length <= room) used += 1 + length;
    else {
      lines += 1;
      used = length;
    }
    while (used > room) {
      lines += 1;
      used -= room;
    }
  }
  return lines;
}

/** A header row's height in points that fits its wrapped labels. */
export function headerHeight(cells: readonly { text: string; width: number }[]): number {
  const lines = Math.max(1, ...cells.map((cell) => wrappedLines(cell.text, cell.width)));
  return lines * LINE_HEIGHT + ROW_PADDING;
}

/** Writes a bold, filled header row whose height fits its wrapped labels. */
export function writeHeaderRow(
  sheet: ExcelJS.Worksheet,
  number: number,
  headers: readonly string[],
  widths: readonly number[],
) {
  const row = sheet.getRow(number);
  headers.forEach((text, index) => {
    const cell = row.getCell(index + 1);
    cell.value = text;
    cell.font = BOLD;
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: "top" };
  });
  row.height = headerHeight(headers.map((text, index) => ({ text, width: widths[index] ?? 10 })));
  row.commit();
}

/** Rows 1–3: the title (bold), then the filter and the price list in grey. */
export function writeTitleBlock(sheet: ExcelJS.Worksheet, heading: TitleBlock) {
  const lines: [string, Partial<ExcelJS.Font>][] = [
    [heading.title, { bold: true, size: 13 }],
    [heading.filter, { color: { argb: "FF555555" } }],
    [heading.priceList, { color: { argb: "FF555555" } }],
  ];
  lines.forEach(([text, font], index) => {
    const row = sheet.getRow(index + 1);
    row.getCell(1).value = text;
    row.getCell(1).font = font;
    row.commit();
  });
}

export class TableWriter {
  /** Number of the next row to be written. */
  next = FIRST_DATA_ROW;
  /** Last data row (before any total); null until a total is written. */
  private dataEnd: number | null = null;
  private readonly filtered: boolean;

  constructor(
    readonly sheet: ExcelJS.Worksheet,
    readonly columns: readonly ColumnSpec[],
    heading: TitleBlock,
    options: { autoFilter?: boolean } = {},
  ) {
    sheet.columns = columns.map((column) => ({ width: column.width }));
    writeTitleBlock(sheet, heading);
    writeHeaderRow(
      sheet,
      HEADER_ROW,
      columns.map((column) => column.header),
      columns.map((column) => column.width),
    );
    this.filtered = options.autoFilter !== false;
  }

  /** Letter of a column by its 1-based number. */
  col(column: number): string {
    return columnLetter(column);
  }

  /** Writes and commits one data row; returns its row number. */
  row(values: readonly CellInput[], options: { formats?: (string | undefined)[] } = {}) {
    return this.write(values, false, options.formats);
  }

  /**
   * Writes the total row after one empty row (the first total ends the data, for the
   * autofilter); returns its number. Formulas must be built with the number `totalAt()` gives.
   */
  total(values: readonly CellInput[], options: { formats?: (string | undefined)[] } = {}) {
    if (this.dataEnd === null) {
      this.dataEnd = this.next - 1;
      this.next += 1;
    }
    return this.write(values, true, options.formats);
  }

  /** Number the total row will have (one empty row after the data). */
  totalAt(): number {
    return this.dataEnd === null ? this.next + 1 : this.next;
  }

  /** Last data row so far (FIRST_DATA_ROW − 1 when there is none). */
  lastDataRow(): number {
    return this.dataEnd ?? this.next - 1;
  }

  private write(values: readonly CellInput[], bold: boolean, formats?: (string | undefined)[]) {
    const number = this.next++;
    const row = this.sheet.getRow(number);
    values.forEach((value, index) => {
      if (value === null || value === undefined) return;
      const cell = row.getCell(index + 1);
      cell.value = value as ExcelJS.CellValue;
      const format = formats?.[index] ?? this.columns[index]?.format;
      if (format) cell.numFmt = format;
      if (bold) {
        cell.font = BOLD;
        cell.border = TOTAL_BORDER;
      }
    });
    row.commit();
    return number;
  }

  /** Leaves rows empty. */
  skip(rows = 1) {
    this.next += rows;
  }

  /** Range of a column over the data rows, e.g. "E3:E41" (an empty table: "E3:E3"). */
  range(column: number, from = FIRST_DATA_ROW, to = this.lastDataRow()): string {
    const letter = columnLetter(column);
    return `${letter}${from}:${letter}${Math.max(from, to)}`;
  }

  /** Sets the autofilter to the headers and data rows and commits the sheet. */
  commit(filterColumns = this.columns.length) {
    if (this.filtered) {
      this.sheet.autoFilter = {
        from: { row: HEADER_ROW, column: 1 },
        to: { row: Math.max(HEADER_ROW, this.lastDataRow()), column: filterColumns },
      };
    }
    this.sheet.commit();
  }
}
