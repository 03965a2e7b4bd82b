import type ExcelJS from "exceljs";
import { cumulativeOption } from "../../charts/cumulative-line";
import { matrixOption } from "../../charts/matrix-heatmap";
import { sroiRangeOption } from "../../charts/sroi-range";
import { renderChart, type ChartImage } from "../chart-images";
import {
  MONEY_FORMAT,
  cents,
  centsToEuros,
  decimalNumber,
  euros,
  monthFormat,
  ratioFormat,
} from "../cell-formats";
import type { Labels } from "../labels";
import type { AccountabilityReportData, Granularity } from "../report-data";
import { addSheetPictures, type SheetPicture } from "../sheet-images";
import { HEADER_FILL, headerHeight, type CellInput } from "../table";
import { periodCell } from "./timeline";

/**
 * The cockpit's charts under the Samenvatting table: the cumulative balance, the SROI ratio per
 * arrangement with its range, and who pays × who gains — each as a picture in columns A–G with
 * its figures as a table beside it from column H (the figures the sheets named in the caption
 * hold), so the numbers can be read, copied and checked, not only seen.
 */
const CHART = { width: 860, height: 360 };
/** Excel's default row is 15 points: 20 pixels. */
const ROW_PIXELS = 20;
const TABLE_COLUMN = 8;
const BOLD = { bold: true };

interface ChartBlock {
  caption: string;
  source: string;
  option: object;
  headers: string[];
  rows: CellInput[][];
  formats: (string | undefined)[];
}

const LOCALES = { NL: "nl-NL", EN: "en-GB" } as const;

/** A period as a chart's axis shows it: "mrt 2025", "K1 2025" ("Q1 2025"), "2025". */
function periodText(period: string, granularity: Granularity, language: "NL" | "EN"): string {
  if (granularity === "YEAR") return period;
  if (granularity === "QUARTER") {
    const [year, quarter] = period.split("-Q");
    return `${language === "NL" ? "K" : "Q"}${quarter} ${year}`;
  }
  return new Intl.DateTimeFormat(LOCALES[language], {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  })
    .format(new Date(`${period}-01T00:00:00Z`))
    .replace(".", "");
}

function balanceBlock(data: AccountabilityReportData, labels: Labels): ChartBlock {
  const points = (key: "cumulative" | "discountedCumulative") =>
    data.timeline.map((row) => ({ period: row.period, cumulative: row[key] }));
  return {
    caption: labels.chartBalance,
    source: labels.sheetTimeline,
    option: cumulativeOption(
      [
        { label: labels.cumulative, points: points("cumulative") },
        { label: labels.discountedCumulative, points: points("discountedCumulative") },
      ],
      (period) => periodText(period, data.granularity, data.language),
    ),
    headers: [labels.period, labels.cumulative, labels.discountedCumulative],
    rows: data.timeline.map((row) => [
      periodCell(row.period, data.granularity),
      euros(row.cumulative),
      euros(row.discountedCumulative),
    ]),
    formats: [
      data.granularity === "MONTH" ? monthFormat(data.language) : undefined,
      MONEY_FORMAT,
      MONEY_FORMAT,
    ],
  };
}

function sroiBlock(data: AccountabilityReportData, labels: Labels): ChartBlock {
  const arrangements = data.comparisons[0]?.rows ?? [];
  const ratio = ratioFormat(data.settings.ratioDecimals);
  return {
    caption: labels.chartSroi,
    source: labels.sheetComparison,
    option: sroiRangeOption(
      arrangements.map((row) => ({
        label: row.label,
        sroi: row.sroiRatio,
        low: row.ratioLow,
        high: row.ratioHigh,
      })),
    ),
    headers: [labels.arrangement, labels.sroiRatio, labels.ratioLow, labels.ratioHigh],
    rows: arrangements.map((row) => [
      row.label,
      decimalNumber(row.sroiRatio),
      decimalNumber(row.ratioLow),
      decimalNumber(row.ratioHigh),
    ]),
    formats: [undefined, ratio, ratio, ratio],
  };
}

function matrixBlock(data: AccountabilityReportData, labels: Labels): ChartBlock {
  const names = new Map(data.stakeholders.map((s) => [s.code, s.name]));
  const nameOf = (code: string | null) =>
    code === null ? labels.noPayer : (names.get(code) ?? code);
  const cells = data.matrix.map((cell) => ({
    payer: nameOf(cell.payer),
    beneficiary: nameOf(cell.beneficiary),
    value: cell.value,
  }));
  const payers = [...new Set(cells.map((c) => c.payer))];
  const beneficiaries = [...new Set(cells.map((c) => c.beneficiary))];
  const value = new Map<string, bigint>();
  for (const cell of cells) {
    const key = `${cell.payer}\u0000${cell.beneficiary}`;
    value.set(key, (value.get(key) ?? 0n) + cents(cell.value));
  }
  return {
    caption: labels.chartMatrix,
    source: labels.sheetStakeholders,
    option: matrixOption(cells),
    headers: [labels.payerBeneficiary, ...beneficiaries],
    rows: payers.map((payer) => [
      payer,
      ...beneficiaries.map((b) => centsToEuros(value.get(`${payer}\u0000${b}`) ?? 0n)),
    ]),
    formats: [undefined, ...beneficiaries.map(() => MONEY_FORMAT)],
  };
}

/** The table's headers from column H, bold and filled as every header row. */
function writeTableHeader(sheet: ExcelJS.Worksheet, number: number, headers: readonly string[]) {
  const row = sheet.getRow(number);
  headers.forEach((text, index) => {
    const cell = row.getCell(TABLE_COLUMN + index);
    cell.value = text;
    cell.font = BOLD;
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: "top" };
  });
  row.height = headerHeight(headers.map((text) => ({ text, width: 17 })));
  row.commit();
}

/** Writes the blocks from row `first` on (rows must come in order on a streamed sheet). */
export function writeSummaryCharts(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: ExcelJS.Worksheet,
  data: AccountabilityReportData,
  labels: Labels,
  first: number,
  font?: string,
) {
  const blocks = [balanceBlock(data, labels), sroiBlock(data, labels), matrixBlock(data, labels)];
  const pictures: SheetPicture[] = [];
  const chartRows = Math.ceil(CHART.height / ROW_PIXELS);
  let row = first;
  for (const block of blocks) {
    const caption = sheet.getRow(row);
    caption.getCell(1).value = block.caption;
    caption.getCell(1).font = BOLD;
    caption.getCell(TABLE_COLUMN).value =
      `${labels.chartNumbers} (${labels.chartSource} ${block.source})`;
    caption.getCell(TABLE_COLUMN).font = BOLD;
    caption.commit();
    const image: ChartImage = renderChart(block.option, CHART, font);
    pictures.push({
      ...image,
      column: 0,
      row: row, // 0-based: the row under the caption
      description: `${block.caption}. ${labels.chartSource} ${block.source}.`,
    });
    writeTableHeader(sheet, row + 1, block.headers);
    block.rows.forEach((cells, index) => {
      const line = sheet.getRow(row + 2 + index);
      cells.forEach((value, column) => {
        if (value === null) return;
        const cell = line.getCell(TABLE_COLUMN + column);
        cell.value = value as ExcelJS.CellValue;
        const format = block.formats[column];
        if (format) cell.numFmt = format;
      });
      line.commit();
    });
    row += Math.max(chartRows, block.rows.length + 1) + 3;
  }
  addSheetPictures(workbook, sheet, pictures);
}
