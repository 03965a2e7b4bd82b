import type { Decimal } from "decimal.js";
import { parseDecimal, plainText, type ExactDecimal } from "./decimal";
import { fixedText, pow10 } from "./fixed";
import { divideRounded, formatScaled } from "./integers";
import { roundHalfAwayFromZero } from "./rounding";

/**
 * Distribution of a set of values (rule 9: one case is a story, not evidence).
 *
 * Quartiles use linear interpolation between closest ranks, the method of Excel's QUARTILE.INC,
 * PERCENTILE.INC and MEDIAN (and R's type 7): for p = ¼, ½, ¾ and the n values sorted ascending
 * x₀ … xₙ₋₁, h = (n − 1)·p, and Q = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). The interpolation is exact;
 * with `decimals` given, every figure is then rounded half away from zero, which a spreadsheet
 * reproduces as =ROUND(QUARTILE.INC(range; 1); 2).
 */
export interface Distribution {
  readonly n: number;
  /** All null when n = 0. */
  readonly min: string | null;
  readonly q1: string | null;
  readonly median: string | null;
  readonly q3: string | null;
  readonly max: string | null;
}

function quartile(sorted: readonly ExactDecimal[], quarter: 1 | 2 | 3): ExactDecimal {
  const position = (sorted.length - 1) * quarter; // h × 4
  const index = Math.floor(position / 4);
  const fraction = position % 4; // (h − ⌊h⌋) × 4
  if (fraction === 0) return sorted[index];
  return sorted[index].plus(sorted[index + 1].minus(sorted[index]).times(fraction).dividedBy(4));
}

/**
 * n, min, Q1, median, Q3 and max of the values (decimal strings or numbers), as decimal text;
 * rounded to `decimals` decimals when given, exact otherwise.
 * @throws RangeError for a value that is not a finite decimal.
 */
export function distribution(
  values: readonly (string | number | Decimal)[],
  decimals?: number,
): Distribution {
  const parsed = values.map((value, index) => {
    const decimal = parseDecimal(value);
    if (decimal === null) {
      throw new RangeError(`values[${index}]: expected a finite decimal, got ${String(value)}`);
    }
    return decimal;
  });
  if (parsed.length === 0) {
    return { n: 0, min: null, q1: null, median: null, q3: null, max: null };
  }
  const sorted = parsed.sort((a, b) => a.comparedTo(b));
  const show = (value: ExactDecimal) =>
    decimals === undefined
      ? plainText(value)
      : roundHalfAwayFromZero(value, decimals).toFixed(decimals);
  return {
    n: sorted.length,
    min: show(sorted[0]),
    q1: show(quartile(sorted, 1)),
    median: show(quartile(sorted, 2)),
    q3: show(quartile(sorted, 3)),
    max: show(sorted[sorted.length - 1]),
  };
}

/**
 * The same distribution for values given as whole numbers of 10^-scale (cents: scale 2), in
 * integer arithmetic: the fast path of `aggregateResults`. Quartiles are interpolated exactly
 * (in quarters of a unit) and, with `decimals` ≤ scale given, rounded half away from zero to
 * that many decimals; otherwise given exactly.
 */
export function scaledDistribution(
  values: readonly bigint[],
  scale: number,
  decimals?: number,
): Distribution {
  if (values.length === 0) return { n: 0, min: null, q1: null, median: null, q3: null, max: null };
  if (decimals !== undefined && (decimals > scale || decimals < 0)) {
    throw new RangeError(`decimals must be from 0 to ${scale}, got ${decimals}`);
  }
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // Quarters of a unit: 4·x⌊h⌋ + 4(h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).
  const quarters = (quarter: number): bigint => {
    const position = (sorted.length - 1) * quarter;
    const index = Math.floor(position / 4);
    const fraction = position % 4;
    const low = sorted[index];
    return fraction === 0 ? 4n * low : 4n * low + BigInt(fraction) * (sorted[index + 1] - low);
  };
  const show = (valueInQuarters: bigint) =>
    decimals === undefined
      ? fixedText({ units: valueInQuarters * 25n, scale: scale + 2 })
      : formatScaled(divideRounded(valueInQuarters, 4n * pow10(scale - decimals)), decimals);
  return {
    n: sorted.length,
    min: show(4n * sorted[0]),
    q1: show(quarters(1)),
    median: show(quarters(2)),
    q3: show(quarters(3)),
    max: show(4n * sorted[sorted.length - 1]),
  };
}
