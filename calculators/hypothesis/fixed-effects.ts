import { studentTQuantile, studentTTwoSidedP } from "./distributions";
import { mean } from "./moments";

/** One observation of the regression: the unit it belongs to, regressor x and outcome y. */
export interface UnitObservation {
  readonly unit: string;
  readonly x: number;
  readonly y: number;
}

/** Unrounded within-unit estimate. */
export interface WithinEstimate {
  readonly slope: number;
  readonly standardError: number;
  /** null when the fit is perfect (standard error 0, t infinite). */
  readonly t: number | null;
  readonly df: number;
  readonly pValue: number;
  readonly lower: number;
  readonly upper: number;
  readonly residualVariance: number;
  readonly nObservations: number;
  readonly nUnits: number;
}

const CONFIDENCE = 0.95;

/** Each observation minus its unit's mean, for x and for y. */
function demeanPerUnit(observations: readonly UnitObservation[]): { x: number[]; y: number[] } {
  const byUnit = new Map<string, UnitObservation[]>();
  for (const observation of observations) {
    const list = byUnit.get(observation.unit);
    if (list) list.push(observation);
    else byUnit.set(observation.unit, [observation]);
  }
  const means = new Map<string, { x: number; y: number }>();
  for (const [unit, list] of byUnit) {
    means.set(unit, { x: mean(list.map((o) => o.x)), y: mean(list.map((o) => o.y)) });
  }
  return {
    x: observations.map((o) => o.x - means.get(o.unit)!.x),
    y: observations.map((o) => o.y - means.get(o.unit)!.y),
  };
}

/**
 * The within (fixed-effects) estimator of y on x: subtract each unit's means, then OLS through
 * the origin on the demeaned data. This is the slope of lm(y ~ x + factor(unit)); the unit
 * means use up one degree of freedom per unit, the slope one more, so df = n − units − 1
 * (plain OLS on the demeaned data would wrongly use n − 1). Standard errors assume independent
 * errors with one variance (no clustering, no serial correlation).
 * Returns null when x has no within-unit variation or df ≤ 0; the caller refuses those first.
 */
export function withinRegression(observations: readonly UnitObservation[]): WithinEstimate | null {
  const nObservations = observations.length;
  const nUnits = new Set(observations.map((o) => o.unit)).size;
  const df = nObservations - nUnits - 1;
  if (df <= 0) return null;
  const { x, y } = demeanPerUnit(observations);
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < nObservations; i += 1) {
    sxx += x[i] * x[i];
    sxy += x[i] * y[i];
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  let ssr = 0;
  for (let i = 0; i < nObservations; i += 1) {
    const residual = y[i] - slope * x[i];
    ssr += residual * residual;
  }
  const residualVariance = ssr / df;
  const standardError = Math.sqrt(residualVariance / sxx);
  const t = standardError === 0 ? null : slope / standardError;
  const half = studentTQuantile(1 - (1 - CONFIDENCE) / 2, df) * standardError;
  return {
    slope,
    standardError,
    t,
    df,
    pValue: t === null ? 0 : studentTTwoSidedP(t, df),
    lower: slope - half,
    upper: slope + half,
    residualVariance,
    nObservations,
    nUnits,
  };
}
