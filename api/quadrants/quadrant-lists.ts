import { PositionSurvey } from "../../schema/position-survey";
import { Provision } from "../../schema/provision";
import type { ProvisionFilter } from "../../schema/inputs/provision.input";
import { containsPattern, type ListSpec } from "../platform";

/** How the quadrants' connections list, order and filter their objects (see listConnection). */
export const provisionList: ListSpec<Provision, ProvisionFilter> = {
  entity: Provision,
  alias: "p",
  tenantColumn: "p.municipality_id",
  sort: { column: "p.name", key: (p) => p.name },
  filters: {
    municipalityId: "p.municipality_id = :value",
    districtId:
      "EXISTS (SELECT 1 FROM provision_district pd WHERE pd.provision_id = p.id AND pd.district_id = :value)",
    kind: "p.kind = :value",
    careLayer: "p.care_layer = :value",
    ringTag: ":value = ANY(p.ring_tags)",
    nameContains: ["p.name ILIKE :value", containsPattern],
  },
};

export const positionSurveyList: ListSpec<
  PositionSurvey,
  { municipalityId?: string; modelId?: string }
> = {
  entity: PositionSurvey,
  alias: "s",
  tenantColumn: "s.municipality_id",
  sort: { column: "s.title", key: (s) => s.title },
  filters: { municipalityId: "s.municipality_id = :value", modelId: "s.model_id = :value" },
};
