import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { labelsFor } from "./labels";
import type { AccountabilityReportData, CaseRowSource } from "./report-data";
import { writeAssumptionsSheet } from "./sheets/assumptions";
import { caseMonthSheetNames, writeCaseMonthsSheets } from "./sheets/case-months";
import { writeCasesSheet } from "./sheets/cases";
import { writeComparisonSheet } from "./sheets/comparison";
import { writeHypothesisSheet } from "./sheets/hypothesis";
import { writePriceListSheet } from "./sheets/price-list";
import { writeQuadrantSheet } from "./sheets/quadrants";
import { writeStakeholderSheet } from "./sheets/stakeholders";
import { writeSummarySheet } from "./sheets/summary";
import { writeTimelineSheet } from "./sheets/timeline";
import { writeTrendSheet } from "./sheets/trend";
import { reportTitle, titleBlockOf } from "./title-block";

/** The period for a file name: "2025", or "2025-01-01 – 2025-06-30". */
export function periodLabel(period: { from: string; to: string }): string {
  const year = period.from.slice(0, 4);
  if (period.from === `${year}-01-01` && period.to === `${year}-12-31`) return year;
  return `${period.from} – ${period.to}`;
}

export { reportTitle } from "./title-block";

export interface WorkbookOptions {
  /**
   * Case rows written so far over both case sheets, out of 2 × the total cases. May throw to
   * stop the writing (an export that lost its job, a shutdown).
   */
  onProgress?: (done: number, total: number) => void;
  /** Data rows per sheet before the case months continue on another; default Excel's limit. */
  rowsPerSheet?: number;
  /** TrueType font of the chart images; default DejaVu Sans of Debian's fonts-dejavu-core. */
  chartFont?: string;
}

/**
 * The accountability workbook ("Verantwoording <gemeente> <periode>"), written with exceljs's
 * streaming writer: each sheet is committed before the next one starts, and the case sheets
 * commit every row as it is written, so memory holds one row, not the report. Totals are live
 * formulas with the API's figures as cached results (see sums.ts). A failed check throws before
 * the workbook is finished, so no complete file exists: the caller deletes the unfinished one.
 */
export async function writeAccountabilityWorkbook(
  data: AccountabilityReportData,
  cases: CaseRowSource,
  output: Writable,
  options: WorkbookOptions = {},
): Promise<void> {
  const labels = labelsFor(data.language);
  const title = reportTitle(data);
  const heading = titleBlockOf(data);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const list = data.priceList;
  // exceljs's typings omit the streaming writer's document properties; core.xml has them all.
  const props = workbook as unknown as Record<string, string | Date>;
  props.created = data.generatedAt;
  props.modified = data.generatedAt;
  props.creator = data.requestedBy ?? "Kwadrant";
  props.lastModifiedBy = "Kwadrant";
  props.title = title;
  props.subject = `${labels.priceList} "${list.name}" ${labels.priceListVersion.toLowerCase()} ${list.version}, ${labels.reportYear.toLowerCase()} ${list.reportYear}`;
  props.description = filterText(data);
  props.keywords = `kwadrant sroi ${data.municipality.code} ${labels.priceListVersion.toLowerCase()}=${list.version}`;
  props.category = labels.title;
  props.company = data.municipality.name;

  const total = data.total.cases * 2;
  let done = 0;
  const onRow = () => options.onProgress?.(++done, total);
  const perSheet = options.rowsPerSheet;
  const monthSheets = caseMonthSheetNames(data.caseMonthRows, labels, perSheet);
  writeSummarySheet(workbook, data, labels, heading, options.chartFont);
  writeTimelineSheet(workbook, data, labels, heading, monthSheets);
  writeStakeholderSheet(workbook, data, labels, heading);
  for (const comparison of data.comparisons) {
    writeComparisonSheet(workbook, data, comparison, labels, heading);
  }
  if (data.trend) writeTrendSheet(workbook, data, data.trend, labels, heading);
  if (data.hypothesis) writeHypothesisSheet(workbook, data, data.hypothesis, heading);
  writeQuadrantSheet(workbook, data, labels, heading);
  await writeCasesSheet(workbook, data, cases, labels, heading, { onRow, perSheet });
  await writeCaseMonthsSheets(workbook, data, cases, labels, heading, { onRow, perSheet });
  writePriceListSheet(workbook, data, labels, heading);
  writeAssumptionsSheet(workbook, data, labels, heading);
  await workbook.commit();
}

/** The filter as one line of text, for the workbook properties. */
export function filterText(data: AccountabilityReportData): string {
  const labels = labelsFor(data.language);
  const parts = [
    `${labels.municipality}: ${data.municipality.name} (${data.municipality.code})`,
    `${labels.periodFrom}: ${data.period.from}`,
    `${labels.periodTo}: ${data.period.to}`,
  ];
  if (data.filter.team) parts.push(`${labels.filterTeam}: ${data.filter.team}`);
  if (data.filter.district) parts.push(`${labels.filterDistrict}: ${data.filter.district}`);
  if (data.filter.arrangement)
    parts.push(`${labels.filterArrangement}: ${data.filter.arrangement}`);
  parts.push(`${labels.groupBy}: ${labels[`groupBy${data.groupBy}`]}`);
  return parts.join("; ");
}
