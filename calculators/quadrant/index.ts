/**
 * Quadrant calculators: pure classification of points on a quadrant model (Model A a–d,
 * Model B I–IV, or a municipality's own), positioning-survey statistics, display rounding and
 * weight shares per quadrant. Plain data in, plain data out; no database, no GraphQL.
 */
export {
  AXIS_CLASSES,
  classesOf,
  MODEL_A_CODES,
  MODEL_B_CODES,
  perClass,
  type AxisClass,
  type QuadrantClass,
  type QuadrantCodes,
} from "./codes";
export { classifyDecimals, classifyPoint, classifySigns } from "./classify";
export { DISPLAY_DECIMALS, formatCoordinate, roundForDisplay } from "./display";
export { parseDecimal, QUOTIENT_SIGNIFICANT_DIGITS, type DecimalInput } from "./exact";
export { modeOf, type Mode } from "./mode";
export { summarisePoints, type DecimalPoint, type PointStatistics } from "./point-statistics";
export {
  POSITION_GROUPINGS,
  POSITION_HORIZONS,
  POSITION_SUBJECTS,
  type PositionGrouping,
  type PositionHorizon,
  type PositionResponse,
  type PositionSubject,
} from "./position-response";
export {
  summarisePositions,
  type PositionShift,
  type PositionSummaryRow,
  type SummarisePositionsOptions,
} from "./position-summary";
export { quadrantShares, SHARE_DECIMALS, type QuadrantShares, type WeightedPoint } from "./shares";
export { validatePoint, type QuadrantScale } from "./validate-point";
