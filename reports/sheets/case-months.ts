import type ExcelJS from "exceljs";
import { MONEY_FORMAT, cents, centsToEuros, euros } from "../cell-formats";
import type { Labels } from "../labels";
import type { CaseRowSource } from "../report-data";
import { moneySum } from "../sums";
import { ROWS_BETWEEN_YIELDS, yieldToIo } from "../yield-to-io";
import { FIRST_DATA_ROW, TableWriter, sheetOptions, type CellInput } from "../table";

/**
 * Casusmaanden: one row per case and month with money in it — the rows the Tijdlijn sums with
 * SUMIFS (on month, quarter or year). Streamed: each row is committed as it is written.
 */
export const CASE_MONTH_COLUMNS = {
  reference: 1,
  month: 2,
  quarter: 3,
  year: 4,
  costs: 5,
  returns: 6,
  discountedCosts: 7,
  discountedReturns: 8,
} as const;

const AMOUNTS = ["costs", "returns", "discountedCosts", "discountedReturns"] as const;

function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
}

export async function writeCaseMonthsSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  cases: CaseRowSource,
  labels: Labels,
  title: string,
  onRow?: () => void,
) {
  const sheet = workbook.addWorksheet(labels.sheetCaseMonths, sheetOptions(1));
  const table = new TableWriter(
    sheet,
    [
      { header: labels.reference, width: 18 },
      { header: labels.month, width: 10 },
      { header: labels.quarter, width: 10 },
      { header: labels.year, width: 8 },
      { header: labels.costs, width: 16, format: MONEY_FORMAT },
      { header: labels.returns, width: 16, format: MONEY_FORMAT },
      { header: labels.discountedCosts, width: 16, format: MONEY_FORMAT },
      { header: labels.discountedReturns, width: 16, format: MONEY_FORMAT },
    ],
    title,
  );
  const sums = AMOUNTS.map(() => 0n);
  let yielded = table.next;
  for await (const row of cases()) {
    for (const month of row.months) {
      AMOUNTS.forEach((field, index) => (sums[index] += cents(month[field])));
      table.row([
        row.reference,
        month.period,
        quarterOf(month.period),
        month.period.slice(0, 4),
        ...AMOUNTS.map((field) => euros(month[field])),
      ]);
    }
    onRow?.();
    if (table.next - yielded >= ROWS_BETWEEN_YIELDS) {
      yielded = table.next;
      await yieldToIo(sheet);
    }
  }
  const last = table.next - 1;
  const cells: CellInput[] = [labels.total, null, null, null];
  AMOUNTS.forEach((field, index) => {
    cells.push(
      moneySum(CASE_MONTH_COLUMNS[field], FIRST_DATA_ROW, last, centsToEuros(sums[index])),
    );
  });
  table.row(cells, { total: true });
  sheet.commit();
  return sums;
}
