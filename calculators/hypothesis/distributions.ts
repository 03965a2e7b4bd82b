import { ibeta, normal, studentt } from "jstat";

/**
 * The distributions the hypothesis test needs, from jstat (one place, so the library could be
 * swapped without touching the statistics).
 */

/** The p-quantile of the standard normal distribution (0.975 → 1.959964). */
export function normalQuantile(p: number): number {
  return normal.inv(p, 0, 1);
}

/** The p-quantile of Student's t with `df` degrees of freedom (0.975, 8 → 2.306004). */
export function studentTQuantile(p: number, df: number): number {
  return studentt.inv(p, df);
}

/**
 * Two-sided p-value P(|T| ≥ |t|) for Student's t with `df` degrees of freedom.
 * Computed as I_{df/(df+t²)}(df/2, 1/2), which is 2·cdf(−|t|) written without the cancellation
 * jstat's `studentt.cdf` suffers for large |t|, and which gives 0 for t = ±∞ instead of NaN.
 */
export function studentTTwoSidedP(t: number, df: number): number {
  if (Number.isNaN(t)) return Number.NaN;
  const x = df / (df + t * t);
  return Math.min(1, ibeta(x, df / 2, 0.5));
}
