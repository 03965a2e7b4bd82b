import type ExcelJS from "exceljs";
import {
  MONEY_FORMAT,
  cents,
  centsToEuros,
  columnLetter,
  dateCell,
  euros,
  monthFormat,
  sheetRef,
} from "../cell-formats";
import type { Labels } from "../labels";
import type { AccountabilityReportData, Granularity } from "../report-data";
import { ReconciliationError, checkedSum, difference, moneySum } from "../sums";
import {
  FIRST_DATA_ROW,
  TableWriter,
  sheetOptions,
  type CellInput,
  type TitleBlock,
} from "../table";
import { CASE_MONTH_COLUMNS } from "./case-months";

/**
 * Tijdlijn: per month, quarter or year the costs, returns and net, nominal and discounted, with
 * the cumulative balance ("the costs come before the benefit"). Each period's costs and returns
 * are SUMIFS over the case-month rows (sheet Casusmaanden, and its continuation sheets when the
 * rows do not fit on one), so a period traces to its cases; net and cumulative are formulas; the
 * total row sums the periods. Cached results: the API's (the case-month sheets are checked
 * against them period by period when written, see case-months.ts).
 */
const PERIOD_COLUMN = { MONTH: "month", QUARTER: "quarter", YEAR: "year" } as const;

/**
 * A period as the case-month sheets write it, so SUMIFS matches: a month is a date ("mrt
 * 2026"), a quarter the text "2026-Q1" (no spreadsheet format shows quarters), a year a number.
 */
export function periodCell(period: string, granularity: Granularity): Date | string | number {
  if (granularity === "MONTH") return dateCell(period);
  return granularity === "YEAR" ? Number(period) : period;
}

export function writeTimelineSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  data: AccountabilityReportData,
  labels: Labels,
  heading: TitleBlock,
  monthSheets: readonly string[],
) {
  const sheet = workbook.addWorksheet(labels.sheetTimeline, sheetOptions(1));
  const table = new TableWriter(
    sheet,
    [
      {
        header: `${labels.period} (${labels[`granularity${data.granularity}`]})`,
        width: 14,
        format: data.granularity === "MONTH" ? monthFormat(data.language) : undefined,
      },
      { header: labels.costs, width: 17, format: MONEY_FORMAT },
      { header: labels.returns, width: 17, format: MONEY_FORMAT },
      { header: labels.net, width: 17, format: MONEY_FORMAT },
      { header: labels.cumulative, width: 18, format: MONEY_FORMAT },
      { header: labels.discountedCosts, width: 17, format: MONEY_FORMAT },
      { header: labels.discountedReturns, width: 17, format: MONEY_FORMAT },
      { header: labels.discountedNet, width: 17, format: MONEY_FORMAT },
      { header: labels.discountedCumulative, width: 18, format: MONEY_FORMAT },
    ],
    heading,
  );

  // SUMIFS over the case months: amount column, matched on the period column of the granularity,
  // added up over the case-month sheets.
  const key = columnLetter(CASE_MONTH_COLUMNS[PERIOD_COLUMN[data.granularity]]);
  const sumifs = (column: number, row: number, value: string): CellInput => {
    const amount = columnLetter(column);
    const parts = monthSheets.map((name) => {
      const months = sheetRef(name);
      return `SUMIFS(${months}!$${amount}:$${amount},${months}!$${key}:$${key},$A${row})`;
    });
    return { formula: `ROUND(${parts.join("+")},2)`, result: euros(value) };
  };
  let cumulative = 0n;
  let discountedCumulative = 0n;
  for (const period of data.timeline) {
    const n = table.next;
    cumulative += cents(period.net);
    discountedCumulative += cents(period.discountedNet);
    if (cumulative !== cents(period.cumulative)) {
      throw new ReconciliationError(
        `${labels.sheetTimeline} ${period.period}: the cumulative balance does not add up`,
      );
    }
    if (discountedCumulative !== cents(period.discountedCumulative)) {
      throw new ReconciliationError(
        `${labels.sheetTimeline} ${period.period}: the discounted cumulative balance does not add up`,
      );
    }
    table.row([
      periodCell(period.period, data.granularity),
      sumifs(CASE_MONTH_COLUMNS.costs, n, period.costs),
      sumifs(CASE_MONTH_COLUMNS.returns, n, period.returns),
      difference("C", "B", n, period.net),
      n === FIRST_DATA_ROW
        ? { formula: `D${n}`, result: euros(period.cumulative) }
        : { formula: `ROUND(E${n - 1}+D${n},2)`, result: centsToEuros(cumulative) },
      sumifs(CASE_MONTH_COLUMNS.discountedCosts, n, period.discountedCosts),
      sumifs(CASE_MONTH_COLUMNS.discountedReturns, n, period.discountedReturns),
      difference("G", "F", n, period.discountedNet),
      n === FIRST_DATA_ROW
        ? { formula: `H${n}`, result: euros(period.discountedCumulative) }
        : { formula: `ROUND(I${n - 1}+H${n},2)`, result: centsToEuros(discountedCumulative) },
    ]);
  }
  const last = table.lastDataRow();
  const totals: [
    number,
    "costs" | "returns" | "net" | "discountedCosts" | "discountedReturns" | "discountedNet",
    string,
  ][] = [
    [2, "costs", data.total.nominalCosts],
    [3, "returns", data.total.nominalReturns],
    [4, "net", data.total.nominalNet],
    [6, "discountedCosts", data.total.investment],
    [7, "discountedReturns", data.total.presentValue],
    [8, "discountedNet", data.total.npv],
  ];
  const cells: CellInput[] = [labels.total];
  for (const [column, field, total] of totals) {
    checkedSum(
      `${labels.sheetTimeline} ${field}`,
      data.timeline.map((p) => p[field]),
      total,
    );
    cells[column - 1] = moneySum(column, FIRST_DATA_ROW, last, euros(total));
  }
  table.total(cells);
  table.commit();
}
