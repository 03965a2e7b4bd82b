import { normalQuantile, studentTTwoSidedP } from "./distributions";
import { centredMoments } from "./moments";
import { averageRanks } from "./ranks";

/** Unrounded correlation with its 95 % interval and p-value. */
export interface Correlation {
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  readonly pValue: number;
  readonly n: number;
}

const CONFIDENCE = 0.95;

/** Pearson's r; null when either variable is constant (r is then undefined). */
function pearsonR(xs: readonly number[], ys: readonly number[]): number | null {
  const { sxx, syy, sxy } = centredMoments(xs, ys);
  if (sxx === 0 || syy === 0) return null;
  // Rounding can push |r| a hair past 1.
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/**
 * Fisher's z interval: tanh(atanh(r) ± z₀.₉₇₅ · se). With n ≤ 3 (se infinite) or |r| = 1 the
 * transform gives nothing usable, so the interval is [−1, 1] or the point itself.
 */
function fisherInterval(r: number, se: number): { lower: number; upper: number } {
  if (!Number.isFinite(se)) return { lower: -1, upper: 1 };
  if (Math.abs(r) === 1) return { lower: r, upper: r };
  const z = Math.atanh(r);
  const half = normalQuantile(1 - (1 - CONFIDENCE) / 2) * se;
  return { lower: Math.tanh(z - half), upper: Math.tanh(z + half) };
}

/** Two-sided p of H0: ρ = 0 from t = r·√((n−2)/(1−r²)) on n − 2 df (as R's cor.test). */
function correlationP(r: number, n: number): number {
  if (Math.abs(r) === 1) return 0;
  return studentTTwoSidedP(r * Math.sqrt((n - 2) / (1 - r * r)), n - 2);
}

function requirePairs(xs: readonly number[], ys: readonly number[]): void {
  if (xs.length !== ys.length) throw new RangeError("xs and ys must have the same length");
  if (xs.length < 3) throw new RangeError("a correlation test needs at least 3 pairs");
}

/**
 * Pearson's r with the Fisher z interval (standard error 1/√(n−3)) and the t-test p-value.
 * null when either variable is constant.
 */
export function pearson(xs: readonly number[], ys: readonly number[]): Correlation | null {
  requirePairs(xs, ys);
  const r = pearsonR(xs, ys);
  if (r === null) return null;
  const n = xs.length;
  const se = n > 3 ? 1 / Math.sqrt(n - 3) : Number.POSITIVE_INFINITY;
  return { estimate: r, ...fisherInterval(r, se), pValue: correlationP(r, n), n };
}

/**
 * Spearman's rho: Pearson's r of the average ranks (ties share their mean rank).
 * Interval: Fisher z with the Bonett–Wright (2000) standard error √((1 + rho²/2)/(n−3)), which
 * keeps closer to 95 % coverage for rho than Pearson's 1/√(n−3) (it is wider, more so as |rho|
 * grows). p-value: the t approximation on n − 2 df, as R's cor.test(exact = FALSE) gives it
 * (an exact permutation p is not defined simply when there are ties).
 * null when either variable is constant.
 */
export function spearman(xs: readonly number[], ys: readonly number[]): Correlation | null {
  requirePairs(xs, ys);
  const rho = pearsonR(averageRanks(xs), averageRanks(ys));
  if (rho === null) return null;
  const n = xs.length;
  const se = n > 3 ? Math.sqrt((1 + (rho * rho) / 2) / (n - 3)) : Number.POSITIVE_INFINITY;
  return { estimate: rho, ...fisherInterval(rho, se), pValue: correlationP(rho, n), n };
}
