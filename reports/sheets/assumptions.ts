import type ExcelJS from "exceljs";
import { PERCENT_FORMAT, ratioFormat } from "../cell-formats";
import type { Labels } from "../labels";
import type { AccountabilityReportData } from "../report-data";
import { TableWriter, sheetOptions, type CellInput } from "../table";

/**
 * Aannames: the settings the figures were computed with, the optimism-bias uplift per
 * confidence grade, the sensitivity ranges, the price list and index used, the filter the
 * report was made with, and how to trace a total.
 */
export function writeAssumptionsSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  data: AccountabilityReportData,
  labels: Labels,
  title: string,
) {
  const sheet = workbook.addWorksheet(labels.sheetAssumptions, sheetOptions(1));
  const table = new TableWriter(
    sheet,
    [
      { header: labels.setting, width: 42 },
      { header: labels.value, width: 36 },
      { header: labels.explanation, width: 90 },
    ],
    title,
  );
  const s = data.settings;
  const yesNo = (value: boolean) => (value ? labels.yes : labels.no);
  const ratio = (value: string | null) => (value === null ? labels.none : Number(value));
  const rows: [string, CellInput, string?, string?][] = [
    [labels.municipality, `${data.municipality.name} (${data.municipality.code})`],
    [labels.periodFrom, data.period.from],
    [labels.periodTo, data.period.to],
    [labels.filterTeam, data.filter.team ?? labels.none],
    [labels.filterDistrict, data.filter.district ?? labels.none],
    [labels.filterArrangement, data.filter.arrangement ?? labels.none],
    [labels.groupBy, labels[`groupBy${data.groupBy}`]],
    [labels.granularity, labels[`granularity${data.granularity}`]],
    [labels.generatedAt, data.generatedAt.toISOString()],
    [labels.requestedBy, data.requestedBy ?? labels.none],
    [labels.priceList, data.priceList.name],
    [labels.priceListVersion, data.priceList.version],
    [labels.priceListStatus, data.priceList.status],
    [labels.reportYear, data.priceList.reportYear],
    [labels.indexName, data.priceList.indexName],
    ...data.priceList.indexUsed.map(({ year, value }): [string, CellInput] => [
      `${labels.indexValue} ${year}`,
      Number(value),
    ]),
    [labels.baseDate, s.baseDate],
    [labels.horizonMonths, s.horizonMonths],
    [labels.discountRate, Number(s.discountRate), labels.explainDiscount, PERCENT_FORMAT],
    [labels.discountFirstYear, yesNo(s.discountFirstYear)],
    [labels.ratioDecimals, s.ratioDecimals],
    [`${labels.optimismBias} A`, Number(s.optimismBias.A), labels.explainOptimism, PERCENT_FORMAT],
    [`${labels.optimismBias} B`, Number(s.optimismBias.B), labels.explainOptimism, PERCENT_FORMAT],
    [`${labels.optimismBias} C`, Number(s.optimismBias.C), labels.explainOptimism, PERCENT_FORMAT],
    [
      labels.sensitivityLow,
      ratio(data.total.ratioLow),
      labels.explainLow,
      ratioFormat(s.ratioDecimals),
    ],
    [
      labels.sensitivityHigh,
      ratio(data.total.ratioHigh),
      labels.explainHigh,
      ratioFormat(s.ratioDecimals),
    ],
    [labels.unpricedActivities, data.unpricedActivities],
    [labels.unpricedOutcomes, data.unpricedOutcomes],
    [labels.explanation, null, labels.explainTrace],
  ];
  for (const [label, value, explanation, format] of rows) {
    table.row([label, value, explanation ?? null], { formats: [undefined, format] });
  }
  sheet.commit();
}
