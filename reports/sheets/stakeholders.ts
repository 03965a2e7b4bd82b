import type ExcelJS from "exceljs";
import { MONEY_FORMAT, cents, centsToEuros, columnLetter, euros } from "../cell-formats";
import type { Labels } from "../labels";
import type { AccountabilityReportData } from "../report-data";
import { ReconciliationError, checkedSum, difference, moneySum } from "../sums";
import {
  FIRST_DATA_ROW,
  TableWriter,
  sheetOptions,
  type CellInput,
  type TitleBlock,
} from "../table";

/**
 * Wie betaalt, wie baat: the balance per stakeholder (pays = its share of the PV of the costs,
 * gains = its share of the PV of the returns), then the payer × beneficiary matrix with row and
 * column totals — the wrong-pocket problem at a glance. Totals are formulas; the grand totals
 * equal the cockpit's PV of costs and returns.
 */
export function writeStakeholderSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  data: AccountabilityReportData,
  labels: Labels,
  heading: TitleBlock,
) {
  const sheet = workbook.addWorksheet(labels.sheetStakeholders, sheetOptions(2));
  const names = new Map(data.stakeholders.map((s) => [s.code, s.name]));
  const beneficiaries = [...new Set(data.matrix.map((cell) => cell.beneficiary))].sort();
  const payers = [...new Set(data.matrix.map((cell) => cell.payer))].sort((a, b) =>
    (a ?? "").localeCompare(b ?? ""),
  );
  const width = Math.max(5, beneficiaries.length + 3);
  const columns = [
    { header: labels.stakeholderCode, width: 22 },
    { header: labels.stakeholder, width: 30 },
    { header: labels.pays, width: 17, format: MONEY_FORMAT },
    { header: labels.gains, width: 17, format: MONEY_FORMAT },
    { header: labels.net, width: 17, format: MONEY_FORMAT },
  ];
  while (columns.length < width) columns.push({ header: "", width: 17, format: MONEY_FORMAT });
  const table = new TableWriter(sheet, columns, heading);

  for (const row of data.stakeholders) {
    const n = table.next;
    table.row([
      row.code,
      row.name,
      euros(row.pays),
      euros(row.gains),
      difference("D", "C", n, row.net),
    ]);
  }
  const last = table.lastDataRow();
  checkedSum(
    `${labels.sheetStakeholders} pays`,
    data.stakeholders.map((s) => s.pays),
    data.total.investment,
  );
  checkedSum(
    `${labels.sheetStakeholders} gains`,
    data.stakeholders.map((s) => s.gains),
    data.total.presentValue,
  );
  const at = table.totalAt();
  table.total([
    labels.total,
    null,
    moneySum(3, FIRST_DATA_ROW, last, euros(data.total.investment)),
    moneySum(4, FIRST_DATA_ROW, last, euros(data.total.presentValue)),
    difference("D", "C", at, data.total.npv),
  ]);

  // The matrix: payers down, beneficiaries across, values in columns C onwards.
  table.skip(2);
  table.total([labels.matrixTitle]);
  const beneficiaryNames = beneficiaries.map((code) => names.get(code) ?? code);
  table.total([labels.payerBeneficiary, null, ...beneficiaryNames, labels.total]);
  const value = new Map(
    data.matrix.map((c) => [`${c.payer ?? ""}\u0000${c.beneficiary}`, c.value]),
  );
  const firstMatrixRow = table.next;
  const columnSums = beneficiaries.map(() => 0n);
  let grand = 0n;
  for (const payer of payers) {
    const n = table.next;
    let rowSum = 0n;
    const cells: CellInput[] = [
      payer ?? labels.noPayer,
      payer ? (names.get(payer) ?? payer) : null,
    ];
    beneficiaries.forEach((beneficiary, index) => {
      const amount = cents(value.get(`${payer ?? ""}\u0000${beneficiary}`) ?? "0.00");
      rowSum += amount;
      columnSums[index] += amount;
      cells.push(centsToEuros(amount));
    });
    grand += rowSum;
    const lastColumn = columnLetter(2 + beneficiaries.length);
    cells.push({ formula: `ROUND(SUM(C${n}:${lastColumn}${n}),2)`, result: centsToEuros(rowSum) });
    table.row(cells);
  }
  const lastMatrixRow = table.next - 1;
  if (grand !== cents(data.total.presentValue)) {
    throw new ReconciliationError(
      `${labels.sheetStakeholders}: the matrix does not add up to the PV of the returns`,
    );
  }
  const totals: CellInput[] = [labels.total, null];
  [...columnSums, grand].forEach((sum, index) =>
    totals.push(moneySum(3 + index, firstMatrixRow, lastMatrixRow, centsToEuros(sum))),
  );
  table.total(totals);
  table.commit(5);
}
