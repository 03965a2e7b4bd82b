/** Sums of squares and cross-products about the means (two passes, for accuracy). */
export interface Moments {
  readonly n: number;
  readonly sxx: number;
  readonly syy: number;
  readonly sxy: number;
}

export function mean(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total / values.length;
}

export function centredMoments(xs: readonly number[], ys: readonly number[]): Moments {
  const mx = mean(xs);
  const my = mean(ys);
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < xs.length; i += 1) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  return { n: xs.length, sxx, syy, sxy };
}
