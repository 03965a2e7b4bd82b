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
