import { cents, centsToEuros, columnLetter } from "./cell-formats";
import type { CellInput } from "./table";

/**
 * Total cells: live formulas over the rows above with the API's figure as cached result, after
 * checking, in whole cents, that the rows really add up to it (the calculator guarantees it;
 * a workbook whose total differs from its rows must never be written).
 */
export class ReconciliationError extends Error {}

/** The report does not fit a sheet (Excel's 1,048,576 rows); the message says what to narrow. */
export class SheetLimitError extends Error {}

export function checkedSum(what: string, rows: readonly string[], total: string): bigint {
  const sum = rows.reduce((acc, row) => acc + cents(row), 0n);
  if (sum !== cents(total)) {
    throw new ReconciliationError(
      `${what}: the rows add up to ${sum} cents, the total is ${total}`,
    );
  }
  return sum;
}

/** =ROUND(SUM(col first:last); 2) with its cached result; "0" when there are no rows. */
export function moneySum(column: number, first: number, last: number, result: number): CellInput {
  if (last < first) return { formula: "0", result: 0 };
  const letter = columnLetter(column);
  return { formula: `ROUND(SUM(${letter}${first}:${letter}${last}),2)`, result };
}

/** =SUM(…) of counts or hours, with its cached result. */
export function plainSum(column: number, first: number, last: number, result: number): CellInput {
  if (last < first) return { formula: "0", result: 0 };
  const letter = columnLetter(column);
  return { formula: `SUM(${letter}${first}:${letter}${last})`, result };
}

/** Difference of two cells in the same row (net = returns − costs), exact in cents. */
export function difference(plus: string, minus: string, row: number, result: string): CellInput {
  return {
    formula: `ROUND(${plus}${row}-${minus}${row},2)`,
    result: centsToEuros(cents(result)),
  };
}

/** Pooled ratio = returns ÷ costs, rounded like the API (half away from zero); empty without costs. */
export function ratioFormula(
  returns: string,
  costs: string,
  row: number,
  decimals: number,
  result: string | null,
): CellInput {
  return {
    formula: `IF(${costs}${row}=0,"",ROUND(${returns}${row}/${costs}${row},${decimals}))`,
    result: result === null ? "" : Number(result),
  };
}
