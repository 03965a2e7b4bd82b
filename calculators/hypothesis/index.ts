/**
 * The network-quadrant hypothesis test (issue 14, part 1): correlations and a within-unit
 * (fixed-effects) regression of demand in the individual/formal quadrants on lagged effort in
 * the collective/informal quadrants, per lag, with 95 % intervals, the points for a plot and a
 * plain Dutch and English sentence. Pure: plain data in, plain data out; no database, no GraphQL.
 */
export {
  DEFAULT_LAGS,
  DEFAULT_MIN_PERIODS,
  DEFAULT_MIN_UNITS,
  testQuadrantHypothesis,
} from "./hypothesis-test";
export { DEFAULT_LABELS } from "./labels";
export { HypothesisInputError } from "./errors";
export { SIGNIFICANT_DIGITS } from "./numbers";
export type * from "./types";
