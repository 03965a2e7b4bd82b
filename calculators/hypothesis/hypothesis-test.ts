import { pearson, spearman, type Correlation } from "./correlation";
import { HypothesisInputError } from "./errors";
import { withinRegression } from "./fixed-effects";
import { DEFAULT_LABELS } from "./labels";
import { roundSignificant } from "./numbers";
import { indexPanel } from "./panel";
import { lagPairs, pairsWithinInformation, type LaggedPair } from "./pairs";
import { refusalOf } from "./refusal";
import { findingSentence, refusalSentence } from "./sentence";
import type {
  CorrelationEstimate,
  Granularity,
  HypothesisLabels,
  HypothesisOptions,
  HypothesisResult,
  LaggedPoint,
  LagResult,
  PanelObservation,
} from "./types";

export const DEFAULT_LAGS: readonly number[] = [0, 3, 6];
export const DEFAULT_MIN_UNITS = 3;
export const DEFAULT_MIN_PERIODS = 4;

function checkedLags(lags: readonly number[]): readonly number[] {
  if (lags.length === 0) throw new HypothesisInputError("lags", "must hold at least one lag");
  lags.forEach((lag, i) => {
    if (!Number.isInteger(lag) || lag < 0) {
      throw new HypothesisInputError(`lags[${i}]`, "must be a whole number of periods ≥ 0");
    }
    if (lags.indexOf(lag) !== i) throw new HypothesisInputError(`lags[${i}]`, `lag ${lag} twice`);
  });
  return lags;
}

function checkedMinimum(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new HypothesisInputError(field, "must be a whole number ≥ 1");
  }
  return value;
}

function rounded(correlation: Correlation | null): CorrelationEstimate | null {
  if (correlation === null) return null;
  return {
    estimate: roundSignificant(correlation.estimate),
    lower: roundSignificant(correlation.lower),
    upper: roundSignificant(correlation.upper),
    pValue: roundSignificant(correlation.pValue),
    n: correlation.n,
  };
}

function pointsOf(pairs: readonly LaggedPair[], used: ReadonlySet<LaggedPair>): LaggedPoint[] {
  return pairs.map((pair) => ({
    unit: pair.unit,
    period: pair.demandCell.period,
    effortPeriod: pair.effortCell.period,
    effort: pair.effort,
    demand: pair.demand,
    inEstimate: used.has(pair),
  }));
}

interface LagContext {
  readonly granularity: Granularity | null;
  readonly labels: HypothesisLabels;
  readonly minUnits: number;
  readonly minPeriods: number;
}

/** A lag's result before its sentence, which needs to know how many lags have an estimate. */
type LagEstimate = Omit<LagResult, "sentence">;

function estimateLag(pairs: readonly LaggedPair[], lag: number, context: LagContext): LagEstimate {
  const used = pairsWithinInformation(pairs);
  const nUnits = new Set(used.map((pair) => pair.unit)).size;
  const size = {
    nObservations: used.length,
    nUnits,
    nPeriods: new Set(used.map((pair) => pair.t)).size,
    singletonUnits: new Set(pairs.map((pair) => pair.unit)).size - nUnits,
    minUnits: context.minUnits,
    minPeriods: context.minPeriods,
  };
  const base = {
    lag,
    nObservations: size.nObservations,
    nUnits: size.nUnits,
    nPeriods: size.nPeriods,
    points: pointsOf(pairs, new Set(used)),
  };
  const refusal = refusalOf(size, used, context.granularity, context.labels);
  if (refusal !== null) {
    return {
      ...base,
      pearson: null,
      spearman: null,
      fixedEffects: null,
      refused: refusal,
    };
  }
  const within = withinRegression(
    used.map((pair) => ({ unit: pair.unit, x: pair.effort, y: pair.demand })),
  );
  // refusalOf has refused every sample withinRegression declines (df ≤ 0, no variation of
  // effort); only differences so small that their squares underflow (< 1e-154) could get here.
  if (within === null) throw new RangeError("effort varies too little for a regression");
  const xs = used.map((pair) => pair.effort);
  const ys = used.map((pair) => pair.demand);
  const fixedEffects = {
    slope: roundSignificant(within.slope),
    standardError: roundSignificant(within.standardError),
    t: within.t === null ? null : roundSignificant(within.t),
    df: within.df,
    pValue: roundSignificant(within.pValue),
    lower: roundSignificant(within.lower),
    upper: roundSignificant(within.upper),
    residualVariance: roundSignificant(within.residualVariance),
    nObservations: within.nObservations,
    nUnits: within.nUnits,
    nPeriods: size.nPeriods,
  };
  return {
    ...base,
    pearson: rounded(pearson(xs, ys)),
    spearman: rounded(spearman(xs, ys)),
    fixedEffects,
    refused: null,
  };
}

function withSentence(estimate: LagEstimate, context: LagContext, lagsTested: number): LagResult {
  const input = {
    lag: estimate.lag,
    // An empty panel has no granularity; its refusal speaks of months.
    granularity: context.granularity ?? "MONTH",
    labels: context.labels,
    lagsTested,
  };
  const sentence =
    estimate.fixedEffects !== null
      ? findingSentence(input, estimate.fixedEffects)
      : refusalSentence(input, estimate.refused!);
  return { ...estimate, sentence };
}

/**
 * The network-quadrant hypothesis test (issue 14, part 1): does more effort in the
 * collective/informal quadrants go with less demand in the individual/formal ones, some
 * periods later? For each lag: the pairs (demand at t, effort at t − lag, same unit, no bridging
 * of gaps), Pearson and Spearman correlations with 95 % intervals, the within-unit
 * (fixed-effects) slope with standard error, t, p and 95 % interval, the points for a plot,
 * and a Dutch and English sentence — or a refusal with its reason when the panel is too small.
 * Pure: plain data in, plain data out.
 * @throws HypothesisInputError for malformed input (see `indexPanel`, lags, minimums).
 */
export function testQuadrantHypothesis(
  panel: readonly PanelObservation[],
  options: HypothesisOptions = {},
): HypothesisResult {
  const lags = checkedLags(options.lags ?? DEFAULT_LAGS);
  const context: LagContext = {
    granularity: null,
    labels: { ...DEFAULT_LABELS, ...options.labels },
    minUnits: checkedMinimum(options.minUnits ?? DEFAULT_MIN_UNITS, "minUnits"),
    minPeriods: checkedMinimum(options.minPeriods ?? DEFAULT_MIN_PERIODS, "minPeriods"),
  };
  const indexed = indexPanel(panel);
  const withGranularity = { ...context, granularity: indexed.granularity };
  const estimates = lags.map((lag) => estimateLag(lagPairs(indexed, lag), lag, withGranularity));
  // The caveat on chance counts the lags that were really tested, not the refused ones.
  const lagsTested = estimates.filter((estimate) => estimate.fixedEffects !== null).length;
  return {
    granularity: indexed.granularity,
    confidenceLevel: 0.95,
    lags: estimates.map((estimate) => withSentence(estimate, withGranularity, lagsTested)),
  };
}
