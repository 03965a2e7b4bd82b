import { pow10 } from "./fixed";

/**
 * Integer arithmetic for the hot path. Every amount of one case is turned into a whole number of
 * a common small unit (see `engine.ts`), so monthly sums are BigInt additions, and every quotient
 * is a fraction of two BigInts, rounded once, at output.
 */

/** num ÷ den rounded half up, for num ≥ 0 and twiceDen = 2·den > 0: ⌊(2·num + den) ÷ 2·den⌋. */
export function divideRoundedNonNegative(num: bigint, den: bigint, twiceDen: bigint): bigint {
  return (2n * num + den) / twiceDen;
}

/** num ÷ den rounded to an integer, half away from zero (den > 0). */
export function divideRounded(num: bigint, den: bigint): bigint {
  const quotient = num / den;
  const remainder = num % den;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  if (twice < den) return quotient;
  return num < 0n ? quotient - 1n : quotient + 1n;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** n ÷ 10^decimals as text with exactly `decimals` decimals and no sign on zero: "-12.34". */
export function formatScaled(n: bigint, decimals: number): string {
  if (decimals === 2 && n <= SAFE && n >= -SAFE) return formatSmallCents(Number(n));
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().padStart(decimals + 1, "0");
  const whole = decimals === 0 ? digits : digits.slice(0, digits.length - decimals);
  const text = decimals === 0 ? whole : `${whole}.${digits.slice(digits.length - decimals)}`;
  return negative ? `-${text}` : text;
}

/** A safe integer number of cents as euro text (integer arithmetic on a double is exact here). */
function formatSmallCents(cents: number): string {
  const magnitude = cents < 0 ? -cents : cents;
  const whole = Math.floor(magnitude / 100);
  const part = magnitude - whole * 100;
  const text = `${whole}.${part < 10 ? "0" : ""}${part}`;
  return cents < 0 ? `-${text}` : text;
}

/** An exact fraction num ÷ den with den > 0. */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

/** The fraction rounded to `decimals` decimals, half away from zero, as text ("1.436"). */
export function formatFraction(value: Fraction, decimals: number): string {
  return formatScaled(divideRounded(value.num * pow10(decimals), value.den), decimals);
}

/** a − b. */
export function subtractFractions(a: Fraction, b: Fraction): Fraction {
  return { num: a.num * b.den - b.num * a.den, den: a.den * b.den };
}

/** a ÷ b (b ≠ 0). */
export function divideFractions(a: Fraction, b: Fraction): Fraction {
  if (b.num === 0n) throw new RangeError("internal: division by zero");
  const num = a.num * b.den;
  const den = a.den * b.num;
  return den < 0n ? { num: -num, den: -den } : { num, den };
}

/** −1, 0 or 1 as a compares with b. */
export function compareFractions(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}
