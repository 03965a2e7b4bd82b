import {
  formatCoordinate,
  summarisePositions,
  type PositionGrouping as Grouping,
} from "../../calculators/quadrant/index";
import type { PositionResponse } from "../../schema/position-survey";
import type { Quadrant } from "../../schema/quadrant-model";
import type { PositionSummary } from "../../schema/quadrant-results";
import type { PositionGrouping } from "../../schema/quadrant-enums";
import { codesOf } from "./quadrant-model.service";

/** Shapes the calculator's survey statistics for GraphQL: display values to one decimal, exact means beside them. */
export function summariseSurvey(
  responses: PositionResponse[],
  teamNames: Map<string, string>,
  quadrants: Quadrant[],
  groupBy: PositionGrouping,
): PositionSummary[] {
  const rows = summarisePositions(
    responses.map((r) => ({
      respondent: r.respondent,
      team: r.teamId ? (teamNames.get(r.teamId) ?? null) : null,
      specialisms: r.specialisms,
      subject: r.subject,
      horizon: r.horizon,
      x: r.x,
      y: r.y,
    })),
    { groupBy: groupBy as Grouping, codes: codesOf(quadrants) },
  );
  return rows.map((row) => ({
    group: row.group,
    subject: row.subject as PositionSummary["subject"],
    horizon: row.horizon as PositionSummary["horizon"],
    n: row.n,
    meanX: formatCoordinate(row.meanX),
    meanY: formatCoordinate(row.meanY),
    exactMeanX: row.meanX.toString(),
    exactMeanY: row.meanY.toString(),
    minX: formatCoordinate(row.minX),
    maxX: formatCoordinate(row.maxX),
    minY: formatCoordinate(row.minY),
    maxY: formatCoordinate(row.maxY),
    modeX: formatCoordinate(row.modeX),
    modeY: formatCoordinate(row.modeY),
    quadrantClass: row.quadrantClass,
    quadrantCounts: Object.entries(row.quadrantCounts).map(([quadrantClass, count]) => ({
      quadrantClass,
      count: count as number,
    })),
    shift: row.shift
      ? {
          x: formatCoordinate(row.shift.x),
          y: formatCoordinate(row.shift.y),
          exactX: row.shift.x.toString(),
          exactY: row.shift.y.toString(),
        }
      : null,
  }));
}
