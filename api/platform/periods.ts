/** Calendar periods: the municipality counts in calendar months. */

/** How many of the `count` monthly occurrences from `date` fall within [from, to]. */
export function monthsWithin(date: string, count: number, from?: string, to?: string): number {
  if (!from && !to) return count;
  const [year, month] = date.split("-").map(Number);
  let within = 0;
  for (let k = 0; k < count; k++) {
    const m = month - 1 + k;
    const label = `${year + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
    if ((!from || label >= from.slice(0, 7)) && (!to || label <= to.slice(0, 7))) within += 1;
  }
  return within;
}

const QUARTER_ENDS: Record<number, string> = { 3: "31", 6: "30", 9: "30", 12: "31" };

/** Whether a day ("2025-04-01") is the first day of a calendar quarter. */
export function isQuarterStart(day: string): boolean {
  const [, month, date] = day.split("-").map(Number);
  return date === 1 && month % 3 === 1;
}

/** Whether a day ("2025-06-30") is the last day of a calendar quarter. */
export function isQuarterEnd(day: string): boolean {
  const [, month, date] = day.split("-").map(Number);
  return QUARTER_ENDS[month] === String(date);
}

/** From a quarter's first day, the first day of the quarter before; from a last day, the last day of the quarter after. */
export function shiftQuarter(day: string, by: -1 | 1): string {
  const [year, month] = day.split("-").map(Number);
  const index = year * 12 + month - 1 + 3 * by;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  const date = by < 0 ? "01" : QUARTER_ENDS[m];
  return `${y}-${String(m).padStart(2, "0")}-${date}`;
}
