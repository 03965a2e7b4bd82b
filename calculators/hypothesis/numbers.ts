/** Rounding of the returned statistics and number formatting in the sentences. */

/** Significant digits of every returned statistic: plenty for a report, no false precision. */
export const SIGNIFICANT_DIGITS = 6;

/** `value` to `digits` significant digits (−0 becomes 0; ±∞ and NaN pass through). */
export function roundSignificant(value: number, digits: number = SIGNIFICANT_DIGITS): number {
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  return Number(value.toPrecision(digits)) + 0;
}

const FORMATS = {
  nl: {
    small: new Intl.NumberFormat("nl-NL", { maximumSignificantDigits: 2 }),
    large: new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 }),
  },
  en: {
    small: new Intl.NumberFormat("en-GB", { maximumSignificantDigits: 2 }),
    large: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }),
  },
} as const;

/**
 * A statistic in a sentence: two significant digits (−1,1; 0,063), whole numbers from 100 on
 * (1.234, not 1.200). Dutch separators in Dutch ("-0,63"), English ones in English ("-0.63").
 */
export function formatStatistic(value: number, language: "nl" | "en"): string {
  const format = Math.abs(value) >= 100 ? FORMATS[language].large : FORMATS[language].small;
  return format.format(value);
}

/** A count in a sentence (1.234 in Dutch, 1,234 in English). */
export function formatCount(value: number, language: "nl" | "en"): string {
  return FORMATS[language].large.format(value);
}
