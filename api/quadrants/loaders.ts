import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { PositionResponse, PositionSurvey } from "../../schema/position-survey";
import { Provision, ProvisionPlacement } from "../../schema/provision";
import { Quadrant, QuadrantModel } from "../../schema/quadrant-model";
import { loaderBuilders, scopedModels, type TenantScope } from "../platform";
import type { OrganisationLoaders } from "../organisation";
const QUADRANT_ORDER = ["TOP_LEFT", "TOP_RIGHT", "BOTTOM_RIGHT", "BOTTOM_LEFT"];

/**
 * The quadrant models' per-request loaders: models and their quadrants, provisions and their
 * placements, positioning surveys. Links to districts and teams go through the organisation's
 * loaders, so that one request loads each district once.
 */
export function quadrantLoaders(
  db: DataSource,
  scope: TenantScope,
  { district, team }: Pick<OrganisationLoaders, "district" | "team">,
) {
  const { byId, manyBy, across, childrenOf } = loaderBuilders(db, scope);
  const provision = byId(Provision, "x.municipality_id");
  return {
    provision,
    quadrantModel: new DataLoader<string, QuadrantModel | null>(async (ids) => {
      const query = db
        .getRepository(QuadrantModel)
        .createQueryBuilder("x")
        .where("x.id = ANY(:ids)", { ids: [...ids] });
      const found = new Map((await scopedModels(query, scope).getMany()).map((m) => [m.id, m]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    quadrantsByModel: childrenOf(
      Quadrant,
      "model_id",
      (q) => q.modelId,
      (a, b) => QUADRANT_ORDER.indexOf(a.position) - QUADRANT_ORDER.indexOf(b.position),
    ),
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
  };
}

type QuadrantLoaders = ReturnType<typeof quadrantLoaders>;

declare module "../platform/loader-registry" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends QuadrantLoaders {}
}
