import type { DataSource, EntityManager } from "typeorm";
import type { CaseFilter } from "../../schema/inputs/case.input";
import type { Quadrant } from "../../schema/quadrant-model";
import {
  DisclosureError,
  isQuarterEnd,
  isQuarterStart,
  shiftedParams,
  shiftQuarter,
  type DisclosureRule,
  type TenantScope,
} from "../platform";
import { caseSelection } from "./effect-cases";

/** Filters that cut across the groups disclosure control protects: analysts only. */
const ANALYST_ONLY = ["domain", "kind", "referenceContains"] as const;
/** Filters along the groups: allowed, if no neighbouring selection differs by a few cases. */
const DIMENSIONS = ["teamId", "districtId", "arrangementId", "quadrantClass"] as const;

/** The neighbouring selections of a filter: each narrowing field dropped or widened by a step. */
function neighbours(filter: CaseFilter): { field: string; filter: CaseFilter }[] {
  const result: { field: string; filter: CaseFilter }[] = [];
  for (const field of DIMENSIONS) {
    if (!filter[field]) continue;
    const without: CaseFilter = { ...filter, [field]: undefined };
    if (field === "quadrantClass") without.modelId = undefined;
    result.push({ field, filter: without });
  }
  if (filter.from) {
    result.push({ field: "from", filter: { ...filter, from: shiftQuarter(filter.from, -1) } });
    result.push({ field: "from", filter: { ...filter, from: undefined } });
  }
  if (filter.to) {
    result.push({ field: "to", filter: { ...filter, to: shiftQuarter(filter.to, 1) } });
    result.push({ field: "to", filter: { ...filter, to: undefined } });
  }
  return result;
}

/**
 * Disclosure control on the filter of an aggregate, for a caller who may not read every case
 * it covers: a small group could otherwise be had as the difference of two large answers.
 * Filters across the groups (domain, kind, reference) are the analysts'; periods are whole
 * quarters; and the selection may differ from each neighbour — one filter field dropped, a
 * period bound dropped or moved one quarter out — by no case or by at least the minimum. One
 * SQL statement counts them all. (Two bounded periods several quarters apart are not compared
 * with each other: see the README on what this does not cover.)
 */
export async function refuseDifferencing(
  db: DataSource | EntityManager,
  scope: TenantScope,
  rule: DisclosureRule,
  municipalityId: string,
  filter: CaseFilter | undefined,
  quadrants: Quadrant[],
): Promise<void> {
  if (rule.exempt || !filter) return;
  if (filter.teamId && rule.ownTeamIds.includes(filter.teamId)) return;
  const k = rule.minGroupSize;
  for (const field of ANALYST_ONLY) {
    if (filter[field])
      throw new DisclosureError(
        "",
        k,
        `filter.${field}`,
        "narrows the cases across the groups disclosure control protects",
      );
  }
  if (filter.from && !isQuarterStart(filter.from))
    throw new DisclosureError(
      "",
      k,
      "filter.from",
      "must be the first day of a quarter (periods a few days apart would give small groups away)",
    );
  if (filter.to && !isQuarterEnd(filter.to))
    throw new DisclosureError(
      "",
      k,
      "filter.to",
      "must be the last day of a quarter (periods a few days apart would give small groups away)",
    );
  const variants = neighbours(filter);
  if (!variants.length) return;
  const selections = [filter, ...variants.map((v) => v.filter)].map((f) =>
    caseSelection(db, scope, municipalityId, f, quadrants),
  );
  const params: unknown[] = [];
  const counts = selections.map((selection, i) => {
    const sql = shiftedParams(selection.sql, params.length);
    params.push(...selection.params);
    return `(SELECT count(*)::int FROM (${sql}) s${i}) AS c${i}`;
  });
  const [row]: Record<string, number>[] = await db.query(`SELECT ${counts.join(", ")}`, params);
  variants.forEach((variant, i) => {
    const difference = row[`c${i + 1}`] - row.c0;
    if (difference > 0 && difference < k)
      throw new DisclosureError(
        "",
        k,
        `filter.${variant.field}`,
        `the selection differs by fewer than ${k} cases from the one without this narrowing, so comparing the two would give that small group away`,
      );
  });
}
