import type { Decimal } from "decimal.js";
import { DecimalInput, toDecimal } from "./exact";

/** Whose position the button marks: the respondent's own work, or their team's. */
export type PositionSubject = "SELF" | "TEAM";
/** Now (huidige positie) or where the respondent would like it to be (gewenste positie). */
export type PositionHorizon = "CURRENT" | "DESIRED";
/** How rows are grouped: all respondents together, per team label, or per specialism. */
export type PositionGrouping = "NONE" | "TEAM" | "SPECIALISM";

export const POSITION_SUBJECTS: readonly PositionSubject[] = ["SELF", "TEAM"];
export const POSITION_HORIZONS: readonly PositionHorizon[] = ["CURRENT", "DESIRED"];
export const POSITION_GROUPINGS: readonly PositionGrouping[] = ["NONE", "TEAM", "SPECIALISM"];

/** One button placed by one professional in a positioning survey (positiebepaling). */
export interface PositionResponse {
  /** Pseudonymous respondent key; one response per respondent, subject and horizon. */
  readonly respondent: string;
  /** Team label; null, absent or blank: no team. */
  readonly team?: string | null;
  /** Specialisms (e.g. Wmo, Jeugd, Participatie); absent or empty: none. */
  readonly specialisms?: readonly string[] | null;
  readonly subject: PositionSubject;
  readonly horizon: PositionHorizon;
  readonly x: DecimalInput;
  readonly y: DecimalInput;
}

/** A checked response with its groups under one grouping. */
export interface GroupedResponse {
  readonly respondent: string;
  /** The groups the response counts in: one, or several for several specialisms. */
  readonly groups: readonly (string | null)[];
  readonly subject: PositionSubject;
  readonly horizon: PositionHorizon;
  readonly x: Decimal;
  readonly y: Decimal;
}

function label(value: string | null | undefined): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

/** The groups of one response: [null] for NONE and for a response without team/specialism. */
export function groupsOf(response: PositionResponse, groupBy: PositionGrouping): (string | null)[] {
  switch (groupBy) {
    case "NONE":
      return [null];
    case "TEAM":
      return [label(response.team)];
    case "SPECIALISM": {
      const specialisms = [...new Set((response.specialisms ?? []).map(label))].filter(
        (specialism): specialism is string => specialism !== null,
      );
      return specialisms.length === 0 ? [null] : specialisms.sort(compareGroups);
    }
    default:
      throw new RangeError(`groupBy must be one of ${POSITION_GROUPINGS.join(", ")}`);
  }
}

/** Group order: labels by code unit (locale-independent, so every machine agrees), null last. */
export function compareGroups(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * Checks and parses the responses. Throws a RangeError when a coordinate is not a finite
 * decimal, a subject or horizon is unknown, the respondent key is blank, a respondent answers
 * the same subject and horizon twice, or a respondent's groups differ between their responses
 * (a team label or specialism belongs to the respondent, so every shift compares like with like).
 */
export function groupResponses(
  responses: readonly PositionResponse[],
  groupBy: PositionGrouping,
): GroupedResponse[] {
  const answered = new Set<string>();
  const groupsOfRespondent = new Map<string, string>();
  return responses.map((response, index) => {
    const where = `responses[${index}]`;
    const { respondent, subject, horizon } = response;
    if (typeof respondent !== "string" || respondent.trim() === "") {
      throw new RangeError(`${where}.respondent must be a non-empty string`);
    }
    if (!POSITION_SUBJECTS.includes(subject)) {
      throw new RangeError(`${where}.subject must be SELF or TEAM, got ${String(subject)}`);
    }
    if (!POSITION_HORIZONS.includes(horizon)) {
      throw new RangeError(`${where}.horizon must be CURRENT or DESIRED, got ${String(horizon)}`);
    }
    const answer = JSON.stringify([respondent, subject, horizon]);
    if (answered.has(answer)) {
      throw new RangeError(
        `${where}: respondent ${respondent} answered ${subject} ${horizon} twice`,
      );
    }
    answered.add(answer);
    const groups = groupsOf(response, groupBy);
    const groupKey = JSON.stringify(groups);
    const known = groupsOfRespondent.get(respondent);
    if (known !== undefined && known !== groupKey) {
      throw new RangeError(
        `${where}: respondent ${respondent} has groups ${groupKey} here but ${known} elsewhere`,
      );
    }
    groupsOfRespondent.set(respondent, groupKey);
    return {
      respondent,
      groups,
      subject,
      horizon,
      x: toDecimal(response.x, `${where}.x`),
      y: toDecimal(response.y, `${where}.y`),
    };
  });
}
