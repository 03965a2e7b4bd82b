import type { Euros } from "../effect/types";

/**
 * Plain-data types of the what-if reallocation: moving a share of one arrangement's cases (or of
 * its hours) to another arrangement, projected with each arrangement's observed per-case figures.
 * Money goes in and comes out as euro text with two decimals ("1234.56"); shares and hours as
 * decimal text.
 */

/**
 * `CASES`: the same residents are helped the other way (cases out of A = cases into B).
 * `HOURS`: the same professional hours are spent the other way: the share of A's hours buys as
 * many cases of B as B's observed hours per case allow.
 */
export type ReallocationBasis = "CASES" | "HOURS";

export interface ReallocationMove {
  readonly fromArrangementId: string;
  readonly toArrangementId: string;
  /** A decimal in (0, 1]: the share of the from-arrangement's observed cases (or hours). */
  readonly share: string;
  /** Default `CASES`. */
  readonly basis?: ReallocationBasis;
}

/** One observed case of an arrangement: its PV cost (investment), PV social return and hours. */
export interface ObservedCase {
  readonly cost: Euros;
  readonly socialReturn: Euros;
  /** Intervention hours registered on the case (decimal text); needed for the HOURS basis. */
  readonly hours?: string;
}

export interface ReallocationInput {
  /** The observed totals of every case in the filter (what the effect comparison's total says). */
  readonly baseline: { readonly cases: number; readonly cost: Euros; readonly socialReturn: Euros };
  /** The observed cases of (at least) every arrangement a move names, by arrangement id. */
  readonly arrangements: ReadonlyMap<string, readonly ObservedCase[]>;
  readonly moves: readonly ReallocationMove[];
  /** Decimals of the SROI ratios; default 3. */
  readonly ratioDecimals?: number;
  /** Bootstrap replicates; default REALLOCATION_REPLICATES. */
  readonly replicates?: number;
  /** Seed of the bootstrap's random numbers; default REALLOCATION_SEED (same input, same range). */
  readonly seed?: number;
}

/** A money figure with the range the bootstrap gives it. */
export interface AmountEstimate {
  readonly value: Euros;
  readonly low: Euros;
  readonly high: Euros;
}

/** A ratio with its range; null where the cost is zero. */
export interface RatioEstimate {
  readonly value: string | null;
  readonly low: string | null;
  readonly high: string | null;
}

export interface ReallocationTotals {
  readonly cases: number;
  readonly cost: AmountEstimate;
  readonly socialReturn: AmountEstimate;
  /** socialReturn − cost. */
  readonly net: AmountEstimate;
  /** socialReturn ÷ cost. */
  readonly sroiRatio: RatioEstimate;
}

export interface MoveProjection {
  readonly fromArrangementId: string;
  readonly toArrangementId: string;
  readonly share: string;
  readonly basis: ReallocationBasis;
  /** Whole cases taken out of the from-arrangement. */
  readonly casesMoved: number;
  /** Whole cases added to the to-arrangement (equal to casesMoved on the CASES basis). */
  readonly casesReceived: number;
  /** share × the from-arrangement's hours, on the HOURS basis; else null. */
  readonly hoursMoved: string | null;
  /** The move's part of the projected difference; the moves add up to it, to the cent. */
  readonly costDifference: Euros;
  readonly socialReturnDifference: Euros;
  readonly netDifference: Euros;
}

/** What the projection used of one arrangement, and on how many cases it rests. */
export interface ArrangementFigures {
  readonly arrangementId: string;
  readonly observedCases: number;
  readonly projectedCases: number;
  readonly observedHours: string;
  /** Mean per observed case, rounded to cents for display (the projection uses the exact mean). */
  readonly costPerCase: Euros;
  readonly socialReturnPerCase: Euros;
  readonly netPerCase: Euros;
  /** Mean intervention hours per observed case (two decimals); null without hours. */
  readonly hoursPerCase: string | null;
}

export interface RangeMethod {
  readonly method: "BOOTSTRAP";
  readonly replicates: number;
  readonly seed: number;
  /** The replicate quantiles the range is read at: "0.025" and "0.975". */
  readonly lowQuantile: string;
  readonly highQuantile: string;
}

export interface ReallocationResult {
  readonly baseline: ReallocationTotals;
  readonly projected: ReallocationTotals;
  /** projected − baseline. */
  readonly difference: ReallocationTotals;
  readonly moves: readonly MoveProjection[];
  readonly arrangements: readonly ArrangementFigures[];
  readonly range: RangeMethod;
}
