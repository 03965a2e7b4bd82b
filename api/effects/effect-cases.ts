import type { DataSource, EntityManager } from "typeorm";
import { Case } from "../../schema/case";
import type { CaseFilter } from "../../schema/inputs/case.input";
import type { Quadrant } from "../../schema/quadrant-model";
import { scoped, type TenantScope } from "../platform";
import { filterCases } from "../registration";
import type { CaseSelection } from "./stored-effect-settings";

/** A case as an effect comparison needs it: what it is called and which groups it can fall in. */
export interface EffectCaseRow {
  id: string;
  reference: string;
  teamId: string;
  teamName: string;
  districtId: string | null;
  districtName: string | null;
  /** The arrangement filtered on, else the first one applied (earliest start), if any. */
  arrangementId: string | null;
  arrangementName: string | null;
  /** The day the case opened, "2025-03-14" (its cohort in a trend). */
  openedOn: string;
}

/** The ids of the filtered cases of one municipality the caller may see, as a SQL selection. */
export function caseSelection(
  db: DataSource | EntityManager,
  scope: TenantScope,
  municipalityId: string,
  filter: CaseFilter | undefined,
  quadrants: Quadrant[],
): CaseSelection {
  const query = scoped(
    db.getRepository(Case).createQueryBuilder("c").select("c.id", "id"),
    scope,
    "c.municipality_id",
  ).andWhere("c.municipality_id = :effectMunicipality", { effectMunicipality: municipalityId });
  filterCases(query, filter, quadrants);
  const [sql, params] = query.getQueryAndParameters();
  return { sql, params };
}

/**
 * The selected cases in reference order, with team, district and arrangement. A case may have
 * several arrangements; with `preferArrangementId` (the arrangement a comparison is filtered on)
 * that one is its arrangement, else the first applied.
 */
export async function loadEffectCases(
  db: DataSource | EntityManager,
  selection: CaseSelection,
  preferArrangementId: string | null = null,
): Promise<EffectCaseRow[]> {
  const prefer = selection.params.length + 1;
  const order = preferArrangementId
    ? `(ca.arrangement_id = $${prefer}) DESC, ca.started_on, ca.id`
    : "ca.started_on, ca.id";
  return db.query(
    `WITH sel AS (${selection.sql})
     SELECT c.id, c.reference, c.team_id AS "teamId", t.name AS "teamName",
            c.district_id AS "districtId", d.name AS "districtName",
            fa.id AS "arrangementId", fa.name AS "arrangementName",
            c.opened_on::text AS "openedOn"
       FROM case_record c
       JOIN team t ON t.id = c.team_id
       LEFT JOIN district d ON d.id = c.district_id
       LEFT JOIN LATERAL (
         SELECT a.id, a.name FROM case_arrangement ca JOIN arrangement a ON a.id = ca.arrangement_id
          WHERE ca.case_id = c.id ORDER BY ${order} LIMIT 1) fa ON true
      WHERE c.id IN (SELECT id FROM sel)
      ORDER BY c.reference, c.id`,
    preferArrangementId ? [...selection.params, preferArrangementId] : selection.params,
  );
}
