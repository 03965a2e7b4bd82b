import { BadInputError } from "../platform";

/**
 * A benchmark's period runs over whole calendar quarters. Free day-by-day bounds would let a
 * reader subtract two benchmarks a day apart and read another municipality's few cases opened
 * on that day; between quarters the difference is a quarter's cohort.
 */

const QUARTER_STARTS = new Set(["01-01", "04-01", "07-01", "10-01"]);
const QUARTER_ENDS = new Set(["03-31", "06-30", "09-30", "12-31"]);

export function checkBenchmarkPeriod(period: { from: string; to: string }): void {
  if (!QUARTER_STARTS.has(period.from.slice(5))) {
    throw new BadInputError("period.from", "must be the first day of a quarter, e.g. 2025-01-01");
  }
  if (!QUARTER_ENDS.has(period.to.slice(5))) {
    throw new BadInputError("period.to", "must be the last day of a quarter, e.g. 2025-12-31");
  }
  if (period.to < period.from) {
    throw new BadInputError("period.to", "must not lie before period.from");
  }
}
