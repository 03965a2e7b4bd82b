import type { DiscountWeights } from "./discounting";
import { isCost, type Flows } from "./engine";
import { divideRounded, formatFraction, type Fraction } from "./integers";
import type { RatioText } from "./types";

/**
 * Totals (rule 5), exactly, as numerators over one denominator:
 *   investment   = PV of explicit investments + PV of extra costs
 *   presentValue = PV of valued outcomes + PV of avoided costs
 *   NPV          = presentValue − investment
 *   SROI ratio   = presentValue ÷ investment      (null when the investment is 0)
 *   net SROI     = NPV ÷ investment               (null when the investment is 0)
 * The euro figures are each rounded once to cents and NPV is taken from the rounded figures, so
 * that presentValue − investment = npv holds in the output to the cent. The ratios are taken from
 * the exact values and rounded once to the ratio decimals.
 */

export interface PresentValues {
  /** A numerator ÷ centsDenominator is a value in cents. */
  readonly centsDenominator: bigint;
  readonly investment: bigint;
  readonly returns: bigint;
  /** The PV numerator of each of `flows.lines`, in the same order. */
  readonly lines: readonly bigint[];
}

/** Present values of all flows at the base date. */
export function presentValues(flows: Flows, discount: DiscountWeights): PresentValues {
  let investment = 0n;
  let returns = 0n;
  const lines = flows.lines.map((line) => {
    let value = 0n;
    for (let year = 1; year <= flows.years; year += 1) {
      value += line.yearSums[year] * discount.weights[year];
    }
    if (isCost(line.kind)) investment += value;
    else returns += value;
    return value;
  });
  return {
    centsDenominator: discount.denominator * flows.unitsPerCent,
    investment,
    returns,
    lines,
  };
}

/** Undiscounted totals over the horizon in cents: each the exact sum, rounded once. */
export function nominalTotals(flows: Flows): { costs: bigint; returns: bigint } {
  let costs = 0n;
  let returns = 0n;
  for (let month = 1; month <= flows.horizonMonths; month += 1) {
    costs += flows.costs[month];
    returns += flows.returns[month];
  }
  return {
    costs: divideRounded(costs, flows.unitsPerCent),
    returns: divideRounded(returns, flows.unitsPerCent),
  };
}

/** presentValue ÷ investment exactly; null when the investment is 0. */
export function sroiFraction(values: PresentValues): Fraction | null {
  return values.investment === 0n ? null : { num: values.returns, den: values.investment };
}

export interface Headline {
  readonly investment: bigint;
  readonly presentValue: bigint;
  readonly npv: bigint;
  readonly sroiRatio: RatioText | null;
  readonly netSroiRatio: RatioText | null;
}

/** The headline figures in cents and the ratios as text. */
export function headline(values: PresentValues, ratioDecimals: number): Headline {
  const investment = divideRounded(values.investment, values.centsDenominator);
  const presentValue = divideRounded(values.returns, values.centsDenominator);
  const ratio = sroiFraction(values);
  return {
    investment,
    presentValue,
    npv: presentValue - investment,
    sroiRatio: ratio === null ? null : formatFraction(ratio, ratioDecimals),
    netSroiRatio:
      ratio === null
        ? null
        : formatFraction({ num: ratio.num - ratio.den, den: ratio.den }, ratioDecimals),
  };
}
