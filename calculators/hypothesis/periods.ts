import { HypothesisInputError } from "./errors";
import type { Granularity } from "./types";

/** A parsed period: its granularity and a running index (consecutive periods differ by 1). */
export interface PeriodIndex {
  readonly granularity: Granularity;
  readonly index: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/** "2025-03" → month index year·12 + 2; "2025-Q1" → quarter index year·4 + 0. */
export function parsePeriod(period: string, field: string): PeriodIndex {
  const month = MONTH.exec(period);
  if (month) return { granularity: "MONTH", index: Number(month[1]) * 12 + Number(month[2]) - 1 };
  const quarter = QUARTER.exec(period);
  if (quarter) {
    return { granularity: "QUARTER", index: Number(quarter[1]) * 4 + Number(quarter[2]) - 1 };
  }
  throw new HypothesisInputError(
    field,
    `"${period}" is not a month ("2025-03") or quarter ("2025-Q1")`,
  );
}
