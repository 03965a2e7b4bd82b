import { Exact, type ExactDecimal } from "../effect/decimal";
import { divideRounded, formatScaled } from "../effect/integers";

// Quotients of finite decimals, rounded once, exactly: both sides are scaled to whole numbers
// and divided as BigInts (an Exact division of 1 by 3 would spell out a billion digits).

function scaled(value: ExactDecimal, decimals: number): bigint {
  return BigInt(value.times(new Exact(10).pow(decimals)).toFixed(0));
}

/** numerator ÷ denominator rounded half away from zero to `decimals` decimals, as a BigInt of that scale. */
export function scaledQuotient(
  numerator: ExactDecimal,
  denominator: ExactDecimal,
  decimals: number,
): bigint {
  if (denominator.isZero()) throw new RangeError("internal: division by zero");
  const places = Math.max(numerator.decimalPlaces(), denominator.decimalPlaces());
  let num = scaled(numerator, places + decimals);
  let den = scaled(denominator, places);
  if (den < 0n) [num, den] = [-num, -den];
  return divideRounded(num, den);
}

/** numerator ÷ denominator rounded half away from zero to a whole number. */
export function roundedWhole(numerator: ExactDecimal, denominator: ExactDecimal = new Exact(1)) {
  return Number(scaledQuotient(numerator, denominator, 0));
}

/** numerator ÷ denominator as text with `decimals` decimals, rounded half away from zero. */
export function quotientText(
  numerator: ExactDecimal,
  denominator: ExactDecimal,
  decimals: number,
): string {
  return formatScaled(scaledQuotient(numerator, denominator, decimals), decimals);
}
