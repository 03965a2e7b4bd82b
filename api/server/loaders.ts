import DataLoader from "dataloader";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { Arrangement, ArrangementComponent, ComponentPlacement } from "../../schema/arrangement";
import { Case, CaseArrangement, SelfRelianceAssessment } from "../../schema/case";
import { District } from "../../schema/district";
import { Outcome } from "../../schema/outcome";
import { SupportActivity } from "../../schema/support-activity";
import { Member } from "../../schema/member";
import { Municipality } from "../../schema/municipality";
import { PositionResponse, PositionSurvey } from "../../schema/position-survey";
import { Provision, ProvisionPlacement } from "../../schema/provision";
import { Quadrant, QuadrantModel } from "../../schema/quadrant-model";
import { Stakeholder } from "../../schema/stakeholder";
import { Team } from "../../schema/team";
import { scoped, scopedCaseTeams, scopedModels, type TenantScope } from "../platform/tenant-scope";
import { caseEffectLoader } from "../effects/case-effect.service";

function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/**
 * Per-request DataLoaders for every relation: a nested query costs one statement per level,
 * whatever the number of rows. Each loader applies the request's tenant scope.
 */
export function createLoaders(db: DataSource, scope: TenantScope) {
  function byId<T extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<T>,
    tenantColumn: string,
  ) {
    return new DataLoader<string, T | null>(async (ids) => {
      const query = db
        .getRepository(entity)
        .createQueryBuilder("x")
        .where("x.id = ANY(:ids)", { ids: [...ids] });
      scopedCaseTeams(query, scope, db.getMetadata(entity).tableName);
      const rows = await scoped(query, scope, tenantColumn).getMany();
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  function manyBy<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: string,
    keyOf: (row: T) => string,
    orderBy: string,
  ) {
    return new DataLoader<string, T[]>(async (keys) => {
      const query = db
        .getRepository(entity)
        .createQueryBuilder("x")
        .where(`x.${column} = ANY(:keys)`, { keys: [...keys] })
        .orderBy(`x.${orderBy}`, "ASC")
        .addOrderBy("x.id", "ASC");
      scopedCaseTeams(query, scope, db.getMetadata(entity).tableName);
      const groups = groupBy(await scoped(query, scope, "x.municipality_id").getMany(), keyOf);
      return keys.map((key) => groups.get(key) ?? []);
    });
  }

  /** One direction of a many-to-many link table: the links, then the objects through `target`. */
  function across<T extends { name: string }>(
    table: string,
    own: string,
    other: string,
    target: DataLoader<string, T | null>,
  ) {
    return new DataLoader<string, T[]>(async (keys) => {
      const links: { own: string; other: string }[] = await db.query(
        `SELECT ${own} AS own, ${other} AS other FROM ${table} WHERE ${other} = ANY($1)`,
        [[...keys]],
      );
      const objects = await target.loadMany(links.map((link) => link.own));
      const groups = new Map<string, T[]>();
      links.forEach((link, index) => {
        const object = objects[index];
        if (object === null || object instanceof Error) return;
        const list = groups.get(link.other) ?? [];
        list.push(object);
        groups.set(link.other, list);
      });
      const byName = (a: T, b: T) => a.name.localeCompare(b.name, "nl");
      return keys.map((key) => (groups.get(key) ?? []).sort(byName));
    });
  }

  /** Help requests bundled in a collective issue, or the issues bundling a request. */
  function bundle(own: string, other: string) {
    return new DataLoader<string, string[]>(async (keys) => {
      const links: { own: string; other: string }[] = await db.query(
        `SELECT ${own} AS own, ${other} AS other FROM case_bundle WHERE ${own} = ANY($1)`,
        [[...keys]],
      );
      return keys.map((key) => links.filter((l) => l.own === key).map((l) => l.other));
    });
  }

  const municipality = byId(Municipality, "x.id");
  const district = byId(District, "x.municipality_id");
  const team = byId(Team, "x.municipality_id");
  const provision = byId(Provision, "x.municipality_id");

  const quadrantModel = new DataLoader<string, QuadrantModel | null>(async (ids) => {
    const query = db
      .getRepository(QuadrantModel)
      .createQueryBuilder("x")
      .where("x.id = ANY(:ids)", { ids: [...ids] });
    const found = new Map((await scopedModels(query, scope).getMany()).map((m) => [m.id, m]));
    return ids.map((id) => found.get(id) ?? null);
  });

  const quadrantsByModel = new DataLoader<string, Quadrant[]>(async (ids) => {
    const rows = await db
      .getRepository(Quadrant)
      .createQueryBuilder("q")
      .where("q.model_id = ANY(:ids)", { ids: [...ids] })
      .getMany();
    const order = ["TOP_LEFT", "TOP_RIGHT", "BOTTOM_RIGHT", "BOTTOM_LEFT"];
    rows.sort((a, b) => order.indexOf(a.position) - order.indexOf(b.position));
    const groups = groupBy(rows, (q) => q.modelId);
    return ids.map((id) => groups.get(id) ?? []);
  });
  return {
    /** Effects of cases (`case.effect`), batched per settings; the cases were scoped when loaded. */
    caseEffect: caseEffectLoader(db),
    municipality,
    district,
    team,
    member: byId(Member, "x.municipality_id"),
    districtsByMunicipality: manyBy(District, "municipality_id", (d) => d.municipalityId, "name"),
    districtsByParent: manyBy(District, "parent_id", (d) => d.parentId ?? "", "name"),
    teamsByMunicipality: manyBy(Team, "municipality_id", (t) => t.municipalityId, "name"),
    membersByTeam: manyBy(Member, "team_id", (m) => m.teamId, "name"),
    stakeholdersByMunicipality: manyBy(
      Stakeholder,
      "municipality_id",
      (s) => s.municipalityId,
      "code",
    ),
    teamsByDistrict: across("team_district", "team_id", "district_id", team),
    districtsByTeam: across("team_district", "district_id", "team_id", district),
    provision,
    quadrantModel,
    quadrantsByModel,
    placementsByProvision: manyBy(
      ProvisionPlacement,
      "provision_id",
      (p) => p.provisionId,
      "model_id",
    ),
    districtsByProvision: across("provision_district", "district_id", "provision_id", district),
    provisionsByDistrict: across("provision_district", "provision_id", "district_id", provision),
    survey: byId(PositionSurvey, "x.municipality_id"),
    teamsBySurvey: across("position_survey_team", "team_id", "survey_id", team),
    responsesBySurvey: manyBy(PositionResponse, "survey_id", (r) => r.surveyId, "respondent"),
    stakeholder: byId(Stakeholder, "x.municipality_id"),
    arrangement: byId(Arrangement, "x.municipality_id"),
    componentsByArrangement: manyBy(
      ArrangementComponent,
      "arrangement_id",
      (c) => c.arrangementId,
      "position",
    ),
    componentPlacements: new DataLoader<string, ComponentPlacement[]>(async (ids) => {
      const rows = await db
        .getRepository(ComponentPlacement)
        .createQueryBuilder("cp")
        .where("cp.component_id = ANY(:ids)", { ids: [...ids] })
        .getMany();
      const groups = groupBy(rows, (r) => r.componentId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    case: byId(Case, "x.municipality_id"),
    arrangementsByCase: manyBy(CaseArrangement, "case_id", (a) => a.caseId, "started_on"),
    assessmentsByCase: manyBy(SelfRelianceAssessment, "case_id", (a) => a.caseId, "assessed_on"),
    activitiesByCase: manyBy(SupportActivity, "case_id", (a) => a.caseId, "activity_date"),
    outcomesByCase: manyBy(Outcome, "case_id", (o) => o.caseId, "outcome_date"),
    requestsByIssue: bundle("issue_id", "request_id"),
    issuesByRequest: bundle("request_id", "issue_id"),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
