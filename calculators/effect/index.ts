/**
 * The effect calculator (Effectencalculator): social costs and returns of one case on a monthly
 * timeline — reference minus intervention per stakeholder, valued outcomes with SROI
 * adjustments, optimism bias, yearly discounting, SROI ratio, payback, who pays and who gains,
 * sensitivity — and aggregation over cases. Exact decimal arithmetic, rounded once at output.
 * Pure: plain data in, plain data out; no database, no GraphQL. See /work/shared/CALCULATOR.md.
 */
export { aggregateResults } from "./aggregate";
export type {
  AggregateItem,
  AggregateOptions,
  AggregateResult,
  GroupDistributions,
  GroupSummary,
} from "./aggregate";
export { calculateEffect } from "./calculate";
export { distribution, type Distribution } from "./distribution";
export { paybackFromRows } from "./payback";
export {
  RANGE_DISCOUNT_FACTOR,
  RANGE_FRACTION_STEP,
  RANGE_PROXY_STEP,
  shiftedDiscountRate,
  shiftedFraction,
  shiftedInput,
  shiftedProxy,
} from "./range";
export { CalculatorInputError } from "./errors";
export { rollUpTimeline, sumTimelines, type Granularity } from "./rollup";
export {
  centsOf,
  formatCents,
  formatEuros,
  formatRatio,
  roundHalfAwayFromZero,
  roundToCents,
} from "./rounding";
export { sensitivity } from "./sensitivity";
export {
  DEFAULT_DISCOUNT_RATE,
  DEFAULT_RATIO_DECIMALS,
  DEFAULT_UPLIFTS,
  MAX_HORIZON_MONTHS,
} from "./validation";
export * from "./types";
