import { centsOf, formatCents } from "./rounding";
import { monthLabel, parseMonthLabel, type YearMonth } from "./timeline";
import type { PeriodRow } from "./types";

/**
 * Period roll-up: monthly timeline rows → calendar quarters ("2024-Q1") or calendar years
 * ("2024"). Every column of a period is the sum of its (already rounded) month rows, so a
 * period total equals the sum of its months to the cent; `cumulative` is the cumulative of the
 * period's last month, which is also the running sum of the periods' `net`. A timeline that
 * starts or ends inside a quarter or year gives a partial first or last period.
 *
 * Note: the discounting years of rule 4 run from the base date; these are calendar periods.
 */
export type Granularity = "MONTH" | "QUARTER" | "YEAR";

const COLUMNS = [
  "costs",
  "returns",
  "net",
  "discountedCosts",
  "discountedReturns",
  "discountedNet",
] as const;

function periodOf(month: YearMonth, granularity: Granularity): string {
  if (granularity === "MONTH") return monthLabel(month);
  const year = String(month.year).padStart(4, "0");
  return granularity === "YEAR" ? year : `${year}-Q${Math.ceil(month.month / 3)}`;
}

/** Plain copy of a row's period columns (drops month and baseYear of a TimelineRow). */
function periodRow(row: PeriodRow, period: string): PeriodRow {
  return {
    period,
    costs: row.costs,
    returns: row.returns,
    net: row.net,
    cumulative: row.cumulative,
    discountedCosts: row.discountedCosts,
    discountedReturns: row.discountedReturns,
    discountedNet: row.discountedNet,
    discountedCumulative: row.discountedCumulative,
  };
}

/**
 * Rolls monthly rows (labels "YYYY-MM", ascending, each month once) up to quarters or years.
 * @throws RangeError for a label that is not a month or rows out of order.
 */
export function rollUpTimeline(rows: readonly PeriodRow[], granularity: Granularity): PeriodRow[] {
  const periods: { period: string; sums: bigint[]; last: PeriodRow }[] = [];
  let previous = "";
  for (const row of rows) {
    const month = parseMonthLabel(row.period);
    if (month === null) throw new RangeError(`not a monthly row: ${row.period}`);
    if (row.period <= previous) throw new RangeError(`rows out of order at ${row.period}`);
    previous = row.period;
    const period = periodOf(month, granularity);
    let current = periods[periods.length - 1];
    if (current === undefined || current.period !== period) {
      current = { period, sums: COLUMNS.map(() => 0n), last: row };
      periods.push(current);
    }
    COLUMNS.forEach((column, index) => (current.sums[index] += centsOf(row[column])));
    current.last = row;
  }
  return periods.map(({ period, sums, last }) => {
    const rolled = periodRow(last, period);
    const totals = Object.fromEntries(
      COLUMNS.map((column, index) => [column, formatCents(sums[index])]),
    );
    return { ...rolled, ...totals };
  });
}

/**
 * Adds up the monthly timelines of many cases per calendar month (cases may start in different
 * months). Months between the first and the last with no case get zero rows; `cumulative` is the
 * running sum of the summed `net`. Discounted columns add each case's own present values.
 */
export function sumTimelines(timelines: readonly (readonly PeriodRow[])[]): PeriodRow[] {
  const sums = new Map<string, bigint[]>();
  for (const timeline of timelines) {
    for (const row of timeline) {
      if (parseMonthLabel(row.period) === null) {
        throw new RangeError(`not a monthly row: ${row.period}`);
      }
      const sum = sums.get(row.period) ?? COLUMNS.map(() => 0n);
      COLUMNS.forEach((column, index) => (sum[index] += centsOf(row[column])));
      sums.set(row.period, sum);
    }
  }
  if (sums.size === 0) return [];
  const labels = [...sums.keys()].sort();
  const first = parseMonthLabel(labels[0])!;
  const last = labels[labels.length - 1];
  const result: PeriodRow[] = [];
  let cumulative = 0n;
  let discountedCumulative = 0n;
  for (let offset = 0; ; offset += 1) {
    const index = first.year * 12 + first.month - 1 + offset;
    const period = monthLabel({ year: Math.floor(index / 12), month: (index % 12) + 1 });
    const sum = sums.get(period) ?? COLUMNS.map(() => 0n);
    cumulative += sum[2];
    discountedCumulative += sum[5];
    result.push({
      period,
      costs: formatCents(sum[0]),
      returns: formatCents(sum[1]),
      net: formatCents(sum[2]),
      cumulative: formatCents(cumulative),
      discountedCosts: formatCents(sum[3]),
      discountedReturns: formatCents(sum[4]),
      discountedNet: formatCents(sum[5]),
      discountedCumulative: formatCents(discountedCumulative),
    });
    if (period === last) break;
  }
  return result;
}
