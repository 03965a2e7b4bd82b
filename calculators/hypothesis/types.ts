/** Plain data in and out of the quadrant hypothesis test. */

/** Calendar months ("2025-03") or quarters ("2025-Q1"); one panel uses one of them. */
export type Granularity = "MONTH" | "QUARTER";

/**
 * One cell of the panel: one unit (district or team) in one period.
 * `effort`: hours or provision units placed in the collective/informal quadrants (III, IV);
 * `demand`: new cases, or hours, in the individual/formal quadrants (I, II).
 */
export interface PanelObservation {
  readonly unit: string;
  /** "2025-03" (month) or "2025-Q1" (quarter). */
  readonly period: string;
  readonly effort: number;
  readonly demand: number;
}

/** A text in both languages of the platform. */
export interface Bilingual {
  readonly nl: string;
  readonly en: string;
}

/** A noun in both languages, singular and plural ("wijk"/"wijken", "district"/"districts"). */
export interface BilingualNoun {
  readonly nl: { readonly one: string; readonly other: string };
  readonly en: { readonly one: string; readonly other: string };
}

/** The words the sentences use for effort, demand and the unit of the panel. */
export interface HypothesisLabels {
  /** One unit of effort, after "per extra": { nl: "uur collectief werk", en: "hour of collective work" }. */
  readonly effort: Bilingual;
  /** What demand is counted in, plural: { nl: "nieuwe casussen", en: "new cases" }. */
  readonly demand: Bilingual;
  /** The unit of the panel. */
  readonly unit: BilingualNoun;
}

export interface HypothesisOptions {
  /** Lags in periods of the panel's granularity, distinct integers ≥ 0; default [0, 3, 6]. */
  readonly lags?: readonly number[];
  /** Fewest units (with at least two pairs) for an estimate; default 3. */
  readonly minUnits?: number;
  /** Fewest distinct periods with pairs for an estimate; default 4. */
  readonly minPeriods?: number;
  /** Words for the sentences; defaults are generic (districts, units of effort and demand). */
  readonly labels?: Partial<HypothesisLabels>;
}

/** A pair for the plot: demand of `unit` in `period` (t) and its effort in `effortPeriod` (t − lag). */
export interface LaggedPoint {
  readonly unit: string;
  /** The period of the demand, t. */
  readonly period: string;
  /** The period of the effort, t − lag. */
  readonly effortPeriod: string;
  readonly effort: number;
  readonly demand: number;
  /**
   * false for the single pair of a unit that has only one: it carries no within-unit
   * information, so it is left out of every estimate (see README, "Singletons").
   */
  readonly inEstimate: boolean;
}

/** A correlation with its 95 % confidence interval (Fisher z) and two-sided p-value. */
export interface CorrelationEstimate {
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  readonly pValue: number;
  /** Number of pairs it rests on. */
  readonly n: number;
}

/** The within-unit (fixed-effects) slope of demand on lagged effort. */
export interface FixedEffectsEstimate {
  /** Change in demand per extra unit of effort, within a unit. */
  readonly slope: number;
  readonly standardError: number;
  /** slope ÷ standard error; null when the fit is perfect (standard error 0). */
  readonly t: number | null;
  /** Residual degrees of freedom: observations − units − 1. */
  readonly df: number;
  readonly pValue: number;
  readonly lower: number;
  readonly upper: number;
  /** Residual variance, sum of squared residuals ÷ df. */
  readonly residualVariance: number;
  readonly nObservations: number;
  readonly nUnits: number;
  readonly nPeriods: number;
}

export type RefusalCode =
  | "TOO_FEW_UNITS"
  | "TOO_FEW_PERIODS"
  | "NO_DEGREES_OF_FREEDOM"
  | "NO_EFFORT_VARIATION"
  | "NO_DEMAND_VARIATION";

/** Why a lag has no estimate. */
export interface Refusal {
  readonly code: RefusalCode;
  readonly reason: Bilingual;
}

/** Everything about one lag. Estimates are all null exactly when `refused` is set. */
export interface LagResult {
  readonly lag: number;
  /** Pairs, units (with at least two pairs) and distinct demand periods in the estimate. */
  readonly nObservations: number;
  readonly nUnits: number;
  readonly nPeriods: number;
  /** Every pair, ordered by unit and period, including pairs left out of the estimate. */
  readonly points: readonly LaggedPoint[];
  readonly pearson: CorrelationEstimate | null;
  readonly spearman: CorrelationEstimate | null;
  readonly fixedEffects: FixedEffectsEstimate | null;
  readonly refused: Refusal | null;
  /** The finding in plain words, with its caveats; a refusal says why instead. */
  readonly sentence: Bilingual;
}

export interface HypothesisResult {
  /** null for an empty panel. */
  readonly granularity: Granularity | null;
  /** Every interval is a 95 % interval. */
  readonly confidenceLevel: 0.95;
  /** One result per requested lag, in the order asked. */
  readonly lags: readonly LagResult[];
}
