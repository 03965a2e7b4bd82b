import type ExcelJS from "exceljs";
import {
  COUNT_FORMAT,
  MONEY_FORMAT,
  cents,
  centsToEuros,
  dateCell,
  euros,
  monthFormat,
  ratioFormat,
} from "../cell-formats";
import type { Labels } from "../labels";
import type { AccountabilityReportData, CaseRowSource, MoneyFigures } from "../report-data";
import { ReconciliationError, SheetLimitError, difference, moneySum } from "../sums";
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
 * Casussen: one row per case (pseudonymous reference only) with its figures, its group in the
 * report's grouping and, when that is not per arrangement, its arrangement too; the total row
 * sums them and equals the cockpit's total. Streamed: rows are committed as they come.
 */
const MONEY: [keyof MoneyFigures, number][] = [
  ["nominalCosts", 5],
  ["nominalReturns", 6],
  ["investment", 8],
  ["presentValue", 9],
];

export async function writeCasesSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  data: AccountabilityReportData,
  cases: CaseRowSource,
  labels: Labels,
  heading: TitleBlock,
  options: { onRow?: () => void; perSheet?: number } = {},
) {
  const perSheet = options.perSheet ?? MAX_DATA_ROWS;
  if (data.total.cases > perSheet) {
    throw new SheetLimitError(
      `the report has ${data.total.cases} cases, more than one sheet holds (${perSheet}): narrow the filter (team, district, arrangement or a shorter period)`,
    );
  }
  const sheet = workbook.addWorksheet(labels.sheetCases, sheetOptions(1, { print: false }));
  const withArrangement = data.groupBy !== "ARRANGEMENT";
  const table = new TableWriter(
    sheet,
    [
      { header: labels.reference, width: 18 },
      { header: labels.team, width: 26 },
      { header: labels.district, width: 18 },
      { header: `${labels.group} (${labels[`groupBy${data.groupBy}`]})`, width: 28 },
      { header: labels.nominalCosts, width: 16, format: MONEY_FORMAT },
      { header: labels.nominalReturns, width: 16, format: MONEY_FORMAT },
      { header: labels.nominalNet, width: 16, format: MONEY_FORMAT },
      { header: labels.investment, width: 16, format: MONEY_FORMAT },
      { header: labels.presentValue, width: 16, format: MONEY_FORMAT },
      { header: labels.npv, width: 16, format: MONEY_FORMAT },
      { header: labels.sroiRatio, width: 10, format: ratioFormat(data.settings.ratioDecimals) },
      { header: labels.paybackMonth, width: 18, format: monthFormat(data.language) },
      ...(withArrangement ? [{ header: labels.arrangement, width: 28 }] : []),
    ],
    heading,
  );
  const sums = new Map<keyof MoneyFigures, bigint>(MONEY.map(([key]) => [key, 0n]));
  let count = 0;
  let yielded = table.next;
  for await (const row of cases()) {
    const n = table.next;
    for (const [key] of MONEY) sums.set(key, sums.get(key)! + cents(row[key]));
    count += 1;
    table.row([
      row.reference,
      row.team,
      row.district,
      row.group,
      euros(row.nominalCosts),
      euros(row.nominalReturns),
      difference("F", "E", n, row.nominalNet),
      euros(row.investment),
      euros(row.presentValue),
      difference("I", "H", n, row.npv),
      row.sroiRatio === null ? null : Number(row.sroiRatio),
      row.paybackPeriod === null ? null : dateCell(row.paybackPeriod),
      ...(withArrangement ? [row.arrangement] : []),
    ]);
    options.onRow?.();
    if (table.next - yielded >= ROWS_BETWEEN_YIELDS) {
      yielded = table.next;
      await yieldToIo(sheet);
    }
  }
  // The case rows are the API's rows: they must add up to the API's total.
  for (const [key] of MONEY) {
    if (sums.get(key) !== cents(data.total[key])) {
      throw new ReconciliationError(
        `${labels.sheetCases} ${key}: the cases add up to ${sums.get(key)} cents, the total is ${data.total[key]}`,
      );
    }
  }
  if (count !== data.total.cases) {
    throw new ReconciliationError(
      `${labels.sheetCases}: ${count} cases, the total has ${data.total.cases}`,
    );
  }
  const last = table.lastDataRow();
  const at = table.totalAt();
  const counted: CellInput =
    last < FIRST_DATA_ROW
      ? { formula: "0", result: 0 }
      : { formula: `COUNTA(A${FIRST_DATA_ROW}:A${last})`, result: count };
  const cells: CellInput[] = [labels.total, counted, null, null];
  for (const [key, column] of MONEY) {
    cells[column - 1] = moneySum(column, FIRST_DATA_ROW, last, centsToEuros(sums.get(key)!));
  }
  cells[6] = difference("F", "E", at, data.total.nominalNet);
  cells[9] = difference("I", "H", at, data.total.npv);
  table.total(cells, { formats: [undefined, COUNT_FORMAT] });
  table.commit();
}
