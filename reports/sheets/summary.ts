import type ExcelJS from "exceljs";
import {
  COUNT_FORMAT,
  HOURS_FORMAT,
  MONEY_FORMAT,
  dateCell,
  decimalNumber,
  euros,
  monthFormat,
  ratioFormat,
} from "../cell-formats";
import type { Labels } from "../labels";
import type { AccountabilityReportData, SummaryRow } from "../report-data";
import {
  ReconciliationError,
  checkedSum,
  difference,
  moneySum,
  plainSum,
  ratioFormula,
} from "../sums";
import { writeSummaryCharts } from "./summary-charts";
import { FIRST_DATA_ROW, TableWriter, sheetOptions, type TitleBlock } from "../table";

/**
 * Samenvatting (cockpit): per team and in total the cases, hours (individual and collective
 * apart), nominal costs, returns and net, present values, NPV, the SROI ratio with its
 * sensitivity range, and the payback month. Team rows hold the API's figures; the total row is
 * formulas over them whose cached results are the API's total. Under it, the cockpit's charts
 * with their figures (summary-charts.ts).
 */
const MONEY_COLUMNS = [
  ["nominalCosts", 5],
  ["nominalReturns", 6],
  ["investment", 8],
  ["presentValue", 9],
] as const;

export function writeSummarySheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  data: AccountabilityReportData,
  labels: Labels,
  heading: TitleBlock,
  chartFont?: string,
) {
  const decimals = data.settings.ratioDecimals;
  const ratio = ratioFormat(decimals);
  const month = monthFormat(data.language);
  const monthOf = (period: string | null) => (period === null ? null : dateCell(period));
  const sheet = workbook.addWorksheet(labels.sheetSummary, sheetOptions(1));
  const table = new TableWriter(
    sheet,
    [
      { header: labels.team, width: 32 },
      { header: labels.cases, width: 10, format: COUNT_FORMAT },
      { header: labels.hoursIndividual, width: 13, format: HOURS_FORMAT },
      { header: labels.hoursCollective, width: 13, format: HOURS_FORMAT },
      { header: labels.nominalCosts, width: 17, format: MONEY_FORMAT },
      { header: labels.nominalReturns, width: 17, format: MONEY_FORMAT },
      { header: labels.nominalNet, width: 17, format: MONEY_FORMAT },
      { header: labels.investment, width: 17, format: MONEY_FORMAT },
      { header: labels.presentValue, width: 17, format: MONEY_FORMAT },
      { header: labels.npv, width: 17, format: MONEY_FORMAT },
      { header: labels.sroiRatio, width: 10, format: ratio },
      { header: labels.ratioLow, width: 15, format: ratio },
      { header: labels.ratioHigh, width: 15, format: ratio },
      { header: labels.paybackMonth, width: 18, format: month },
      { header: labels.discountedPaybackMonth, width: 18, format: month },
    ],
    heading,
  );

  const line = (row: SummaryRow, number: number) => [
    row.label,
    row.cases,
    Number(row.hoursIndividual),
    Number(row.hoursCollective),
    euros(row.nominalCosts),
    euros(row.nominalReturns),
    difference("F", "E", number, row.nominalNet),
    euros(row.investment),
    euros(row.presentValue),
    difference("I", "H", number, row.npv),
    ratioFormula("I", "H", number, decimals, row.sroiRatio),
    decimalNumber(row.ratioLow),
    decimalNumber(row.ratioHigh),
    monthOf(row.paybackPeriod),
    monthOf(row.discountedPaybackPeriod),
  ];
  for (const team of data.teams) table.row(line(team, table.next));

  const last = table.lastDataRow();
  const total = data.total;
  const cells = line(total, table.totalAt());
  cells[1] = plainSum(2, FIRST_DATA_ROW, last, total.cases);
  cells[2] = plainSum(3, FIRST_DATA_ROW, last, Number(total.hoursIndividual));
  cells[3] = plainSum(4, FIRST_DATA_ROW, last, Number(total.hoursCollective));
  for (const [key, column] of MONEY_COLUMNS) {
    checkedSum(
      `${labels.sheetSummary} ${key}`,
      data.teams.map((t) => t[key]),
      total[key],
    );
    cells[column - 1] = moneySum(column, FIRST_DATA_ROW, last, euros(total[key]));
  }
  if (data.teams.reduce((n, t) => n + t.cases, 0) !== total.cases) {
    throw new ReconciliationError(
      `${labels.sheetSummary}: the teams' cases do not add up to the total`,
    );
  }
  table.total(cells);
  writeSummaryCharts(workbook, sheet, data, labels, table.next + 2, chartFont);
  table.commit();
}
