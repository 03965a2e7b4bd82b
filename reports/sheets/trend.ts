import type ExcelJS from "exceljs";
import { COUNT_FORMAT, MONEY_FORMAT, euros, ratioFormat } from "../cell-formats";
import type { Labels } from "../labels";
import type { AccountabilityReportData, TrendRow, TrendTable } from "../report-data";
import {
  ReconciliationError,
  checkedSum,
  difference,
  moneySum,
  plainSum,
  ratioFormula,
} from "../sums";
import {
  FIRST_DATA_ROW,
  TableWriter,
  sheetOptions,
  type CellInput,
  type TitleBlock,
} from "../table";
import { comparisonSheetName } from "./comparison";
import { trendLabelsFor } from "./trend-labels";

/**
 * Trend (when the report is asked with one): one row per group × cohort (the quarter or year its
 * cases opened) with cases, costs, returns, net, SROI ratio, costs per case and the payback month
 * from the cohort's start; the total as SUM formulas; then per group SUMIFS over its cohort rows,
 * each checked against the group's row on the comparison sheet by a formula, so a controller
 * sees that the cohorts reconcile. The figures are checked in cents before anything is written.
 */
const MONEY = [
  ["nominalCosts", 4],
  ["nominalReturns", 5],
  ["investment", 7],
  ["presentValue", 8],
] as const;
/** The comparison sheet's columns of cases and the money above (see comparison.ts). */
const COMPARISON_COLUMNS = {
  cases: "B",
  nominalCosts: "C",
  nominalReturns: "D",
  investment: "F",
  presentValue: "G",
};

function checkTrend(
  name: string,
  trend: TrendTable,
  data: AccountabilityReportData,
  sheet: string,
) {
  const comparison = data.comparisons.find((c) => c.groupBy === trend.groupBy);
  if (!comparison)
    throw new ReconciliationError(`${name}: no comparison sheet per ${trend.groupBy}`);
  const parts: [string, TrendRow[], TrendRow][] = [
    ...trend.groups.map(({ row, cohorts }): [string, TrendRow[], TrendRow] => [
      row.label,
      cohorts,
      row,
    ]),
    ["groups", trend.groups.map((g) => g.row), trend.total],
  ];
  for (const [what, rows, whole] of parts) {
    if (rows.reduce((n, r) => n + r.cases, 0) !== whole.cases) {
      throw new ReconciliationError(`${name} ${what}: the cases do not add up`);
    }
    for (const [key] of MONEY)
      checkedSum(
        `${name} ${what} ${key}`,
        rows.map((r) => r[key]),
        whole[key],
      );
  }
  if (new Set(trend.groups.map((g) => g.row.label)).size !== trend.groups.length) {
    throw new ReconciliationError(
      `${name}: two groups share a label, SUMIFS cannot tell them apart`,
    );
  }
  trend.groups.forEach(({ row }, index) => {
    const other = comparison.rows[index];
    if (other?.label !== row.label || other.cases !== row.cases) {
      throw new ReconciliationError(`${name} ${row.label}: not row ${index + 1} of ${sheet}`);
    }
    for (const [key] of MONEY)
      checkedSum(`${name} ${row.label} ${key} (${sheet})`, [row[key]], other[key]);
  });
  for (const [key] of MONEY)
    checkedSum(`${name} ${key} (${sheet})`, [trend.total[key]], comparison.total[key]);
}

export function writeTrendSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  data: AccountabilityReportData,
  trend: TrendTable,
  labels: Labels,
  heading: TitleBlock,
) {
  const words = trendLabelsFor(data.language);
  const comparisonSheet = comparisonSheetName(trend.groupBy, labels);
  checkTrend(words.sheet, trend, data, comparisonSheet);
  const decimals = data.settings.ratioDecimals;
  const sheet = workbook.addWorksheet(words.sheet, sheetOptions(2));
  const table = new TableWriter(
    sheet,
    [
      { header: `${labels.group} (${labels[`groupBy${trend.groupBy}`]})`, width: 34 },
      { header: `${words.cohort} (${labels[`granularity${trend.cohort}`]})`, width: 14 },
      { header: labels.cases, width: 10, format: COUNT_FORMAT },
      { header: labels.nominalCosts, width: 16, format: MONEY_FORMAT },
      { header: labels.nominalReturns, width: 16, format: MONEY_FORMAT },
      { header: labels.nominalNet, width: 16, format: MONEY_FORMAT },
      { header: labels.investment, width: 16, format: MONEY_FORMAT },
      { header: labels.presentValue, width: 16, format: MONEY_FORMAT },
      { header: labels.npv, width: 16, format: MONEY_FORMAT },
      { header: labels.sroiRatio, width: 10, format: ratioFormat(decimals) },
      { header: words.costPerCase, width: 16, format: MONEY_FORMAT },
      { header: words.cohortPaybackMonth, width: 14, format: COUNT_FORMAT },
      { header: `${words.agrees} ${comparisonSheet}`, width: 14 },
    ],
    heading,
  );
  const line = (row: TrendRow, period: string, n: number): CellInput[] => [
    row.label,
    period,
    row.cases,
    euros(row.nominalCosts),
    euros(row.nominalReturns),
    difference("E", "D", n, row.nominalNet),
    euros(row.investment),
    euros(row.presentValue),
    difference("H", "G", n, row.npv),
    ratioFormula("H", "G", n, decimals, row.sroiRatio),
    {
      formula: `IF(C${n}=0,"",ROUND(G${n}/C${n},2))`,
      result: row.costPerCase === null ? "" : euros(row.costPerCase),
    },
    row.cohortPaybackMonth,
  ];
  for (const { cohorts } of trend.groups) {
    for (const cohort of cohorts) table.row(line(cohort, cohort.period ?? "", table.next));
  }
  const last = table.lastDataRow();
  const total = line(trend.total, "", table.totalAt());
  total[2] = plainSum(3, FIRST_DATA_ROW, last, trend.total.cases);
  for (const [key, column] of MONEY) {
    total[column - 1] = moneySum(column, FIRST_DATA_ROW, last, euros(trend.total[key]));
  }
  table.total(total);

  table.skip();
  table.row([words.perGroup]);
  const sheetRef = `'${comparisonSheet.replace(/'/g, "''")}'`;
  const sumIf = (column: string, n: number) =>
    `SUMIFS(${column}$${FIRST_DATA_ROW}:${column}$${Math.max(last, FIRST_DATA_ROW)},A$${FIRST_DATA_ROW}:A$${Math.max(last, FIRST_DATA_ROW)},A${n})`;
  trend.groups.forEach(({ row }, index) => {
    const n = table.next;
    const cells = line(row, words.allCohorts, n);
    cells[2] = { formula: sumIf("C", n), result: row.cases };
    for (const [key, column] of MONEY) {
      const letter = table.col(column);
      cells[column - 1] = { formula: `ROUND(${sumIf(letter, n)},2)`, result: euros(row[key]) };
    }
    // The group's row on the comparison sheet is in the same place as the group here.
    const other = FIRST_DATA_ROW + index;
    const same = (Object.keys(COMPARISON_COLUMNS) as (keyof typeof COMPARISON_COLUMNS)[]).map(
      (key) => {
        const here = key === "cases" ? "C" : table.col(MONEY.find(([k]) => k === key)![1]);
        return `ROUND(${here}${n}-${sheetRef}!${COMPARISON_COLUMNS[key]}${other},2)=0`;
      },
    );
    cells.push({
      formula: `IF(AND(${same.join(",")}),"${words.yes}","${words.no}")`,
      result: words.yes,
    });
    table.row(cells);
  });
  table.skip();
  table.row([words.note]);
  table.commit();
}
