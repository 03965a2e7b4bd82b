import { Decimal } from "decimal.js";

/**
 * Exact decimal arithmetic for the quadrant calculators.
 *
 * Every value that leaves this folder is an ordinary `Decimal` (global configuration). Sums,
 * differences and products are computed with a private constructor whose precision is so large
 * that they never round (adding or multiplying finite decimals gives a finite decimal). Only a
 * quotient can be non-terminating (a mean of −38.5 / 6); it is rounded once, to
 * {@link QUOTIENT_SIGNIFICANT_DIGITS} significant digits, half away from zero. Rounding to
 * significant digits never turns a non-zero quotient into zero, so its sign is exact.
 */
const Exact = Decimal.clone({ precision: 1e9, rounding: Decimal.ROUND_HALF_UP });

/** Significant digits kept in a mean, a shift or any other quotient. */
export const QUOTIENT_SIGNIFICANT_DIGITS = 40;

const Quotient = Decimal.clone({
  precision: QUOTIENT_SIGNIFICANT_DIGITS,
  rounding: Decimal.ROUND_HALF_UP,
});

/** Plain decimal notation, optionally with an exponent: "-4.1", "12", ".5", "1e-2". */
const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** A value the quadrant calculators accept as a coordinate or weight. */
export type DecimalInput = string | number | Decimal;

/** Parses a finite decimal; returns null for anything else (text, NaN, Infinity, hex). */
export function parseDecimal(value: unknown): Decimal | null {
  let parsed: Decimal;
  if (Decimal.isDecimal(value)) {
    parsed = new Decimal(value as Decimal);
  } else if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    parsed = new Decimal(value);
  } else if (typeof value === "string" && DECIMAL_TEXT.test(value.trim())) {
    parsed = new Decimal(value.trim());
  } else {
    return null;
  }
  if (!parsed.isFinite()) return null;
  // −0 and 0 are the same coordinate; keep one of them so no "-0" ever shows.
  return parsed.isZero() ? new Decimal(0) : parsed;
}

/** Like {@link parseDecimal} but throws a RangeError naming the value (programming errors). */
export function toDecimal(value: unknown, label: string): Decimal {
  const parsed = parseDecimal(value);
  if (parsed === null) {
    throw new RangeError(`${label}: expected a finite decimal number, got ${String(value)}`);
  }
  return parsed;
}

function plain(value: Decimal): Decimal {
  const result = new Decimal(value);
  return result.isZero() ? new Decimal(0) : result;
}

/** a + b, exactly. */
export function add(a: Decimal.Value, b: Decimal.Value): Decimal {
  return plain(new Exact(a).plus(b));
}

/** a − b, exactly. */
export function subtract(a: Decimal.Value, b: Decimal.Value): Decimal {
  return plain(new Exact(a).minus(b));
}

/** a × b, exactly. */
export function multiply(a: Decimal.Value, b: Decimal.Value): Decimal {
  return plain(new Exact(a).times(b));
}

/** The exact sum of the values (0 for none). */
export function sum(values: readonly Decimal[]): Decimal {
  let total = new Exact(0);
  for (const value of values) total = total.plus(value);
  return plain(total);
}

/** a ÷ b rounded to {@link QUOTIENT_SIGNIFICANT_DIGITS} significant digits (exact when it ends). */
export function divide(a: Decimal.Value, b: Decimal.Value): Decimal {
  const divisor = new Decimal(b);
  if (divisor.isZero()) throw new RangeError("division by zero");
  return plain(new Quotient(a).dividedBy(divisor));
}

/** The integer part of a ÷ b (truncated towards zero), exactly. */
export function divideToInteger(a: Decimal.Value, b: Decimal.Value): Decimal {
  const divisor = new Decimal(b);
  if (divisor.isZero()) throw new RangeError("division by zero");
  return plain(new Exact(a).dividedToIntegerBy(divisor));
}

/** −1, 0 or 1. */
export function signOf(value: Decimal): -1 | 0 | 1 {
  if (value.isZero()) return 0;
  return value.isNegative() ? -1 : 1;
}
