import { centsOf, type PeriodRow } from "../../calculators/effect/index";

/**
 * Payback month of a summed monthly timeline, by the calculator's rule read from the rows as
 * shown: the first month (1 = the first row) whose cumulative costs are above zero and whose
 * cumulative balance is ≥ 0. Null when nothing was spent or the balance stays negative.
 */
export function paybackFromRows(rows: readonly PeriodRow[], discounted: boolean): number | null {
  let costs = 0n;
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    costs += centsOf(discounted ? row.discountedCosts : row.costs);
    const cumulative = centsOf(discounted ? row.discountedCumulative : row.cumulative);
    if (costs > 0n && cumulative >= 0n) return index + 1;
  }
  return null;
}
