import type { SelectQueryBuilder, ObjectLiteral } from "typeorm";
import { BadInputError, NotFoundError } from "./errors";

/**
 * Which municipalities (tenants) a request may see. Every read and write goes through it, so
 * that no request reads another municipality's data. Authentication decides it per request.
 */
export type TenantScope =
  | { kind: "all" }
  | {
      kind: "municipalities";
      ids: readonly string[];
      /**
       * When set (TEAM_LEAD, PROFESSIONAL), case-level rows — cases and what hangs under them —
       * are limited to cases of these teams; organisation data and aggregates stay
       * municipality-wide.
       */
      caseTeamIds?: readonly string[];
    };

export const PLATFORM_SCOPE: TenantScope = { kind: "all" };

export function canSee(scope: TenantScope, municipalityId: string): boolean {
  return scope.kind === "all" || scope.ids.includes(municipalityId);
}

/** Restricts a query to the scope; `column` is the qualified municipality id column. */
export function scoped<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  scope: TenantScope,
  column: string,
): SelectQueryBuilder<T> {
  if (scope.kind === "all") return query;
  return query.andWhere(`${column} = ANY(:scopeIds)`, { scopeIds: [...scope.ids] });
}

/** Quadrant models: the built-in ones are shared by all; the others belong to a municipality. */
export function scopedModels<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  scope: TenantScope,
  alias = "x",
): SelectQueryBuilder<T> {
  if (scope.kind === "all") return query;
  return query.andWhere(`(${alias}.built_in OR ${alias}.municipality_id = ANY(:scopeIds))`, {
    scopeIds: [...scope.ids],
  });
}

/** Tables of case-level rows: the case itself, or rows that hang under a case by `case_id`. */
const CASE_LEVEL_TABLES = new Set([
  "case_record",
  "case_arrangement",
  "self_reliance_assessment",
  "support_activity",
  "outcome",
]);

function isCaseLevelTable(table: string): boolean {
  return CASE_LEVEL_TABLES.has(table);
}

/**
 * Restricts case-level rows to the caller's teams (TEAM_LEAD, PROFESSIONAL); `alias` is the
 * query alias of a row of `table`. A no-op for other scopes and other tables.
 */
export function scopedCaseTeams<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  scope: TenantScope,
  table: string,
  alias = "x",
): SelectQueryBuilder<T> {
  if (scope.kind === "all" || !scope.caseTeamIds || !isCaseLevelTable(table)) return query;
  const teams = { scopeTeamIds: [...scope.caseTeamIds] };
  if (table === "case_record")
    return query.andWhere(`${alias}.team_id = ANY(:scopeTeamIds)`, teams);
  return query.andWhere(
    `${alias}.case_id IN (SELECT st.id FROM case_record st WHERE st.team_id = ANY(:scopeTeamIds))`,
    teams,
  );
}

/** A team-bound caller writes only to its own teams; another team looks absent (NOT_FOUND). */
export function requireOwnTeam(scope: TenantScope, teamId: string, field = "teamId"): void {
  if (!mayUseTeam(scope, teamId)) throw new NotFoundError("Team", teamId, field);
}

/** Whether the scope may hold case data of this team (always, outside team-bound roles). */
export function mayUseTeam(scope: TenantScope, teamId: string): boolean {
  return scope.kind === "all" || !scope.caseTeamIds || scope.caseTeamIds.includes(teamId);
}

/**
 * Aggregates are municipality-wide, also for team-bound callers; narrowing one to a case
 * reference would reveal another team's single case, so such callers may not.
 */
export function refuseReferenceNarrowing(
  scope: TenantScope,
  filter: { referenceContains?: string | null } | undefined,
): void {
  if (scope.kind === "all" || !scope.caseTeamIds || !filter?.referenceContains) return;
  throw new BadInputError(
    "filter.referenceContains",
    "aggregates cover the whole municipality and cannot be narrowed to case references for your role; query cases(filter) for your own teams' cases",
  );
}
