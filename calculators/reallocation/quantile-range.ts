import { Decimal } from "decimal.js";

/** The range is read at these quantiles of the replicates: a 95 % percentile interval. */
export const LOW_QUANTILE = "0.025";
export const HIGH_QUANTILE = "0.975";

/** Index of the q-quantile in n sorted values, nearest rank: the ⌈q·n⌉-th value. */
function nearestRank(n: number, quantile: string): number {
  return Math.max(0, Math.ceil(Number(quantile) * n) - 1);
}

/**
 * The 2.5 % and 97.5 % quantiles (nearest rank, so whole cents without interpolation) of a
 * figure over the replicates, widened to the point figure if it falls outside (it can, just,
 * with a very skewed distribution): low ≤ point ≤ high always holds.
 */
export function centsRange(
  point: bigint,
  replicates: readonly bigint[],
): { low: bigint; high: bigint } {
  const sorted = [...replicates].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const low = sorted[nearestRank(sorted.length, LOW_QUANTILE)];
  const high = sorted[nearestRank(sorted.length, HIGH_QUANTILE)];
  return { low: low < point ? low : point, high: high > point ? high : point };
}

/**
 * The same for the ratio socialReturn ÷ cost: replicates ordered by their ratio, the quantile
 * replicates' ratios computed exactly from their cents. Replicates without a positive cost have
 * no ratio and are left out; null when none has one.
 */
export function ratioRange(
  point: Decimal | null,
  cost: readonly bigint[],
  socialReturn: readonly bigint[],
): { low: Decimal | null; high: Decimal | null } {
  const withRatio: number[] = [];
  for (let i = 0; i < cost.length; i += 1) if (cost[i] > 0n) withRatio.push(i);
  if (point === null || withRatio.length === 0) return { low: null, high: null };
  const approximate = (i: number) => Number(socialReturn[i]) / Number(cost[i]);
  withRatio.sort((a, b) => approximate(a) - approximate(b));
  const exact = (i: number) =>
    new Decimal(socialReturn[i].toString()).dividedBy(cost[i].toString());
  const low = exact(withRatio[nearestRank(withRatio.length, LOW_QUANTILE)]);
  const high = exact(withRatio[nearestRank(withRatio.length, HIGH_QUANTILE)]);
  return { low: Decimal.min(low, point), high: Decimal.max(high, point) };
}
