import { Decimal } from "decimal.js";
import { parseDecimal } from "./decimal";
import { formatScaled } from "./integers";
import type { Euros } from "./types";

/**
 * Rounding at output (rule 10): to whole cents, half away from zero, once.
 *
 * How totals stay equal to the sum of their rows, to the cent:
 * - A headline figure (investment, present value, a nominal total) is its exact value rounded.
 * - An ordered breakdown (the timeline) is rounded cumulatively: the cumulative sum up to each
 *   month is rounded, and a month's row is the difference of two rounded cumulatives. Rows add up
 *   to the rounded total exactly, the cumulative column is their running sum, and every row is
 *   within one cent of its exact value (an exact-cent row stays exact).
 * - An unordered breakdown (per stakeholder, per value type, matrix column) is rounded with the
 *   largest-remainder method: every row is its exact value rounded down or up, the rows add up to
 *   the rounded total, and the cents still missing after rounding down go to the rows with the
 *   largest remainders (ties to the earlier row).
 * Summing rows rounded one by one would drift from the rounded total: twelve months of
 * 144,869.565… ÷ 12 rounded one by one give 144,869.52, not the 144,869.57 of the worked check.
 */

/** Cents as euro text with two decimals: 123456n → "1234.56", -5n → "-0.05". */
export function formatCents(cents: bigint): Euros {
  if (cents >= 0n && cents <= SAFE_CENTS) {
    // the common case, in integer arithmetic on a double (exact below 2^53)
    const value = Number(cents);
    const whole = Math.floor(value / 100);
    const part = value - whole * 100;
    return `${whole}.${part < 10 ? "0" : ""}${part}`;
  }
  return formatScaled(cents, 2);
}

const SAFE_CENTS = BigInt(Number.MAX_SAFE_INTEGER);

const EURO_TEXT = /^-?\d+\.\d{2}$/;

/** Euro text with exactly two decimals ("1234.56") as cents; throws a RangeError otherwise. */
export function centsOf(text: Euros): bigint {
  if (!EURO_TEXT.test(text)) throw new RangeError(`expected euros with two decimals, got ${text}`);
  return BigInt(text.replace(".", ""));
}

function decimalOf(value: Decimal.Value): Decimal {
  const parsed = parseDecimal(value);
  if (parsed === null) throw new RangeError(`expected a finite decimal, got ${String(value)}`);
  return parsed;
}

/** The value rounded to `decimals` decimals, half away from zero, never −0. */
export function roundHalfAwayFromZero(value: Decimal.Value, decimals: number): Decimal {
  const rounded = decimalOf(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  return rounded.isZero() ? new Decimal(0) : rounded;
}

/** The value rounded to whole cents, half away from zero. */
export function roundToCents(value: Decimal.Value): Decimal {
  return roundHalfAwayFromZero(value, 2);
}

/** Euro text: rounded to cents, half away from zero, two decimals: 2.345 → "2.35". */
export function formatEuros(value: Decimal.Value): Euros {
  return roundToCents(value).toFixed(2);
}

/** Ratio text with `decimals` decimals (default 3), half away from zero: 1.43627 → "1.436". */
export function formatRatio(value: Decimal.Value, decimals = 3): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`decimals must be a whole number from 0 to 20, got ${decimals}`);
  }
  return roundHalfAwayFromZero(value, decimals).toFixed(decimals);
}

/**
 * Largest-remainder rounding: splits `target` (whole cents) over rows whose exact values are
 * numerators[i] ÷ denominator cents, so that the rows add up to `target` and each row is its exact
 * value rounded down or up. `target` must lie between the sum of the rounded-down rows and that
 * sum plus the number of rows (true when it is the rounded exact total).
 */
export function allocateCents(
  target: bigint,
  numerators: readonly bigint[],
  denominator: bigint,
): bigint[] {
  const count = numerators.length;
  const rows = new Array<bigint>(count);
  const remainders = new Array<bigint>(count);
  let missing = target;
  for (let index = 0; index < count; index += 1) {
    const numerator = numerators[index];
    let quotient = numerator / denominator;
    let remainder = numerator % denominator;
    if (remainder < 0n) {
      quotient -= 1n;
      remainder += denominator;
    }
    rows[index] = quotient;
    remainders[index] = remainder;
    missing -= quotient;
  }
  if (missing < 0n || missing > BigInt(count)) {
    throw new RangeError(`internal: cannot allocate ${target} cents over these rows`);
  }
  // Give the missing cents, one each, to the largest remainders (earlier row on a tie).
  for (; missing > 0n; missing -= 1n) {
    let best = -1;
    for (let index = 0; index < count; index += 1) {
      if (remainders[index] < 0n) continue;
      if (best < 0 || remainders[index] > remainders[best]) best = index;
    }
    rows[best] += 1n;
    remainders[best] = -1n;
  }
  return rows;
}
