import type ExcelJS from "exceljs";
import { columnLetter } from "./cell-formats";

/**
 * A table on a streamed sheet: a title in row 1, headers in row 2 (frozen, filtered, printed on
 * every page), then data rows committed as they are written, so the sheet never holds them.
 */
export interface ColumnSpec {
  header: string;
  width: number;
  /** Excel number format of the column's cells. */
  format?: string;
}

export type CellInput =
  string | number | boolean | Date | null | { formula: string; result: number | string | null };

export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;

const BOLD = { bold: true };
const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFDDE6F0" },
};
const TOTAL_BORDER: Partial<ExcelJS.Borders> = { top: { style: "thin" } };

/** Sheet options shared by every sheet: frozen headers, landscape A4 fit to one page wide. */
export function sheetOptions(frozenColumns = 0): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    views: [{ state: "frozen", xSplit: frozenColumns, ySplit: HEADER_ROW }],
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

export class TableWriter {
  /** Number of the next row to be written. */
  next = FIRST_DATA_ROW;

  constructor(
    readonly sheet: ExcelJS.Worksheet,
    readonly columns: readonly ColumnSpec[],
    title: string,
    options: { autoFilter?: boolean } = {},
  ) {
    sheet.columns = columns.map((column) => ({ width: column.width }));
    const titleRow = sheet.getRow(1);
    titleRow.getCell(1).value = title;
    titleRow.getCell(1).font = { bold: true, size: 13 };
    titleRow.commit();
    const header = sheet.getRow(HEADER_ROW);
    columns.forEach((column, index) => {
      const cell = header.getCell(index + 1);
      cell.value = column.header;
      cell.font = BOLD;
      cell.fill = HEADER_FILL;
      cell.alignment = { wrapText: true, vertical: "top" };
    });
    header.commit();
    if (options.autoFilter !== false) {
      sheet.autoFilter = {
        from: { row: HEADER_ROW, column: 1 },
        to: { row: HEADER_ROW, column: columns.length },
      };
    }
  }

  /** Letter of a column by its 1-based number. */
  col(column: number): string {
    return columnLetter(column);
  }

  /** Writes and commits one row; returns its row number. */
  row(
    values: readonly CellInput[],
    options: { total?: boolean; formats?: (string | undefined)[] } = {},
  ) {
    const number = this.next++;
    const row = this.sheet.getRow(number);
    values.forEach((value, index) => {
      if (value === null || value === undefined) return;
      const cell = row.getCell(index + 1);
      cell.value = value as ExcelJS.CellValue;
      const format = options.formats?.[index] ?? this.columns[index]?.format;
      if (format) cell.numFmt = format;
      if (options.total) {
        cell.font = BOLD;
        cell.border = TOTAL_BORDER;
      }
    });
    row.commit();
    return number;
  }

  /** Leaves a row empty. */
  skip(rows = 1) {
    this.next += rows;
  }

  /** Range of a column over the data rows written so far, e.g. "E3:E41" (an empty table: "E3:E3"). */
  range(column: number, from = FIRST_DATA_ROW, to = this.next - 1): string {
    const letter = columnLetter(column);
    return `${letter}${from}:${letter}${Math.max(from, to)}`;
  }
}
