import type { Decimal } from "decimal.js";
import { DecimalInput, parseDecimal, toDecimal } from "./exact";

/** The ends of a quadrant model's two axes, both inclusive (e.g. −12 … 12 on a ruler in cm). */
export interface QuadrantScale {
  readonly xMin: DecimalInput;
  readonly xMax: DecimalInput;
  readonly yMin: DecimalInput;
  readonly yMax: DecimalInput;
}

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

function axisReason(axis: "x" | "y", value: unknown, min: Decimal, max: Decimal): string | null {
  const parsed = parseDecimal(value);
  if (parsed === null) return `${axis} is not a finite decimal number: ${describe(value)}`;
  if (parsed.lessThan(min) || parsed.greaterThan(max)) {
    return `${axis} = ${parsed.toString()} lies outside the ${axis} axis [${min.toString()}, ${max.toString()}]`;
  }
  return null;
}

function axisEnds(axis: "x" | "y", min: DecimalInput, max: DecimalInput): [Decimal, Decimal] {
  const low = toDecimal(min, `scale ${axis}Min`);
  const high = toDecimal(max, `scale ${axis}Max`);
  if (!low.lessThan(high)) {
    throw new RangeError(`scale: ${axis}Min (${low}) must be less than ${axis}Max (${high})`);
  }
  return [low, high];
}

/**
 * Checks a point against the model's axes (ends inclusive, compared exactly).
 * Returns null when the point is valid, otherwise the reason (both axes' reasons joined by
 * "; " when both fail) — fit for a BAD_USER_INPUT message.
 *
 * @throws RangeError when the scale itself is invalid (an end is not a number, or min ≥ max):
 *   that is a defect in the model's definition, not in the user's input.
 */
export function validatePoint(x: unknown, y: unknown, scale: QuadrantScale): string | null {
  const [xMin, xMax] = axisEnds("x", scale.xMin, scale.xMax);
  const [yMin, yMax] = axisEnds("y", scale.yMin, scale.yMax);
  const reasons = [axisReason("x", x, xMin, xMax), axisReason("y", y, yMin, yMax)].filter(
    (reason): reason is string => reason !== null,
  );
  return reasons.length === 0 ? null : reasons.join("; ");
}
