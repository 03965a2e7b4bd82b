import type { Decimal } from "decimal.js";
import { classesOf, QuadrantCodes } from "./codes";
import { divide, multiply, subtract } from "./exact";
import { PointStatistics, summarisePoints } from "./point-statistics";
import {
  compareGroups,
  GroupedResponse,
  groupResponses,
  POSITION_HORIZONS,
  POSITION_SUBJECTS,
  PositionGrouping,
  PositionHorizon,
  PositionResponse,
  PositionSubject,
} from "./position-response";

/** Mean DESIRED − mean CURRENT per axis (group means, 40 significant digits). */
export interface PositionShift {
  readonly x: Decimal;
  readonly y: Decimal;
}

/** Statistics of one group, subject and horizon of a positioning survey. */
export interface PositionSummaryRow<C extends string = string> extends PointStatistics<C> {
  /** null for groupBy NONE, and for respondents without a team / without any specialism. */
  readonly group: string | null;
  readonly subject: PositionSubject;
  readonly horizon: PositionHorizon;
  /**
   * On a DESIRED row: its mean minus the mean of the CURRENT row of the same group and subject,
   * per axis (computed from the exact sums, so a shift of exactly zero is zero); null when that
   * CURRENT row does not exist. Always null on a CURRENT row (the shift belongs to the move
   * from now to desired, shown once).
   */
  readonly shift: PositionShift | null;
}

export interface SummarisePositionsOptions<C extends string> {
  readonly groupBy: PositionGrouping;
  /** The quadrant codes of the survey's model, e.g. MODEL_A_CODES. */
  readonly codes: QuadrantCodes<C>;
}

/** sumA/nA − sumB/nB = (sumA·nB − sumB·nA) / (nA·nB), rounded once. */
function differenceOfMeans(sumA: Decimal, nA: number, sumB: Decimal, nB: number): Decimal {
  return divide(subtract(multiply(sumA, nB), multiply(sumB, nA)), nA * nB);
}

function shiftBetween(desired: PointStatistics, current: PointStatistics): PositionShift {
  return {
    x: differenceOfMeans(desired.sumX, desired.n, current.sumX, current.n),
    y: differenceOfMeans(desired.sumY, desired.n, current.sumY, current.n),
  };
}

interface Bucket {
  readonly group: string | null;
  readonly subject: PositionSubject;
  readonly horizon: PositionHorizon;
  readonly responses: GroupedResponse[];
}

function bucketKey(
  group: string | null,
  subject: PositionSubject,
  horizon: PositionHorizon,
): string {
  return JSON.stringify([group, subject, horizon]);
}

function compareBuckets(a: Bucket, b: Bucket): number {
  return (
    compareGroups(a.group, b.group) ||
    POSITION_SUBJECTS.indexOf(a.subject) - POSITION_SUBJECTS.indexOf(b.subject) ||
    POSITION_HORIZONS.indexOf(a.horizon) - POSITION_HORIZONS.indexOf(b.horizon)
  );
}

/**
 * Summarises a positioning survey (Zwolle: each professional places a button for own position
 * now, team position now, own desired position, team desired position) into one row per group,
 * subject and horizon that has at least one response.
 *
 * - groupBy NONE: one group, `null`. TEAM: the team label; responses without a team form the
 *   group `null`. SPECIALISM: a respondent counts once in each of their specialisms (so group
 *   sizes may add up to more than the respondents); respondents without any form `null`.
 * - Means are sum ÷ n; the class is that of the exact mean; counts are per respondent.
 * - Rows are sorted by group (code-unit order, null last), then SELF before TEAM, then CURRENT
 *   before DESIRED; the order of the input does not matter.
 *
 * @throws RangeError for invalid responses (see {@link groupResponses}) or codes.
 */
export function summarisePositions<C extends string>(
  responses: readonly PositionResponse[],
  options: SummarisePositionsOptions<C>,
): PositionSummaryRow<C>[] {
  const { codes, groupBy } = options;
  classesOf(codes);
  const buckets = new Map<string, Bucket>();
  for (const response of groupResponses(responses, groupBy)) {
    for (const group of response.groups) {
      const key = bucketKey(group, response.subject, response.horizon);
      let bucket = buckets.get(key);
      if (!bucket) {
        bucket = { group, subject: response.subject, horizon: response.horizon, responses: [] };
        buckets.set(key, bucket);
      }
      bucket.responses.push(response);
    }
  }
  const statistics = new Map<string, PointStatistics<C>>();
  for (const [key, bucket] of buckets)
    statistics.set(key, summarisePoints(bucket.responses, codes));
  return [...buckets.entries()]
    .sort(([, a], [, b]) => compareBuckets(a, b))
    .map(([key, { group, subject, horizon }]) => {
      const own = statistics.get(key) as PointStatistics<C>;
      const current =
        horizon === "DESIRED" ? statistics.get(bucketKey(group, subject, "CURRENT")) : undefined;
      return {
        group,
        subject,
        horizon,
        ...own,
        shift: current ? shiftBetween(own, current) : null,
      };
    });
}
