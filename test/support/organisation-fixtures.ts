import type { TestServer } from "./test-server";

/** Small helpers that build organisations through the public API, as a client would. */
export async function createMunicipality(t: TestServer, code: string, name: string) {
  const data = await t.ok(
    `mutation($input: CreateMunicipalityInput!) { createMunicipality(input: $input) { id version code name } }`,
    { input: { code, name } },
  );
  return data.createMunicipality as { id: string; version: number; code: string; name: string };
}

export async function createDistrict(
  t: TestServer,
  municipalityId: string,
  name: string,
  kind = "WIJK",
) {
  const data = await t.ok(
    `mutation($input: CreateDistrictInput!) { createDistrict(input: $input) { id version name } }`,
    { input: { municipalityId, name, kind } },
  );
  return data.createDistrict as { id: string; version: number; name: string };
}

export async function createTeam(
  t: TestServer,
  municipalityId: string,
  name: string,
  districtIds: string[],
) {
  const data = await t.ok(
    `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id version name } }`,
    {
      input: {
        municipalityId,
        name,
        teamType: "GENERALIST",
        prototype: "TEAM_MODEL",
        breadth: ["SOCIAL_AID", "INFORMAL_NETWORKS"],
        depth: ["SUPPORT"],
        fundingForm: "REGULAR_BUDGET",
        districtIds,
      },
    },
  );
  return data.createTeam as { id: string; version: number; name: string };
}

export function memberInput(teamId: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    teamId,
    name,
    role: "NEIGHBOURHOOD_TEAM_WORKER",
    parentOrganisation: "Travers Welzijn",
    contractedHoursPerWeek: "28",
    expertise: "SPECIALIST",
    specialisms: ["Wmo"],
    activeFrom: "2025-01-01",
    ...extra,
  };
}

export async function createMember(t: TestServer, teamId: string, name: string) {
  const data = await t.ok(
    `mutation($input: CreateMemberInput!) { createMember(input: $input) { id version name } }`,
    { input: memberInput(teamId, name) },
  );
  return data.createMember as { id: string; version: number; name: string };
}

/** Row counts of the organisation tables, to prove that a refused mutation wrote nothing. */
export async function rowCounts(t: TestServer): Promise<Record<string, number>> {
  const rows: { name: string; n: number }[] = await t.database.dataSource.query(`
    SELECT 'municipality' AS name, count(*)::int AS n FROM municipality
    UNION ALL SELECT 'district', count(*)::int FROM district
    UNION ALL SELECT 'team', count(*)::int FROM team
    UNION ALL SELECT 'team_district', count(*)::int FROM team_district
    UNION ALL SELECT 'member', count(*)::int FROM member
    UNION ALL SELECT 'stakeholder', count(*)::int FROM stakeholder`);
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}
