import type { Decimal } from "decimal.js";
import { classesOf, QuadrantClass, QuadrantCodes } from "./codes";
import { DecimalInput, signOf, toDecimal } from "./exact";

/**
 * The class of a point from the signs of its coordinates (−1, 0 or 1).
 * Does not check the codes; {@link classifyPoint} does.
 */
export function classifySigns<C extends string>(
  signX: -1 | 0 | 1,
  signY: -1 | 0 | 1,
  codes: QuadrantCodes<C>,
): QuadrantClass<C> {
  if (signX === 0 && signY === 0) return "ef";
  if (signY === 0) return "e";
  if (signX === 0) return "f";
  if (signY > 0) return signX < 0 ? codes.topLeft : codes.topRight;
  return signX < 0 ? codes.bottomLeft : codes.bottomRight;
}

/** The class of already parsed coordinates, compared exactly with zero. */
export function classifyDecimals<C extends string>(
  x: Decimal,
  y: Decimal,
  codes: QuadrantCodes<C>,
): QuadrantClass<C> {
  return classifySigns(signOf(x), signOf(y), codes);
}

/**
 * Classifies a point of a quadrant model, comparing the decimals exactly (no floating point):
 * the model's quadrant code when both coordinates are non-zero, `e` when y = 0 and x ≠ 0,
 * `f` when x = 0 and y ≠ 0, `ef` at the origin.
 *
 * @example classifyPoint("-4.1", "1.8", MODEL_A_CODES) // "a"
 * @throws RangeError when a coordinate is not a finite decimal or the codes are invalid.
 */
export function classifyPoint<C extends string>(
  x: DecimalInput,
  y: DecimalInput,
  codes: QuadrantCodes<C>,
): QuadrantClass<C> {
  classesOf(codes);
  return classifyDecimals(toDecimal(x, "x"), toDecimal(y, "y"), codes);
}
