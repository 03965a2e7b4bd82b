import type ExcelJS from "exceljs";
import { COUNT_FORMAT, MONEY_FORMAT, decimalNumber, euros, ratioFormat } from "../cell-formats";
import type { Labels } from "../labels";
import type {
  AccountabilityReportData,
  ComparisonRow,
  ComparisonTable,
  GroupBy,
} from "../report-data";
import {
  ReconciliationError,
  checkedSum,
  difference,
  moneySum,
  plainSum,
  ratioFormula,
} from "../sums";
import { FIRST_DATA_ROW, TableWriter, sheetOptions, type TitleBlock } from "../table";

/**
 * Arrangementen (always), and the comparison per team, quadrant or district when the report is
 * grouped so: per group n, the sums, the pooled SROI ratio, and the distribution over the cases
 * (min, quartiles, median, max of the ratio; quartiles of the NPV, as Excel's QUARTILE.INC) —
 * one case is a story, not evidence.
 */
const MONEY = [
  ["nominalCosts", 3],
  ["nominalReturns", 4],
  ["investment", 6],
  ["presentValue", 7],
] as const;

export function comparisonSheetName(groupBy: GroupBy, labels: Labels): string {
  return groupBy === "ARRANGEMENT"
    ? labels.sheetComparison
    : `${labels.comparisonPer} ${labels[`groupBy${groupBy}`]}`;
}

export function writeComparisonSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  data: AccountabilityReportData,
  comparison: ComparisonTable,
  labels: Labels,
  heading: TitleBlock,
) {
  const decimals = data.settings.ratioDecimals;
  const ratio = ratioFormat(decimals);
  const name = comparisonSheetName(comparison.groupBy, labels);
  const sheet = workbook.addWorksheet(name, sheetOptions(1));
  const table = new TableWriter(
    sheet,
    [
      { header: labels.group, width: 34 },
      { header: labels.cases, width: 10, format: COUNT_FORMAT },
      { header: labels.nominalCosts, width: 16, format: MONEY_FORMAT },
      { header: labels.nominalReturns, width: 16, format: MONEY_FORMAT },
      { header: labels.nominalNet, width: 16, format: MONEY_FORMAT },
      { header: labels.investment, width: 16, format: MONEY_FORMAT },
      { header: labels.presentValue, width: 16, format: MONEY_FORMAT },
      { header: labels.npv, width: 16, format: MONEY_FORMAT },
      { header: labels.sroiRatio, width: 10, format: ratio },
      { header: labels.ratioN, width: 10, format: COUNT_FORMAT },
      { header: labels.ratioMin, width: 10, format: ratio },
      { header: labels.ratioQ1, width: 10, format: ratio },
      { header: labels.ratioMedian, width: 10, format: ratio },
      { header: labels.ratioQ3, width: 10, format: ratio },
      { header: labels.ratioMax, width: 10, format: ratio },
      { header: labels.npvQ1, width: 15, format: MONEY_FORMAT },
      { header: labels.npvMedian, width: 15, format: MONEY_FORMAT },
      { header: labels.npvQ3, width: 15, format: MONEY_FORMAT },
    ],
    heading,
  );
  const line = (row: ComparisonRow, n: number) => [
    row.label,
    row.cases,
    euros(row.nominalCosts),
    euros(row.nominalReturns),
    difference("D", "C", n, row.nominalNet),
    euros(row.investment),
    euros(row.presentValue),
    difference("G", "F", n, row.npv),
    ratioFormula("G", "F", n, decimals, row.sroiRatio),
    row.ratio.n,
    decimalNumber(row.ratio.min),
    decimalNumber(row.ratio.q1),
    decimalNumber(row.ratio.median),
    decimalNumber(row.ratio.q3),
    decimalNumber(row.ratio.max),
    decimalNumber(row.npvDistribution.q1),
    decimalNumber(row.npvDistribution.median),
    decimalNumber(row.npvDistribution.q3),
  ];
  for (const row of comparison.rows) table.row(line(row, table.next));
  const last = table.lastDataRow();
  const total = comparison.total;
  const cells = line(total, table.totalAt());
  cells[1] = plainSum(2, FIRST_DATA_ROW, last, total.cases);
  if (comparison.rows.reduce((n, row) => n + row.cases, 0) !== total.cases) {
    throw new ReconciliationError(`${name}: the groups' cases do not add up to the total`);
  }
  // Every comparison groups the cockpit's cases: its total is the cockpit's total.
  if (total.cases !== data.total.cases) {
    throw new ReconciliationError(
      `${name}: ${total.cases} cases, the cockpit has ${data.total.cases}`,
    );
  }
  for (const [key, column] of MONEY) {
    checkedSum(
      `${name} ${key}`,
      comparison.rows.map((r) => r[key]),
      total[key],
    );
    checkedSum(`${name} ${key} (${labels.sheetSummary})`, [total[key]], data.total[key]);
    cells[column - 1] = moneySum(column, FIRST_DATA_ROW, last, euros(total[key]));
  }
  table.total(cells);
  table.commit();
}
