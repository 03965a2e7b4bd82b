import type { DiscountWeights } from "./discounting";
import type { Flows } from "./engine";
import { divideRounded } from "./integers";
import { baseYearOf } from "./timeline";
import { centsOf } from "./rounding";
import type { PeriodRow } from "./types";

/**
 * Payback month (rule 5): the first month at whose end the cumulative balance (returns − costs)
 * is ≥ 0, searched from the first month in which any cost has been incurred (before that the
 * balance is trivially ≥ 0 and nothing has been paid back). Null when the case has no costs or
 * the balance stays negative to the end of the horizon.
 *
 * It is read from the displayed, rounded cumulatives of the timeline (see `timeline-rows.ts`),
 * so anyone can find it again in the exported timeline: the first month whose rounded cumulative
 * costs are above zero and whose cumulative balance is ≥ 0. Nominal with `discount` null,
 * discounted otherwise.
 */
export function paybackMonth(flows: Flows, discount: DiscountWeights | null): number | null {
  const denominator = flows.unitsPerCent * (discount === null ? 1n : discount.denominator);
  let costs = 0n;
  let returns = 0n;
  for (let month = 1; month <= flows.horizonMonths; month += 1) {
    if (discount === null) {
      costs += flows.costs[month];
      returns += flows.returns[month];
    } else {
      const weight = discount.weights[baseYearOf(month)];
      costs += flows.costs[month] * weight;
      returns += flows.returns[month] * weight;
    }
    // Rounded cumulative costs are 0 while below half a cent.
    if (2n * costs < denominator) continue;
    // Rounding keeps order (returns ≥ costs ⇒ rounded returns ≥ rounded costs), and a gap of a
    // whole cent or more survives it; only a smaller gap needs the rounded values themselves.
    if (returns >= costs) return month;
    if (costs - returns >= denominator) continue;
    if (divideRounded(returns, denominator) >= divideRounded(costs, denominator)) return month;
  }
  return null;
}

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
