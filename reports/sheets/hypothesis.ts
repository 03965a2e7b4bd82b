import type ExcelJS from "exceljs";
import { COUNT_FORMAT, dateCell, monthFormat } from "../cell-formats";
import type {
  AccountabilityReportData,
  HypothesisCorrelation,
  HypothesisLagRow,
  HypothesisTable,
} from "../report-data";
import { ReconciliationError } from "../sums";
import {
  TableWriter,
  sheetOptions,
  writeHeaderRow,
  type CellInput,
  type TitleBlock,
} from "../table";
import { hypothesisLabelsFor } from "./hypothesis-labels";

/**
 * Hypothese (when the report is asked with one): the network-quadrant hypothesis on the
 * report's cases, as quadrantHypothesis answers it. First one row per lag with its sample, the
 * Pearson and Spearman correlations and the within-unit slope with their 95 % intervals, the
 * refusal's reason and the finding in words; then what the figures mean; then the panel the
 * estimates rest on, one row per unit × period, with SUM totals of effort and demand that are
 * checked against the panel's sums before anything is written.
 */
const ESTIMATE_FORMAT = "0.000";
const P_FORMAT = "0.0000";
const SLOPE_FORMAT = "0.0000";
/** The panel's figures carry at most four decimals (see api/analyses/panel-periods.ts). */
const PANEL_FORMAT = "#,##0.00##";
const SCALE = 10_000;

/** A panel figure in ten-thousandths, exactly; refuses one with more decimals. */
function tenThousandths(what: string, value: number): bigint {
  const scaled = Math.round(value * SCALE);
  if (Math.abs(value * SCALE - scaled) > 1e-6) {
    throw new ReconciliationError(`${what}: ${value} has more than four decimals`);
  }
  return BigInt(scaled);
}

/** "1234.5" or "-0.0001" in ten-thousandths. */
function tenThousandthsOfText(text: string): bigint {
  const negative = text.startsWith("-");
  const [whole, fraction = ""] = text.replace("-", "").split(".");
  const value = BigInt(whole) * BigInt(SCALE) + BigInt((fraction + "0000").slice(0, 4));
  return negative ? -value : value;
}

function checkPanel(name: string, hypothesis: HypothesisTable) {
  for (const key of ["effort", "demand"] as const) {
    const sum = hypothesis.panel.reduce(
      (acc, row) => acc + tenThousandths(`${name} ${row.unit} ${row.period} ${key}`, row[key]),
      0n,
    );
    if (sum !== tenThousandthsOfText(hypothesis.total[key])) {
      throw new ReconciliationError(
        `${name} ${key}: the panel rows add up to ${Number(sum) / SCALE}, the total is ${hypothesis.total[key]}`,
      );
    }
  }
  const cells = new Set(hypothesis.panel.map((row) => `${row.unit}\u0000${row.period}`));
  if (cells.size !== hypothesis.panel.length) {
    throw new ReconciliationError(`${name}: a unit appears twice in one period of the panel`);
  }
}

const correlationCells = (c: HypothesisCorrelation | null, withP: boolean): CellInput[] =>
  c
    ? [c.estimate, c.lower, c.upper, ...(withP ? [c.pValue] : [])]
    : [null, null, null, ...(withP ? [null] : [])];

export function writeHypothesisSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  data: AccountabilityReportData,
  hypothesis: HypothesisTable,
  heading: TitleBlock,
) {
  const words = hypothesisLabelsFor(data.language);
  checkPanel(words.sheet, hypothesis);
  const inLanguage = (text: { nl: string; en: string }) =>
    data.language === "EN" ? text.en : text.nl;
  const sheet = workbook.addWorksheet(words.sheet, sheetOptions(1));
  const ci = (what: string) => [
    { header: `${what}: ${words.lower}`, width: 11, format: ESTIMATE_FORMAT },
    { header: `${what}: ${words.upper}`, width: 11, format: ESTIMATE_FORMAT },
  ];
  const table = new TableWriter(
    sheet,
    [
      { header: words.lag[hypothesis.granularity], width: 24, format: COUNT_FORMAT },
      { header: words.observations, width: 13, format: COUNT_FORMAT },
      { header: words.unitCount[hypothesis.unit], width: 13, format: COUNT_FORMAT },
      { header: words.periods, width: 13, format: COUNT_FORMAT },
      { header: words.pearson, width: 10, format: ESTIMATE_FORMAT },
      ...ci(words.pearson),
      { header: `${words.pearson}: ${words.pValue}`, width: 10, format: P_FORMAT },
      { header: words.spearman, width: 10, format: ESTIMATE_FORMAT },
      ...ci(words.spearman),
      { header: words.slope, width: 12, format: SLOPE_FORMAT },
      { header: words.standardError, width: 12, format: SLOPE_FORMAT },
      { header: `${words.slope}: ${words.lower}`, width: 12, format: SLOPE_FORMAT },
      { header: `${words.slope}: ${words.upper}`, width: 12, format: SLOPE_FORMAT },
      { header: `${words.slope}: ${words.pValue}`, width: 10, format: P_FORMAT },
      { header: words.df, width: 10, format: COUNT_FORMAT },
      { header: words.refusal, width: 36 },
      { header: words.sentence, width: 90 },
    ],
    heading,
    // The filter belongs on the panel below, not on the few rows of estimates.
    { autoFilter: false },
  );
  const lagLine = (lag: HypothesisLagRow): CellInput[] => {
    const slope = lag.withinUnit;
    return [
      lag.lag,
      lag.observations,
      lag.units,
      lag.periods,
      ...correlationCells(lag.pearson, true),
      ...correlationCells(lag.spearman, false),
      ...(slope
        ? [slope.slope, slope.standardError, slope.lower, slope.upper, slope.pValue, slope.df]
        : [null, null, null, null, null, null]),
      lag.refusal ? inLanguage(lag.refusal) : null,
      inLanguage(lag.sentence),
    ];
  };
  for (const lag of hypothesis.lags) table.row(lagLine(lag));

  table.skip();
  table.row([
    words.setup(
      hypothesis.model,
      hypothesis.effortQuadrants.join(", "),
      hypothesis.demandQuadrants.join(", "),
    ),
  ]);
  for (const line of words.note) table.row([line]);

  table.skip();
  table.row([words.panel]);
  const panelHeader = table.next;
  const headers = [
    words.unit[hypothesis.unit],
    words.period[hypothesis.granularity],
    words.effort,
    words.demand,
  ];
  writeHeaderRow(sheet, panelHeader, headers, [24, 13, 13, 13]);
  table.skip();
  const first = table.next;
  const periodFormat = hypothesis.granularity === "MONTH" ? monthFormat(data.language) : undefined;
  const formats = [undefined, periodFormat, PANEL_FORMAT, PANEL_FORMAT];
  for (const row of hypothesis.panel) {
    const period = hypothesis.granularity === "MONTH" ? dateCell(row.period) : row.period;
    table.row([row.unit, period, row.effort, row.demand], { formats });
  }
  const last = table.next - 1;
  const sum = (letter: string, result: string): CellInput =>
    last < first
      ? { formula: "0", result: 0 }
      : { formula: `ROUND(SUM(${letter}${first}:${letter}${last}),4)`, result: Number(result) };
  table.total(
    [words.total, null, sum("C", hypothesis.total.effort), sum("D", hypothesis.total.demand)],
    { formats },
  );
  sheet.autoFilter = {
    from: { row: panelHeader, column: 1 },
    to: { row: Math.max(panelHeader, last), column: headers.length },
  };
  table.commit();
}
