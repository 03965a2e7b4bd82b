import type { Decimal } from "decimal.js";
import { classifyDecimals, classifySigns } from "./classify";
import { perClass, QuadrantClass, QuadrantCodes } from "./codes";
import { divide, signOf, sum } from "./exact";
import { modeOf } from "./mode";

/** A parsed point (see `toDecimal`). */
export interface DecimalPoint {
  readonly x: Decimal;
  readonly y: Decimal;
}

/** Descriptive statistics of a non-empty set of points on a quadrant model. */
export interface PointStatistics<C extends string = string> {
  /** Number of points (respondents). */
  readonly n: number;
  /** Exact sums of the coordinates, for pooling rows without rounding. */
  readonly sumX: Decimal;
  readonly sumY: Decimal;
  /** sum ÷ n with 40 significant digits (exact whenever the quotient ends, e.g. −57.4 / 14 = −4.1). */
  readonly meanX: Decimal;
  readonly meanY: Decimal;
  readonly minX: Decimal;
  readonly maxX: Decimal;
  readonly minY: Decimal;
  readonly maxY: Decimal;
  /** Most frequent value; on a tie the smallest tied value (see `modesX` for all of them). */
  readonly modeX: Decimal;
  readonly modeY: Decimal;
  /** All values sharing the highest frequency, ascending. */
  readonly modesX: readonly Decimal[];
  readonly modesY: readonly Decimal[];
  /** The class of the exact mean (the sign of the exact sum decides, never a rounded mean). */
  readonly quadrantClass: QuadrantClass<C>;
  /** Points per class, every class of the model present (0 when empty), in report order. */
  readonly quadrantCounts: Record<QuadrantClass<C>, number>;
}

function minimum(values: readonly Decimal[]): Decimal {
  return values.reduce((low, value) => (value.lessThan(low) ? value : low));
}

function maximum(values: readonly Decimal[]): Decimal {
  return values.reduce((high, value) => (value.greaterThan(high) ? value : high));
}

/**
 * Mean, spread, mode and class counts of parsed points.
 * @throws RangeError for an empty list.
 */
export function summarisePoints<C extends string>(
  points: readonly DecimalPoint[],
  codes: QuadrantCodes<C>,
): PointStatistics<C> {
  if (points.length === 0) throw new RangeError("cannot summarise an empty set of points");
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const n = points.length;
  const sumX = sum(xs);
  const sumY = sum(ys);
  const quadrantCounts = perClass<C, number>(codes, () => 0);
  for (const point of points) quadrantCounts[classifyDecimals(point.x, point.y, codes)] += 1;
  const modeX = modeOf(xs);
  const modeY = modeOf(ys);
  return {
    n,
    sumX,
    sumY,
    meanX: divide(sumX, n),
    meanY: divide(sumY, n),
    minX: minimum(xs),
    maxX: maximum(xs),
    minY: minimum(ys),
    maxY: maximum(ys),
    modeX: modeX.mode,
    modeY: modeY.mode,
    modesX: modeX.modes,
    modesY: modeY.modes,
    quadrantClass: classifySigns(signOf(sumX), signOf(sumY), codes),
    quadrantCounts,
  };
}
