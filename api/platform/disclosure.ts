import { Role } from "../../schema/roles";
import type { Caller } from "./caller";
import { DomainError } from "./errors";

/** KWADRANT_MIN_GROUP_SIZE's default: groups of fewer cases are not shown to every role. */
export const DEFAULT_MIN_GROUP_SIZE = 10;

/**
 * Who sees small groups. The municipality's analysts (and the platform's ADMIN, who reads every
 * case anyway) see every group; a team-bound role sees its own teams' groups in full; everyone
 * else gets groups of fewer than `minGroupSize` cases suppressed, with complements.
 */
export interface DisclosureRule {
  readonly minGroupSize: number;
  /** The viewer sees every group in full. */
  readonly exempt: boolean;
  /** Teams whose groups the viewer sees in full (its own teams' cases). */
  readonly ownTeamIds: readonly string[];
}

export function disclosureRuleOf(caller: Caller, minGroupSize: number): DisclosureRule {
  const exempt = caller.role === Role.ADMIN || caller.role === Role.ANALYST;
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
