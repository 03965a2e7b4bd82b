/** A benchmark runs over whole calendar quarters (the API refuses other bounds). */
export const QUARTERS = [1, 2, 3, 4] as const;

export interface QuarterPeriod {
  fromYear: number;
  fromQuarter: number;
  toYear: number;
  toQuarter: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The first day of the quarter: 2025, 2 → 2025-04-01. */
export function quarterStart(year: number, quarter: number): string {
  return `${year}-${pad(quarter * 3 - 2)}-01`;
}

/** The last day of the quarter: 2025, 2 → 2025-06-30. */
export function quarterEnd(year: number, quarter: number): string {
  const month = quarter * 3;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(lastDay)}`;
}

export function periodInput(p: QuarterPeriod) {
  return { from: quarterStart(p.fromYear, p.fromQuarter), to: quarterEnd(p.toYear, p.toQuarter) };
}
