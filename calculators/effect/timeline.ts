/**
 * The timeline: calendar months counted from the analysis base date. Month 1 is the base date's
 * month, month t is t − 1 months later. Only the year and month of a date count (an event on
 * 31 March lies in March), so no time zone or day arithmetic can shift a value.
 *
 * Occurrences before month 1 or after the horizon lie outside the analysis and are dropped (a
 * monthly series that straddles the base date keeps its months from month 1 on).
 */

/** A calendar month. */
export interface YearMonth {
  readonly year: number;
  /** 1 to 12. */
  readonly month: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The calendar month of an ISO `YYYY-MM-DD` date; null when it is not a valid date. */
export function parseIsoDate(text: unknown): YearMonth | null {
  if (typeof text !== "string") return null;
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  return { year, month };
}

/** The month number of `date` on a timeline starting at `base` (base month = 1; earlier ≤ 0). */
export function monthNumber(date: YearMonth, base: YearMonth): number {
  return (date.year - base.year) * 12 + (date.month - base.month) + 1;
}

/** The calendar month of month number `t` (1 = the base month). */
export function calendarMonthOf(t: number, base: YearMonth): YearMonth {
  const index = base.year * 12 + (base.month - 1) + (t - 1);
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The discounting year of month t: ⌊(t − 1) / 12⌋ + 1 (months 1–12 are year 1). */
export function baseYearOf(t: number): number {
  return Math.floor((t - 1) / 12) + 1;
}

/** Number of discounting years a horizon spans. */
export function yearsIn(horizonMonths: number): number {
  return baseYearOf(horizonMonths);
}

/** "2024-03". */
export function monthLabel(value: YearMonth): string {
  return `${String(value.year).padStart(4, "0")}-${String(value.month).padStart(2, "0")}`;
}

/** Parses a "YYYY-MM" label; null when it is not one. */
export function parseMonthLabel(label: string): YearMonth | null {
  const match = /^(\d{4})-(\d{2})$/.exec(label);
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null;
}

/** The months [first, last] of a series of `count` monthly occurrences from month `start`, kept
 * within [1, horizon]; null when none of them lies inside. */
export function clipToHorizon(
  start: number,
  count: number,
  horizon: number,
): { first: number; last: number } | null {
  const first = Math.max(1, start);
  const last = Math.min(horizon, start + count - 1);
  return first > last ? null : { first, last };
}
