import { Decimal } from "decimal.js";
import { DecimalInput, toDecimal } from "./exact";

/** Decimals shown for a coordinate, a mean or a shift. */
export const DISPLAY_DECIMALS = 1;

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`decimals must be an integer from 0 to 20, got ${decimals}`);
  }
}

/**
 * A value rounded for display: to one decimal by default, half away from zero
 * (−4.05 → −4.1, 4.05 → 4.1, 0.25 → 0.3). A value that rounds to zero becomes plain 0, never −0.
 *
 * Only for showing: classify with the exact value. A mean of −0.04 shows as 0.0 yet is classed
 * as left of the y axis, because it is.
 */
export function roundForDisplay(value: DecimalInput, decimals = DISPLAY_DECIMALS): Decimal {
  checkDecimals(decimals);
  const rounded = toDecimal(value, "value").toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  return rounded.isZero() ? new Decimal(0) : rounded;
}

/**
 * The display text of a value: fixed decimals (one by default), half away from zero, a point as
 * decimal separator, no exponent, and no sign on zero: −4.05 → "-4.1", −0.04 → "0.0", 3 → "3.0".
 */
export function formatCoordinate(value: DecimalInput, decimals = DISPLAY_DECIMALS): string {
  return roundForDisplay(value, decimals).toFixed(decimals);
}
