import type { EntityManager } from "typeorm";
import { District } from "../../schema/district";
import { Member } from "../../schema/member";
import { Municipality } from "../../schema/municipality";
import { Stakeholder } from "../../schema/stakeholder";
import { Team } from "../../schema/team";
import type { CreateDistrictInput, UpdateDistrictInput } from "../../schema/inputs/district.input";
import type { CreateMemberInput, UpdateMemberInput } from "../../schema/inputs/member.input";
import type {
  CreateMunicipalityInput,
  UpdateMunicipalityInput,
} from "../../schema/inputs/municipality.input";
import type {
  CreateStakeholderInput,
  UpdateStakeholderInput,
} from "../../schema/inputs/stakeholder.input";
import type { CreateTeamInput, UpdateTeamInput } from "../../schema/inputs/team.input";
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  mayUseTeam,
  requireOwnTeam,
  type TenantScope,
  changesFrom,
  deleteVersioned,
  findVisible,
  insertRow,
  updateVersioned,
} from "../platform";

/** Writes of the organisation model. Every function runs inside the caller's transaction. */

export async function createMunicipality(
  em: EntityManager,
  scope: TenantScope,
  input: CreateMunicipalityInput,
) {
  if (scope.kind !== "all")
    throw new ForbiddenError("Only a platform administrator creates municipalities");
  const existing = await em.findOneBy(Municipality, { code: input.code });
  if (existing) throw new ConflictError(`code: a municipality with code ${input.code} exists`);
  return insertRow(em, Municipality, { code: input.code, name: input.name.trim() });
}

export async function updateMunicipality(
  em: EntityManager,
  scope: TenantScope,
  input: UpdateMunicipalityInput,
) {
  const changes = changesFrom(input);
  return updateVersioned(
    em,
    Municipality,
    "Municipality",
    input.id,
    input.version,
    changes,
    scope,
    "x.id",
  );
}

async function requireMunicipality(
  em: EntityManager,
  scope: TenantScope,
  id: string,
  field: string,
) {
  return findVisible(em, Municipality, "Municipality", id, scope, field, "x.id");
}

async function checkParent(
  em: EntityManager,
  municipalityId: string,
  parentId: string,
  selfId?: string,
) {
  const parent = await em.findOneBy(District, { id: parentId, municipalityId });
  if (!parent) throw new NotFoundError("District", parentId, "parentId");
  if (selfId && parentId === selfId)
    throw new BadInputError("parentId", "a district cannot lie in itself");
}

export async function createDistrict(
  em: EntityManager,
  scope: TenantScope,
  input: CreateDistrictInput,
) {
  await requireMunicipality(em, scope, input.municipalityId, "municipalityId");
  if (input.parentId) await checkParent(em, input.municipalityId, input.parentId);
  return insertRow(em, District, {
    municipalityId: input.municipalityId,
    name: input.name.trim(),
    kind: input.kind,
    cbsCode: input.cbsCode ?? null,
    parentId: input.parentId ?? null,
    population: input.population ?? null,
  });
}

export async function updateDistrict(
  em: EntityManager,
  scope: TenantScope,
  input: UpdateDistrictInput,
) {
  const current = await findVisible(em, District, "District", input.id, scope);
  if (input.parentId) await checkParent(em, current.municipalityId, input.parentId, current.id);
  const changes = changesFrom(input, ["cbsCode", "parentId", "population"]);
  return updateVersioned(em, District, "District", input.id, input.version, changes, scope);
}

async function checkDistricts(em: EntityManager, municipalityId: string, districtIds: string[]) {
  if (!districtIds.length) return;
  const found: { id: string }[] = await em.query(
    "SELECT id FROM district WHERE id = ANY($1) AND municipality_id = $2",
    [districtIds, municipalityId],
  );
  const known = new Set(found.map((row) => row.id));
  const index = districtIds.findIndex((id) => !known.has(id));
  if (index >= 0) {
    throw new NotFoundError("District", districtIds[index], `districtIds[${index}]`);
  }
}

async function setTeamDistricts(em: EntityManager, team: Team, districtIds: string[]) {
  await em.query("DELETE FROM team_district WHERE team_id = $1", [team.id]);
  if (!districtIds.length) return;
  await em.query(
    `INSERT INTO team_district (team_id, district_id, municipality_id)
     SELECT $1, unnest($2::uuid[]), $3`,
    [team.id, districtIds, team.municipalityId],
  );
}

export async function createTeam(em: EntityManager, scope: TenantScope, input: CreateTeamInput) {
  await requireMunicipality(em, scope, input.municipalityId, "municipalityId");
  await checkDistricts(em, input.municipalityId, input.districtIds);
  const team = await insertRow(em, Team, {
    municipalityId: input.municipalityId,
    name: input.name.trim(),
    teamType: input.teamType,
    prototype: input.prototype,
    breadth: input.breadth,
    depth: input.depth,
    fundingForm: input.fundingForm,
  });
  await setTeamDistricts(em, team, input.districtIds);
  return team;
}

export async function updateTeam(em: EntityManager, scope: TenantScope, input: UpdateTeamInput) {
  const current = await findVisible(em, Team, "Team", input.id, scope);
  const { districtIds, ...fields } = input;
  if (districtIds) await checkDistricts(em, current.municipalityId, districtIds);
  const updated = await updateVersioned(
    em,
    Team,
    "Team",
    input.id,
    input.version,
    changesFrom(fields),
    scope,
  );
  if (districtIds) await setTeamDistricts(em, updated, districtIds);
  return updated;
}

function checkActivePeriod(activeFrom: string, activeUntil: string | null) {
  if (activeUntil && activeUntil < activeFrom) {
    throw new BadInputError("activeUntil", `must not be before activeFrom (${activeFrom})`);
  }
}

/** A team whose members the caller may manage: any visible one, or a TEAM_LEAD's own. */
async function findOwnTeam(em: EntityManager, scope: TenantScope, teamId: string) {
  const team = await findVisible(em, Team, "Team", teamId, scope, "teamId");
  requireOwnTeam(scope, team.id);
  return team;
}

async function findOwnMember(em: EntityManager, scope: TenantScope, id: string) {
  const member = await findVisible(em, Member, "Member", id, scope);
  if (!mayUseTeam(scope, member.teamId)) throw new NotFoundError("Member", id, "id");
  return member;
}

export async function deleteMember(
  em: EntityManager,
  scope: TenantScope,
  id: string,
  version: number | undefined,
) {
  await findOwnMember(em, scope, id);
  return deleteVersioned(em, Member, "Member", id, version, scope);
}

export async function createMember(
  em: EntityManager,
  scope: TenantScope,
  input: CreateMemberInput,
) {
  const team = await findOwnTeam(em, scope, input.teamId);
  checkActivePeriod(input.activeFrom, input.activeUntil ?? null);
  return insertRow(em, Member, {
    municipalityId: team.municipalityId,
    teamId: team.id,
    name: input.name.trim(),
    role: input.role,
    parentOrganisation: input.parentOrganisation.trim(),
    contractedHoursPerWeek: input.contractedHoursPerWeek,
    expertise: input.expertise,
    specialisms: input.specialisms.map((s) => s.trim()),
    activeFrom: input.activeFrom,
    activeUntil: input.activeUntil ?? null,
  });
}

export async function updateMember(
  em: EntityManager,
  scope: TenantScope,
  input: UpdateMemberInput,
) {
  const current = await findOwnMember(em, scope, input.id);
  if (input.teamId) {
    const team = await findOwnTeam(em, scope, input.teamId);
    if (team.municipalityId !== current.municipalityId) {
      throw new BadInputError("teamId", "the team belongs to another municipality");
    }
  }
  const activeUntil = input.activeUntil === undefined ? current.activeUntil : input.activeUntil;
  checkActivePeriod(input.activeFrom ?? current.activeFrom, activeUntil);
  const changes = changesFrom(input, ["activeUntil"]);
  return updateVersioned(em, Member, "Member", input.id, input.version, changes, scope);
}

export async function createStakeholder(
  em: EntityManager,
  scope: TenantScope,
  input: CreateStakeholderInput,
) {
  await requireMunicipality(em, scope, input.municipalityId, "municipalityId");
  return insertRow(em, Stakeholder, {
    municipalityId: input.municipalityId,
    code: input.code,
    name: input.name.trim(),
    kind: input.kind,
  });
}

export async function updateStakeholder(
  em: EntityManager,
  scope: TenantScope,
  input: UpdateStakeholderInput,
) {
  return updateVersioned(
    em,
    Stakeholder,
    "Stakeholder",
    input.id,
    input.version,
    changesFrom(input),
    scope,
  );
}
