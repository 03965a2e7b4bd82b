import type ExcelJS from "exceljs";
import type { PeriodRow } from "../../calculators/effect";
import { MONEY_FORMAT, cents, centsToEuros, dateCell, euros, monthFormat } from "../cell-formats";
import type { Labels } from "../labels";
import type { AccountabilityReportData, CaseRowSource, Granularity } from "../report-data";
import { ReconciliationError, moneySum } from "../sums";
import { ROWS_BETWEEN_YIELDS, yieldToIo } from "../yield-to-io";
import {
  FIRST_DATA_ROW,
  MAX_DATA_ROWS,
  TableWriter,
  sheetOptions,
  type CellInput,
  type TitleBlock,
} from "../table";

/**
 * Casusmaanden: one row per case and month with money in it — the rows the Tijdlijn sums with
 * SUMIFS (on month, quarter or year). Streamed: each row is committed as it is written. More
 * rows than a sheet holds continue on "Casusmaanden (2)", "(3)" …, each with its own total;
 * the Tijdlijn's SUMIFS add the sheets up. While writing, the rows are summed per Tijdlijn
 * period and checked against the Tijdlijn's figures (costs, returns, both nominal and
 * discounted, and the cumulative balances), so its formulas recalculate to what it shows.
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
type Sums = [bigint, bigint, bigint, bigint];

function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
}

function periodOf(month: string, granularity: Granularity): string {
  if (granularity === "MONTH") return month;
  return granularity === "QUARTER" ? quarterOf(month) : month.slice(0, 4);
}

/** Names of the case-month sheets needed for `rows` rows at `perSheet` rows a sheet. */
export function caseMonthSheetNames(
  rows: number,
  labels: Labels,
  perSheet = MAX_DATA_ROWS,
): string[] {
  const sheets = Math.max(1, Math.ceil(rows / perSheet));
  return Array.from({ length: sheets }, (_, index) =>
    index === 0 ? labels.sheetCaseMonths : `${labels.sheetCaseMonths} (${index + 1})`,
  );
}

function monthsTable(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  labels: Labels,
  heading: TitleBlock,
) {
  const sheet = workbook.addWorksheet(name, sheetOptions(1, { print: false }));
  return new TableWriter(
    sheet,
    [
      { header: labels.reference, width: 18 },
      { header: labels.month, width: 10, format: monthFormat(labels.language) },
      { header: labels.quarter, width: 10 },
      { header: labels.year, width: 8 },
      { header: labels.costs, width: 16, format: MONEY_FORMAT },
      { header: labels.returns, width: 16, format: MONEY_FORMAT },
      { header: labels.discountedCosts, width: 16, format: MONEY_FORMAT },
      { header: labels.discountedReturns, width: 16, format: MONEY_FORMAT },
    ],
    heading,
  );
}

function closeTable(table: TableWriter, sums: Sums, labels: Labels) {
  const last = table.lastDataRow();
  const cells: CellInput[] = [labels.total, null, null, null];
  AMOUNTS.forEach((field, index) => {
    cells.push(
      moneySum(CASE_MONTH_COLUMNS[field], FIRST_DATA_ROW, last, centsToEuros(sums[index])),
    );
  });
  table.total(cells);
  table.commit();
}

export interface CaseMonthOptions {
  onRow?: () => void;
  /** Data rows per sheet (tests use a small number); default what Excel holds. */
  perSheet?: number;
}

export async function writeCaseMonthsSheets(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  data: AccountabilityReportData,
  cases: CaseRowSource,
  labels: Labels,
  heading: TitleBlock,
  options: CaseMonthOptions = {},
): Promise<Sums> {
  const perSheet = options.perSheet ?? MAX_DATA_ROWS;
  const names = caseMonthSheetNames(data.caseMonthRows, labels, perSheet);
  let part = 0;
  let table = monthsTable(workbook, names[0], labels, heading);
  let partSums: Sums = [0n, 0n, 0n, 0n];
  const totals: Sums = [0n, 0n, 0n, 0n];
  const perPeriod = new Map<string, Sums>();
  let rows = 0;
  let yielded = table.next;
  for await (const row of cases()) {
    for (const month of row.months) {
      if (rows > 0 && rows % perSheet === 0) {
        closeTable(table, partSums, labels);
        part += 1;
        if (part >= names.length) {
          throw new ReconciliationError(
            `${labels.sheetCaseMonths}: more case-month rows than the ${data.caseMonthRows} counted`,
          );
        }
        table = monthsTable(workbook, names[part], labels, heading);
        partSums = [0n, 0n, 0n, 0n];
        yielded = table.next;
      }
      const period = periodOf(month.period, data.granularity);
      const sums = perPeriod.get(period) ?? [0n, 0n, 0n, 0n];
      AMOUNTS.forEach((field, index) => {
        const value = cents(month[field]);
        sums[index] += value;
        partSums[index] += value;
        totals[index] += value;
      });
      perPeriod.set(period, sums);
      table.row([
        row.reference,
        dateCell(month.period),
        quarterOf(month.period),
        Number(month.period.slice(0, 4)),
        ...AMOUNTS.map((field) => euros(month[field])),
      ]);
      rows += 1;
    }
    options.onRow?.();
    if (table.next - yielded >= ROWS_BETWEEN_YIELDS) {
      yielded = table.next;
      await yieldToIo(table.sheet);
    }
  }
  closeTable(table, partSums, labels);
  if (rows !== data.caseMonthRows || part !== names.length - 1) {
    throw new ReconciliationError(
      `${labels.sheetCaseMonths}: ${rows} case-month rows written, ${data.caseMonthRows} counted`,
    );
  }
  reconcileTimeline(data.timeline, perPeriod, labels);
  return totals;
}

/**
 * The Tijdlijn's figures are the API's; its formulas are SUMIFS over the case months. Both must
 * give the same, to the cent, in every period — and so must the cumulative balances built from
 * them — or the workbook would recalculate to other figures than it shows.
 */
export function reconcileTimeline(
  timeline: readonly PeriodRow[],
  perPeriod: ReadonlyMap<string, Sums>,
  labels: Labels,
) {
  const shown = new Set(timeline.map((period) => period.period));
  for (const period of perPeriod.keys()) {
    if (!shown.has(period)) {
      throw new ReconciliationError(
        `${labels.sheetTimeline} ${period}: the case months have money in a period the timeline lacks`,
      );
    }
  }
  let cumulative = 0n;
  let discountedCumulative = 0n;
  for (const period of timeline) {
    const [costs, returns, discountedCosts, discountedReturns] = perPeriod.get(period.period) ?? [
      0n,
      0n,
      0n,
      0n,
    ];
    cumulative += returns - costs;
    discountedCumulative += discountedReturns - discountedCosts;
    const checks: [string, bigint, string][] = [
      ["costs", costs, period.costs],
      ["returns", returns, period.returns],
      ["discountedCosts", discountedCosts, period.discountedCosts],
      ["discountedReturns", discountedReturns, period.discountedReturns],
      ["cumulative", cumulative, period.cumulative],
      ["discountedCumulative", discountedCumulative, period.discountedCumulative],
    ];
    for (const [field, sum, figure] of checks) {
      if (sum !== cents(figure)) {
        throw new ReconciliationError(
          `${labels.sheetTimeline} ${period.period} ${field}: the case months give ${centsToEuros(sum).toFixed(2)}, the timeline shows ${figure}`,
        );
      }
    }
  }
}
