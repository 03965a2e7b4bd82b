import { Arrangement } from "../../schema/arrangement";
import { containsPattern, type ListSpec } from "../platform";

/** How the arrangements connection lists, orders and filters (see listConnection). */
export const arrangementList: ListSpec<
  Arrangement,
  { municipalityId?: string; teamId?: string; goal?: string; form?: string; nameContains?: string }
> = {
  entity: Arrangement,
  alias: "a",
  tenantColumn: "a.municipality_id",
  sort: { column: "a.name", key: (a) => a.name },
  filters: {
    municipalityId: "a.municipality_id = :value",
    teamId: "a.team_id = :value",
    goal: "a.goal = :value",
    form: "a.form = :value",
    nameContains: ["a.name ILIKE :value", containsPattern],
  },
};
