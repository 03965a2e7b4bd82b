import { District } from "../../schema/district";
import { Member } from "../../schema/member";
import { Municipality } from "../../schema/municipality";
import { Stakeholder } from "../../schema/stakeholder";
import { Team } from "../../schema/team";
import type { DistrictFilter } from "../../schema/inputs/district.input";
import type { MemberFilter } from "../../schema/inputs/member.input";
import type { MunicipalityFilter } from "../../schema/inputs/municipality.input";
import type { StakeholderFilter } from "../../schema/inputs/stakeholder.input";
import type { TeamFilter } from "../../schema/inputs/team.input";
import { containsPattern, type ListSpec, scoped, type TenantScope } from "../platform";
import type { DataSource } from "typeorm";

/** How the organisation's connections list, order and filter their objects (see listConnection). */
export const municipalityList: ListSpec<Municipality, MunicipalityFilter> = {
  entity: Municipality,
  alias: "m",
  tenantColumn: "m.id",
  sort: { column: "m.name", key: (m) => m.name },
  filters: { code: "m.code = :value", nameContains: ["m.name ILIKE :value", containsPattern] },
};

export const districtList: ListSpec<District, DistrictFilter> = {
  entity: District,
  alias: "d",
  tenantColumn: "d.municipality_id",
  sort: { column: "d.name", key: (d) => d.name },
  filters: {
    municipalityId: "d.municipality_id = :value",
    kind: "d.kind = :value",
    nameContains: ["d.name ILIKE :value", containsPattern],
  },
};

export const teamList: ListSpec<Team, TeamFilter> = {
  entity: Team,
  alias: "t",
  tenantColumn: "t.municipality_id",
  sort: { column: "t.name", key: (t) => t.name },
  filters: {
    municipalityId: "t.municipality_id = :value",
    districtId:
      "EXISTS (SELECT 1 FROM team_district td WHERE td.team_id = t.id AND td.district_id = :value)",
    prototype: "t.prototype = :value",
    teamType: "t.team_type = :value",
    nameContains: ["t.name ILIKE :value", containsPattern],
  },
};

export const memberList: ListSpec<Member, MemberFilter> = {
  entity: Member,
  alias: "mb",
  tenantColumn: "mb.municipality_id",
  sort: { column: "mb.name", key: (m) => m.name },
  filters: {
    municipalityId: "mb.municipality_id = :value",
    teamId: "mb.team_id = :value",
    role: "mb.role = :value",
    specialism: "EXISTS (SELECT 1 FROM unnest(mb.specialisms) s WHERE lower(s) = lower(:value))",
    activeOn: "mb.active_from <= :value AND (mb.active_until IS NULL OR mb.active_until >= :value)",
  },
};

export const stakeholderList: ListSpec<Stakeholder, StakeholderFilter> = {
  entity: Stakeholder,
  alias: "s",
  tenantColumn: "s.municipality_id",
  sort: { column: "s.code", key: (s) => s.code },
  filters: { municipalityId: "s.municipality_id = :value", kind: "s.kind = :value" },
};

/** The municipality with a CBS code, when the caller may see it. */
export function municipalityByCode(
  db: DataSource,
  scope: TenantScope,
  code: string,
): Promise<Municipality | null> {
  const query = db.getRepository(Municipality).createQueryBuilder("m").where("m.code = :code", {
    code,
  });
  return scoped(query, scope, "m.id").getOne();
}
