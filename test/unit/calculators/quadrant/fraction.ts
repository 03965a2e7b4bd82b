import { Decimal } from "decimal.js";

/** The documented precision of means and shifts: 40 significant digits, half away from zero. */
const D40 = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** "-38.5/6" → −38.5 ÷ 6 to 40 significant digits; "2.6" → 2.6. As a plain Decimal string. */
export function fraction(text: string): string {
  const [numerator, denominator = "1"] = text.split("/");
  const value = new D40(numerator).dividedBy(denominator);
  return (value.isZero() ? new Decimal(0) : new Decimal(value)).toString();
}
