import type { DataSource, EntityManager } from "typeorm";
import {
  projectReallocation,
  ReallocationInputError,
  validateMoves,
  type ObservedCase,
  type ReallocationMove,
  type ReallocationResult,
} from "../../calculators/reallocation/index";
import { Arrangement } from "../../schema/arrangement";
import {
  EffectGroupBy,
  type StoredEffectSettingsInput,
} from "../../schema/effect-comparison-types";
import type { CaseFilter } from "../../schema/inputs/case.input";
import {
  BadInputError,
  canSee,
  NotFoundError,
  DisclosureError,
  type DisclosureRule,
  requireId,
  scoped,
  type TenantScope,
} from "../platform";
import { compareEffectsPer, type EffectComparisonResult } from "./effect-comparison.service";
import { discloseGroups } from "./group-disclosure";

/**
 * What-if reallocation over stored cases: the effect comparison per ARRANGEMENT gives the
 * observed baseline (its total) and each named arrangement's observed cases (its group), their
 * intervention hours come in one statement, and the pure calculator projects the moves.
 */

export interface ReallocationRequest {
  municipalityId: string;
  filter?: CaseFilter;
  moves: readonly ReallocationMove[];
  settings?: StoredEffectSettingsInput | null;
  /** The caller's disclosure rule: no arrangement of fewer cases, no filter isolating one. */
  disclosure?: DisclosureRule;
}

export interface ReallocationAnswer {
  result: ReallocationResult;
  labels: ReadonlyMap<string, string>;
  comparison: EffectComparisonResult;
}

/** The calculator's refusals as the API's, naming the same field. */
function asBadInput<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ReallocationInputError) throw new BadInputError(error.field, error.reason);
    throw error;
  }
}

/** The named arrangements the caller may see, in one statement; NOT_FOUND for any other. */
async function namedArrangements(
  db: DataSource | EntityManager,
  scope: TenantScope,
  municipalityId: string,
  moves: readonly ReallocationMove[],
): Promise<Map<string, Arrangement>> {
  const fields = moves.flatMap((move, index) => [
    { field: `moves[${index}].fromArrangementId`, id: move.fromArrangementId },
    { field: `moves[${index}].toArrangementId`, id: move.toArrangementId },
  ]);
  const ids = [...new Set(fields.map(({ field, id }) => requireId(field, id)))];
  const found = await scoped(
    db.getRepository(Arrangement).createQueryBuilder("x").where("x.id = ANY(:ids)", { ids }),
    scope,
    "x.municipality_id",
  ).getMany();
  const byId = new Map(found.map((arrangement) => [arrangement.id, arrangement]));
  for (const { field, id } of fields) {
    const arrangement = byId.get(id.toLowerCase());
    if (!arrangement) throw new NotFoundError("Arrangement", id, field);
    if (arrangement.municipalityId !== municipalityId) {
      throw new BadInputError(field, "the arrangement belongs to another municipality");
    }
  }
  return byId;
}

/** Intervention hours per case (an activity's hours times the months it recurs). */
async function interventionHours(
  db: DataSource | EntityManager,
  caseIds: string[],
): Promise<Map<string, string>> {
  if (caseIds.length === 0) return new Map();
  const rows: { caseId: string; hours: string }[] = await db.query(
    `SELECT case_id AS "caseId", SUM(hours * COALESCE(recur_months, 1))::text AS hours
       FROM support_activity
      WHERE case_id = ANY($1) AND scenario = 'INTERVENTION' AND hours IS NOT NULL
      GROUP BY case_id`,
    [caseIds],
  );
  return new Map(rows.map((row) => [row.caseId, row.hours]));
}

/**
 * For a viewer who may not read every case (a team lead outside its own team): a move may name
 * only an arrangement that the comparison per arrangement of the same filter shows it. One of
 * 1–9 cases, or one hidden as the complement of such a group, would give the small group away
 * through its observed cases and per-case figures.
 */
function refuseHiddenArrangements(
  request: ReallocationRequest,
  moves: readonly ReallocationMove[],
  comparison: EffectComparisonResult,
) {
  const rule = request.disclosure;
  if (!rule || rule.exempt) return;
  const k = rule.minGroupSize;
  // Refuses the whole scenario (SUPPRESSED) when the selection itself is too small.
  const { suppressed } = discloseGroups(
    rule,
    EffectGroupBy.ARRANGEMENT,
    request.filter,
    comparison.groups.map(({ key, label, cases }) => ({ key, label, cases })),
  );
  const hidden = new Map(suppressed.map((group) => [group.key, group.reason]));
  moves.forEach((move, i) => {
    for (const side of ["fromArrangementId", "toArrangementId"] as const) {
      const reason = hidden.get(move[side]);
      if (reason)
        throw new DisclosureError(
          "",
          k,
          `moves[${i}].${side}`,
          reason === "SMALL_GROUP"
            ? `the arrangement has fewer than ${k} observed cases in this filter`
            : `the arrangement is not shown in this filter's comparison, to protect an arrangement of fewer than ${k} cases`,
        );
    }
  });
}

export async function reallocationScenario(
  db: DataSource | EntityManager,
  scope: TenantScope,
  request: ReallocationRequest,
): Promise<ReallocationAnswer> {
  const moves = request.moves.map((move) => ({
    ...move,
    fromArrangementId: move.fromArrangementId.toLowerCase(),
    toArrangementId: move.toArrangementId.toLowerCase(),
  }));
  asBadInput(() => validateMoves(moves));
  // Another municipality is as invisible as in effectComparison, before any arrangement is read.
  if (!canSee(scope, request.municipalityId)) {
    throw new NotFoundError("Municipality", request.municipalityId, "filter.municipalityId");
  }
  const arrangements = await namedArrangements(db, scope, request.municipalityId, moves);
  const observed = new Map<string, { caseId: string; cost: string; socialReturn: string }[]>(
    [...arrangements.keys()].map((id) => [id, []]),
  );
  const comparisons = await compareEffectsPer(db, scope, {
    municipalityId: request.municipalityId,
    groupings: [EffectGroupBy.ARRANGEMENT],
    timelines: [],
    filter: request.filter,
    settings: request.settings,
    disclosure: request.disclosure,
    onCase: (row) => {
      const key = row.groups.get(EffectGroupBy.ARRANGEMENT)?.key;
      const cases = key ? observed.get(key) : undefined;
      cases?.push({
        caseId: row.caseId,
        cost: row.result.investment,
        socialReturn: row.result.presentValue,
      });
    },
  });
  const comparison = comparisons.get(EffectGroupBy.ARRANGEMENT)!;
  refuseHiddenArrangements(request, moves, comparison);
  const hours = await interventionHours(
    db,
    [...observed.values()].flatMap((cases) => cases.map((c) => c.caseId)),
  );
  const withHours = new Map<string, ObservedCase[]>(
    [...observed].map(([id, cases]) => [
      id,
      cases.map((c) => ({
        cost: c.cost,
        socialReturn: c.socialReturn,
        hours: hours.get(c.caseId) ?? "0",
      })),
    ]),
  );
  const result = asBadInput(() =>
    projectReallocation({
      baseline: {
        cases: comparison.cases,
        cost: comparison.total.investment,
        socialReturn: comparison.total.presentValue,
      },
      arrangements: withHours,
      moves,
      ratioDecimals: comparison.settingsUsed.ratioDecimals,
    }),
  );
  const labels = new Map([...arrangements].map(([id, arrangement]) => [id, arrangement.name]));
  return { result, labels, comparison };
}
