import { Role } from "../../schema/roles";
import type { Caller } from "./caller";
import { DomainError } from "./errors";

/** KWADRANT_MIN_GROUP_SIZE's default: groups of fewer cases are not shown to every role. */
export const DEFAULT_MIN_GROUP_SIZE = 10;

/**
 * Who sees small groups: whoever may read every case of them anyway. The municipality's analysts,
 * its finance officers (who read and export every case: the accountability workbook lists them
 * one by one) and the platform's ADMIN see every group; a team-bound role (TEAM_LEAD,
 * PROFESSIONAL) sees its own teams' groups in full and gets every other group of fewer than
 * `minGroupSize` cases suppressed, with complements.
 */
export interface DisclosureRule {
  readonly minGroupSize: number;
  /** The viewer sees every group in full. */
  readonly exempt: boolean;
  /** Teams whose groups the viewer sees in full (its own teams' cases). */
  readonly ownTeamIds: readonly string[];
}

const EXEMPT: readonly Role[] = [Role.ADMIN, Role.ANALYST, Role.FINANCE];

export function disclosureRuleOf(caller: Caller, minGroupSize: number): DisclosureRule {
  const exempt = EXEMPT.includes(caller.role);
  const teamBound = caller.role === Role.TEAM_LEAD || caller.role === Role.PROFESSIONAL;
  return { minGroupSize, exempt, ownTeamIds: teamBound ? caller.teamIds : [] };
}

/** An answer that cannot be given at all without disclosing a group under the minimum. */
export class DisclosureError extends DomainError {
  constructor(what: string, minGroupSize: number, field?: string, reason?: string) {
    super(
      "SUPPRESSED",
      `${field ? `${field}: ` : ""}${
        reason ??
        `${what} rests on fewer than ${minGroupSize} cases, or cannot be shown without giving such a group away`
      }; groups of fewer than ${minGroupSize} cases are shown only to the municipality's analysts and to the team whose cases they are. Widen the filter or the period.`,
      { minGroupSize, ...(field ? { field } : {}) },
    );
  }
}
