import type { DataSource, SelectQueryBuilder } from "typeorm";
import { Case, type SelfRelianceAssessment } from "../../schema/case";
import type { Quadrant } from "../../schema/quadrant-model";
import type { CaseFilter } from "../../schema/inputs/case.input";
import {
  BadInputError,
  containsPattern,
  paginate,
  scoped,
  scopedCaseTeams,
  type PageArgs,
  type TenantScope,
} from "../platform";

/** The SQL condition on (x, y) for a quadrant class of a model: a quadrant's code or e, f, ef. */
function classCondition(
  quadrants: Quadrant[],
  quadrantClass: string,
  x: string,
  y: string,
): string {
  if (quadrantClass === "ef") return `(${x} = 0 AND ${y} = 0)`;
  if (quadrantClass === "e") return `(${y} = 0 AND ${x} <> 0)`;
  if (quadrantClass === "f") return `(${x} = 0 AND ${y} <> 0)`;
  const quadrant = quadrants.find((q) => q.code === quadrantClass);
  if (!quadrant) {
    const codes = [...quadrants.map((q) => q.code), "e", "f", "ef"].join(", ");
    throw new BadInputError("filter.quadrantClass", `is not a class of this model (${codes})`);
  }
  const signs: Record<string, string> = {
    TOP_LEFT: `${x} < 0 AND ${y} > 0`,
    TOP_RIGHT: `${x} > 0 AND ${y} > 0`,
    BOTTOM_RIGHT: `${x} > 0 AND ${y} < 0`,
    BOTTOM_LEFT: `${x} < 0 AND ${y} < 0`,
  };
  return `(${signs[quadrant.position]})`;
}

/**
 * Cases with intervention work placed in a quadrant: a provision used (at its placement for the
 * case's district, else its general one) or a component of an applied arrangement.
 */
function quadrantCondition(quadrants: Quadrant[], quadrantClass: string): string {
  const byProvision = classCondition(quadrants, quadrantClass, "pp.x", "pp.y");
  const byComponent = classCondition(
    quadrants,
    quadrantClass,
    "COALESCE(cp.x, gp.x)",
    "COALESCE(cp.y, gp.y)",
  );
  return `(EXISTS (
      SELECT 1 FROM support_activity sa
        JOIN provision_placement pp ON pp.provision_id = sa.provision_id AND pp.model_id = :modelId
       WHERE sa.case_id = c.id AND sa.scenario = 'INTERVENTION'
         AND (pp.district_id = c.district_id OR (pp.district_id IS NULL AND NOT EXISTS (
              SELECT 1 FROM provision_placement o WHERE o.provision_id = sa.provision_id
                 AND o.model_id = :modelId AND o.district_id = c.district_id)))
         AND ${byProvision})
    OR EXISTS (
      SELECT 1 FROM case_arrangement ca
        JOIN arrangement_component ac ON ac.arrangement_id = ca.arrangement_id
        LEFT JOIN component_placement cp ON cp.component_id = ac.id AND cp.model_id = :modelId
        LEFT JOIN provision_placement gp ON gp.provision_id = ac.provision_id AND gp.model_id = :modelId
             AND gp.district_id IS NULL
       WHERE ca.case_id = c.id AND ${byComponent}))`;
}

/** Applies a CaseFilter to a query over `case_record c`. */
export function filterCases(
  query: SelectQueryBuilder<Case>,
  filter: CaseFilter | undefined,
  quadrants: Quadrant[],
) {
  if (!filter) return query;
  if (filter.municipalityId) query.andWhere("c.municipality_id = :m", { m: filter.municipalityId });
  if (filter.teamId) query.andWhere("c.team_id = :team", { team: filter.teamId });
  if (filter.districtId)
    query.andWhere("c.district_id = :district", { district: filter.districtId });
  if (filter.kind) query.andWhere("c.kind = :kind", { kind: filter.kind });
  if (filter.domain) query.andWhere(":domain = ANY(c.problem_domains)", { domain: filter.domain });
  if (filter.arrangementId) {
    query.andWhere(
      "EXISTS (SELECT 1 FROM case_arrangement ca WHERE ca.case_id = c.id AND ca.arrangement_id = :arr)",
      {
        arr: filter.arrangementId,
      },
    );
  }
  if (filter.from)
    query.andWhere("(c.closed_on IS NULL OR c.closed_on >= :from)", { from: filter.from });
  if (filter.to) query.andWhere("c.opened_on <= :to", { to: filter.to });
  if (filter.referenceContains) {
    query.andWhere("c.reference ILIKE :ref", { ref: containsPattern(filter.referenceContains) });
  }
  if (filter.quadrantClass || filter.modelId) {
    if (!filter.quadrantClass || !filter.modelId) {
      throw new BadInputError("filter.quadrantClass", "give modelId and quadrantClass together");
    }
    query.andWhere(quadrantCondition(quadrants, filter.quadrantClass), { modelId: filter.modelId });
  }
  return query;
}

/** Cases the caller may see; `aggregate` drops the own-teams limit (aggregates are municipality-wide). */
function visibleCases(db: DataSource, scope: TenantScope, aggregate = false) {
  const query = db.getRepository(Case).createQueryBuilder("c");
  if (!aggregate) scopedCaseTeams(query, scope, "case_record", "c");
  return scoped(query, scope, "c.municipality_id");
}

/** One page of the cases a filter selects, by reference. */
export function listCases(
  db: DataSource,
  scope: TenantScope,
  filter: CaseFilter | undefined,
  quadrants: Quadrant[],
  page: PageArgs,
) {
  const query = filterCases(visibleCases(db, scope), filter, quadrants);
  return paginate(query, page, { column: "c.reference", key: (c) => c.reference });
}

/** The self-reliance assessments of the cases a filter selects (municipality-wide), in one statement. */
export async function assessmentsOfCases(
  db: DataSource,
  scope: TenantScope,
  filter: CaseFilter | undefined,
  quadrants: Quadrant[],
): Promise<SelfRelianceAssessment[]> {
  const [sql, params] = filterCases(visibleCases(db, scope, true), filter, quadrants)
    .select("c.id", "id")
    .getQueryAndParameters();
  return db.query(
    `SELECT a.case_id AS "caseId", a.domain, a.score, a.assessed_on AS "assessedOn"
       FROM self_reliance_assessment a WHERE a.case_id IN (SELECT f.id FROM (${sql}) f)`,
    params,
  );
}
