import { Decimal } from "decimal.js";

/**
 * decimal.js for the public helpers that take arbitrary decimals (rounding and formatting,
 * distributions). `Exact` has a precision so large that sums and products never round; a
 * quotient is only ever taken by ¼, ½ or ¾ (quartiles), which ends. The per-case path uses
 * `fixed.ts` instead.
 */
export const Exact = Decimal.clone({
  precision: 1e9,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** A decimal in the calculator's exact configuration. */
export type ExactDecimal = Decimal;

const ZERO: ExactDecimal = new Exact(0);

/** Plain decimal notation, optionally with an exponent: "-4.1", "12", ".5", "1e-2". */
const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Parses a finite decimal: a decimal string, or a finite number read by its shortest decimal text
 * (so `0.1` is exactly 0.1). Returns null for anything else (NaN, Infinity, "1,5", "", null).
 */
export function parseDecimal(value: unknown): ExactDecimal | null {
  let parsed: ExactDecimal;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    parsed = new Exact(value);
  } else if (typeof value === "string") {
    const text = value.trim();
    if (!DECIMAL_TEXT.test(text)) return null;
    parsed = new Exact(text);
  } else if (Decimal.isDecimal(value)) {
    parsed = new Exact(value as Decimal);
  } else {
    return null;
  }
  if (!parsed.isFinite()) return null;
  return parsed.isZero() ? ZERO : parsed;
}

/** A decimal as plain text without exponent and without a sign on zero: "0.35", "12", "-3.5". */
export function plainText(value: Decimal): string {
  return value.isZero() ? "0" : value.toFixed();
}
