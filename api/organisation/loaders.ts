import type { DataSource } from "typeorm";
import { District } from "../../schema/district";
import { Member } from "../../schema/member";
import { Municipality } from "../../schema/municipality";
import { Stakeholder } from "../../schema/stakeholder";
import { Team } from "../../schema/team";
import { loaderBuilders, type TenantScope } from "../platform";

/** The organisation's per-request loaders: municipalities, districts, teams, members, stakeholders. */
export function organisationLoaders(db: DataSource, scope: TenantScope) {
  const { byId, manyBy, across } = loaderBuilders(db, scope);
  const district = byId(District, "x.municipality_id");
  const team = byId(Team, "x.municipality_id");
  return {
    municipality: byId(Municipality, "x.id"),
    district,
    team,
    member: byId(Member, "x.municipality_id"),
    stakeholder: byId(Stakeholder, "x.municipality_id"),
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
  };
}

export type OrganisationLoaders = ReturnType<typeof organisationLoaders>;

declare module "../platform/loader-registry" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends OrganisationLoaders {}
}
