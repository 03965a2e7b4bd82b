import { CohortGranularity } from "../../schema/effect-trend-types";

/** Cohorts of cases: the quarter or year a case opened in, as "2025-Q1" or "2025". */

export function cohortOf(openedOn: string, granularity: CohortGranularity): string {
  const year = openedOn.slice(0, 4);
  if (granularity === CohortGranularity.YEAR) return year;
  return `${year}-Q${Math.floor((Number(openedOn.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Index of a month counted over all years (year × 12 + month − 1). */
function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

/** The month number (month 1 = the base date's month) of a cohort's first month. */
export function cohortFirstMonth(period: string, baseDate: string): number {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  const year = Number(period.slice(0, 4));
  const firstMonth = quarter ? (Number(quarter[2]) - 1) * 3 + 1 : 1;
  const base = monthIndex(Number(baseDate.slice(0, 4)), Number(baseDate.slice(5, 7)));
  return monthIndex(year, firstMonth) - base + 1;
}

/**
 * A payback month counted from the cohort's first month instead of the base date: month m
 * from the base date is month m − first + 1 of a cohort that starts in month `first`.
 */
export function paybackInCohort(
  paybackMonth: number | null,
  period: string,
  baseDate: string,
): number | null {
  if (paybackMonth === null) return null;
  return paybackMonth - cohortFirstMonth(period, baseDate) + 1;
}
