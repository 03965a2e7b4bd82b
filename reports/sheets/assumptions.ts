import type ExcelJS from "exceljs";
import {
  FACTOR_FORMAT,
  MONEY_FORMAT,
  PERCENT_FORMAT,
  amsterdamCell,
  dateCell,
  dateTimeFormat,
  dayFormat,
  ratioFormat,
} from "../cell-formats";
import { explainBasis, explainDiscount, explainHigh, explainLow } from "../explanations";
import type { Labels } from "../labels";
import type { AccountabilityReportData } from "../report-data";
import {
  HEADER_ROW,
  TableWriter,
  sheetOptions,
  writeHeaderRow,
  type CellInput,
  type TitleBlock,
} from "../table";

/**
 * Aannames: the filter the report was made with, the settings the figures were computed with,
 * the price list and index used, the optimism-bias uplift per confidence grade, the sensitivity
 * range (SROI low and high, and how it moves the assumptions), the basis of hours and amounts,
 * how to trace a total — and below, the adjustment factors of the valued outcomes with the
 * values the sensitivity range used and their break-even values.
 */
const COLUMNS = { label: 1, value: 2, pessimistic: 3, optimistic: 4, breakEven: 5, note: 6 };

type Row = {
  label: string;
  value?: CellInput;
  note?: string;
  format?: string;
  low?: CellInput;
  high?: CellInput;
};

function settingRows(data: AccountabilityReportData, labels: Labels): Row[] {
  const s = data.settings;
  const language = data.language;
  const yesNo = (value: boolean) => (value ? labels.yes : labels.no);
  const ratio = (value: string | null) => (value === null ? labels.none : Number(value));
  const ratioFmt = ratioFormat(s.ratioDecimals);
  const day = (label: string, iso: string): Row => ({
    label,
    value: dateCell(iso),
    format: dayFormat(language),
  });
  const bias = (grade: "A" | "B" | "C"): Row => ({
    label: `${labels.optimismBias} ${grade}`,
    value: Number(s.optimismBias[grade]),
    note: labels.explainOptimism,
    format: PERCENT_FORMAT,
  });
  return [
    { label: labels.municipality, value: `${data.municipality.name} (${data.municipality.code})` },
    day(labels.periodFrom, data.period.from),
    day(labels.periodTo, data.period.to),
    { label: labels.filterTeam, value: data.filter.team ?? labels.none },
    { label: labels.filterDistrict, value: data.filter.district ?? labels.none },
    { label: labels.filterArrangement, value: data.filter.arrangement ?? labels.none },
    { label: labels.groupBy, value: labels[`groupBy${data.groupBy}`] },
    { label: labels.granularity, value: labels[`granularity${data.granularity}`] },
    {
      label: labels.arrangementRule,
      value: data.filter.arrangement ?? labels.none,
      note: data.filter.arrangement
        ? labels.explainArrangementFilter
        : labels.explainArrangementFirst,
    },
    {
      label: labels.generatedAt,
      value: amsterdamCell(data.generatedAt),
      format: dateTimeFormat(language),
    },
    { label: labels.requestedBy, value: data.requestedBy ?? labels.none },
    { label: labels.priceList, value: data.priceList.name },
    { label: labels.priceListVersion, value: data.priceList.version },
    {
      label: labels.priceListStatus,
      value: labels.listStatuses[data.priceList.status] ?? data.priceList.status,
    },
    { label: labels.reportYear, value: data.priceList.reportYear },
    { label: labels.indexName, value: data.priceList.indexName },
    ...data.priceList.indexUsed.map(({ year, value }) => ({
      label: `${labels.indexValue} ${year}`,
      value: Number(value),
    })),
    day(labels.baseDate, s.baseDate),
    { label: labels.horizonMonths, value: s.horizonMonths },
    day(labels.horizonEnd, s.horizonEnd),
    {
      label: labels.basis,
      value: `${s.baseDate} – ${s.horizonEnd}`,
      note: explainBasis(s, data.period, language),
    },
    {
      label: labels.discountRate,
      value: Number(s.discountRate),
      note: explainDiscount(s, language),
      format: PERCENT_FORMAT,
    },
    { label: labels.discountFirstYear, value: yesNo(s.discountFirstYear) },
    { label: labels.ratioDecimals, value: s.ratioDecimals },
    bias("A"),
    bias("B"),
    bias("C"),
    {
      label: labels.sroiRange,
      value: ratio(data.total.sroiRatio),
      low: ratio(data.total.ratioLow),
      high: ratio(data.total.ratioHigh),
      format: ratioFmt,
    },
    {
      label: labels.sensitivityLow,
      value: ratio(data.total.ratioLow),
      note: explainLow(s, language),
      format: ratioFmt,
    },
    {
      label: labels.sensitivityHigh,
      value: ratio(data.total.ratioHigh),
      note: explainHigh(s, language),
      format: ratioFmt,
    },
    {
      label: labels.breakEvenMargin,
      value: data.breakEvenMargin === null ? labels.none : Number(data.breakEvenMargin),
      note: labels.explainBreakEvenMargin,
      format: PERCENT_FORMAT,
    },
    { label: labels.unpricedActivities, value: data.unpricedActivities },
    { label: labels.unpricedOutcomes, value: data.unpricedOutcomes },
    { label: labels.explanation, note: labels.explainTrace },
  ];
}

const numberOrNone = (text: string | null, none: string): CellInput =>
  text === null ? none : Number(text);

export function writeAssumptionsSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  data: AccountabilityReportData,
  labels: Labels,
  heading: TitleBlock,
) {
  const sheet = workbook.addWorksheet(labels.sheetAssumptions, sheetOptions(1));
  const columns = [
    { header: labels.setting, width: 44 },
    { header: labels.value, width: 24 },
    { header: labels.pessimistic, width: 16 },
    { header: labels.optimistic, width: 16 },
    { header: labels.breakEven, width: 16 },
    { header: labels.explanation, width: 90 },
  ];
  const table = new TableWriter(sheet, columns, heading);
  for (const row of settingRows(data, labels)) {
    const cells: CellInput[] = [];
    cells[COLUMNS.label - 1] = row.label;
    cells[COLUMNS.value - 1] = row.value ?? null;
    cells[COLUMNS.pessimistic - 1] = row.low ?? null;
    cells[COLUMNS.optimistic - 1] = row.high ?? null;
    cells[COLUMNS.breakEven - 1] = null;
    cells[COLUMNS.note - 1] = row.note ?? null;
    const format = row.format;
    table.row(cells, { formats: [undefined, format, format, format] });
  }
  const settingsEnd = table.lastDataRow();

  // The adjustment factors: one block per proxy and set of factors, one row per factor.
  table.skip();
  writeHeaderRow(
    sheet,
    table.next,
    [
      labels.factorTable,
      labels.value,
      labels.pessimistic,
      labels.optimistic,
      labels.breakEven,
      labels.explanation,
    ],
    columns.map((column) => column.width),
  );
  table.skip();
  table.row([labels.explanation, null, null, null, null, labels.explainFactors]);
  for (const group of data.factors) {
    const note = `${group.outcomes} ${labels.outcomes}; ${labels.durationYears} ${group.durationYears}`;
    for (const factor of group.factors) {
      const format = factor.kind === "PROXY" ? MONEY_FORMAT : FACTOR_FORMAT;
      table.row(
        [
          `${group.name} (${group.code}) · ${labels.factorKinds[factor.kind]}`,
          Number(factor.value),
          Number(factor.pessimistic),
          Number(factor.optimistic),
          numberOrNone(factor.breakEven, labels.none),
          note,
        ],
        { formats: [undefined, format, format, format, format] },
      );
    }
  }
  // The filter covers the settings; the factor block has its own header row below them.
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: Math.max(HEADER_ROW, settingsEnd), column: columns.length },
  };
  sheet.commit();
}
