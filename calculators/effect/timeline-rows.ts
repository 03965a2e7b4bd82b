import type { DiscountWeights } from "./discounting";
import type { Flows } from "./engine";
import { divideRoundedNonNegative } from "./integers";
import { formatCents } from "./rounding";
import { baseYearOf, calendarMonthOf, monthLabel, type YearMonth } from "./timeline";
import type { TimelineRow } from "./types";

/**
 * The monthly timeline of one case, nominal and discounted, rounded cumulatively (see
 * `rounding.ts`): each month's cumulative costs and returns are rounded to cents and a month's
 * row is the difference of consecutive rounded cumulatives. So the rows add up to the rounded
 * totals (nominal costs and returns, investment, present value) to the cent, and the cumulative
 * columns are the running sums of the rows.
 */
/** Month labels per (base month, horizon): many cases share them. Cleared when it grows large. */
const labelCache = new Map<string, readonly string[]>();

function monthLabels(base: YearMonth, horizon: number): readonly string[] {
  const key = `${base.year}-${base.month}-${horizon}`;
  let labels = labelCache.get(key);
  if (labels === undefined) {
    if (labelCache.size >= 256) labelCache.clear();
    labels = Array.from({ length: horizon + 1 }, (_, month) =>
      month === 0 ? "" : monthLabel(calendarMonthOf(month, base)),
    );
    labelCache.set(key, labels);
  }
  return labels;
}

export function buildTimeline(
  flows: Flows,
  discount: DiscountWeights,
  base: YearMonth,
): TimelineRow[] {
  const unitsPerCent = flows.unitsPerCent;
  const centsDenominator = discount.denominator * unitsPerCent;
  const twiceUnitsPerCent = 2n * unitsPerCent;
  const twiceCentsDenominator = 2n * centsDenominator;
  // cumulative costs and returns are never negative: round half up without a remainder
  const nominal = (units: bigint) =>
    divideRoundedNonNegative(units, unitsPerCent, twiceUnitsPerCent);
  const discounted = (units: bigint) =>
    divideRoundedNonNegative(units, centsDenominator, twiceCentsDenominator);
  const labels = monthLabels(base, flows.horizonMonths);
  const rows: TimelineRow[] = [];
  let costUnits = 0n;
  let returnUnits = 0n;
  let discountedCostUnits = 0n;
  let discountedReturnUnits = 0n;
  let costs = 0n;
  let returns = 0n;
  let discountedCosts = 0n;
  let discountedReturns = 0n;
  for (let month = 1; month <= flows.horizonMonths; month += 1) {
    const baseYear = baseYearOf(month);
    const weight = discount.weights[baseYear];
    let c = costs;
    let dc = discountedCosts;
    if (flows.costs[month] !== 0n) {
      costUnits += flows.costs[month];
      discountedCostUnits += flows.costs[month] * weight;
      c = nominal(costUnits);
      dc = discounted(discountedCostUnits);
    }
    let r = returns;
    let dr = discountedReturns;
    if (flows.returns[month] !== 0n) {
      returnUnits += flows.returns[month];
      discountedReturnUnits += flows.returns[month] * weight;
      r = nominal(returnUnits);
      dr = discounted(discountedReturnUnits);
    }
    rows.push({
      month,
      baseYear,
      period: labels[month],
      costs: formatCents(c - costs),
      returns: formatCents(r - returns),
      net: formatCents(r - returns - (c - costs)),
      cumulative: formatCents(r - c),
      discountedCosts: formatCents(dc - discountedCosts),
      discountedReturns: formatCents(dr - discountedReturns),
      discountedNet: formatCents(dr - discountedReturns - (dc - discountedCosts)),
      discountedCumulative: formatCents(dr - dc),
    });
    costs = c;
    returns = r;
    discountedCosts = dc;
    discountedReturns = dr;
  }
  return rows;
}
