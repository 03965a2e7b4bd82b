import { startTestServer, type TestServer } from "../../support/test-server";
import {
  createDistrict,
  createMunicipality,
  createTeam,
  memberInput,
  rowCounts,
} from "../../support/organisation-fixtures";

const UNKNOWN_ID = "9b2f6a52-1d0e-4c55-9a43-0c5b1f1c2d3e";

describe("bad input is refused with a clear error and writes nothing", () => {
  let t: TestServer;
  let ids: {
    municipality: string;
    district: string;
    team: string;
    member: string;
    stakeholder: string;
  };

  beforeAll(async () => {
    t = await startTestServer();
    const m = await createMunicipality(t, "GM0193", "Zwolle");
    const other = await createMunicipality(t, "GM0344", "Utrecht");
    const d = await createDistrict(t, m.id, "Holtenbroek");
    const otherDistrict = await createDistrict(t, other.id, "Overvecht");
    const team = await createTeam(t, m.id, "Wijkteam Noord", [d.id]);
    const member = await t.ok(
      `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`,
      {
        input: memberInput(team.id, "Daan Visser"),
      },
    );
    const s = await t.ok(
      `mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id } }`,
      {
        input: {
          municipalityId: m.id,
          code: "ZVW",
          name: "Zorgverzekeraar",
          kind: "HEALTH_INSURER",
        },
      },
    );
    ids = {
      municipality: m.id,
      district: otherDistrict.id,
      team: team.id,
      member: member.createMember.id,
      stakeholder: s.createStakeholder.id,
    };
  });
  afterAll(() => t.stop());

  type Case = [string, string, () => Record<string, unknown>, string, RegExp];
  const cases: Case[] = [
    [
      "createMunicipality",
      "CreateMunicipalityInput",
      () => ({ code: "0344", name: "Utrecht" }),
      "BAD_USER_INPUT",
      /^code: must be a CBS gemeentecode/,
    ],
    [
      "createMunicipality",
      "CreateMunicipalityInput",
      () => ({ code: "GM0193", name: "Zwolle bis" }),
      "CONFLICT",
      /^code: a municipality with code GM0193 exists/,
    ],
    [
      "createMunicipality",
      "CreateMunicipalityInput",
      () => ({ code: "GM0355", name: "   " }),
      "BAD_USER_INPUT",
      /^name: must not be empty/,
    ],
    [
      "updateMunicipality",
      "UpdateMunicipalityInput",
      () => ({ id: ids.municipality, version: 1, name: "" }),
      "BAD_USER_INPUT",
      /^name: /,
    ],
    [
      "updateMunicipality",
      "UpdateMunicipalityInput",
      () => ({ id: UNKNOWN_ID, version: 1, name: "X" }),
      "NOT_FOUND",
      /^id: Municipality .* does not exist/,
    ],
    [
      "createDistrict",
      "CreateDistrictInput",
      () => ({ municipalityId: UNKNOWN_ID, name: "Wijk", kind: "WIJK" }),
      "NOT_FOUND",
      /^municipalityId: Municipality/,
    ],
    [
      "createDistrict",
      "CreateDistrictInput",
      () => ({ municipalityId: ids.municipality, name: "Wijk", kind: "WIJK", population: -5 }),
      "BAD_USER_INPUT",
      /^population: must not be negative/,
    ],
    [
      "createDistrict",
      "CreateDistrictInput",
      () => ({ municipalityId: ids.municipality, name: "Wijk", kind: "WIJK", cbsCode: "XX" }),
      "BAD_USER_INPUT",
      /^cbsCode: must be a CBS wijk or buurt code/,
    ],
    [
      "createDistrict",
      "CreateDistrictInput",
      () => ({ municipalityId: ids.municipality, name: "Holtenbroek", kind: "WIJK" }),
      "CONFLICT",
      /^name: a district with this name exists/,
    ],
    [
      "createDistrict",
      "CreateDistrictInput",
      () => ({
        municipalityId: ids.municipality,
        name: "Wijk",
        kind: "WIJK",
        parentId: ids.district,
      }),
      "NOT_FOUND",
      /^parentId: District/,
    ],
    [
      "updateDistrict",
      "UpdateDistrictInput",
      () => ({ id: "not-an-id", version: 1 }),
      "BAD_USER_INPUT",
      /^id: must be a valid id/,
    ],
    [
      "createTeam",
      "CreateTeamInput",
      () => ({
        municipalityId: ids.municipality,
        name: "Team X",
        teamType: "SOCIAL",
        prototype: "TEAM_MODEL",
        fundingForm: "PROJECT",
        districtIds: [ids.district],
      }),
      "NOT_FOUND",
      /^districtIds\[0\]: District .* does not exist/,
    ],
    [
      "createTeam",
      "CreateTeamInput",
      () => ({
        municipalityId: ids.municipality,
        name: "Team X",
        teamType: "SOCIAL",
        prototype: "TEAM_MODEL",
        fundingForm: "PROJECT",
        breadth: ["SOCIAL_AID", "SOCIAL_AID"],
      }),
      "BAD_USER_INPUT",
      /^breadth: must not repeat a domain/,
    ],
    [
      "createTeam",
      "CreateTeamInput",
      () => ({
        municipalityId: ids.municipality,
        name: "Wijkteam Noord",
        teamType: "SOCIAL",
        prototype: "TEAM_MODEL",
        fundingForm: "PROJECT",
      }),
      "CONFLICT",
      /^name: a team with this name exists/,
    ],
    [
      "updateTeam",
      "UpdateTeamInput",
      () => ({ id: ids.team, version: 1, name: null }),
      "BAD_USER_INPUT",
      /^name: cannot be cleared/,
    ],
    [
      "createMember",
      "CreateMemberInput",
      () => memberInput(ids.team, "Eva", { contractedHoursPerWeek: "80" }),
      "BAD_USER_INPUT",
      /^contractedHoursPerWeek: must be a number of hours above 0 and at most 60/,
    ],
    [
      "createMember",
      "CreateMemberInput",
      () => memberInput(ids.team, "Eva", { activeUntil: "2024-12-31" }),
      "BAD_USER_INPUT",
      /^activeUntil: must not be before activeFrom/,
    ],
    [
      "createMember",
      "CreateMemberInput",
      () => memberInput(UNKNOWN_ID, "Eva"),
      "NOT_FOUND",
      /^teamId: Team .* does not exist/,
    ],
    [
      "updateMember",
      "UpdateMemberInput",
      () => ({ id: ids.member, version: 1, activeUntil: "2020-01-01" }),
      "BAD_USER_INPUT",
      /^activeUntil: must not be before activeFrom \(2025-01-01\)/,
    ],
    [
      "updateMember",
      "UpdateMemberInput",
      () => ({ id: ids.member, version: 1, specialisms: [""] }),
      "BAD_USER_INPUT",
      /^specialisms: each must be 1 to 60 characters/,
    ],
    [
      "createStakeholder",
      "CreateStakeholderInput",
      () => ({
        municipalityId: ids.municipality,
        code: "zorg verzekeraar",
        name: "Z",
        kind: "HEALTH_INSURER",
      }),
      "BAD_USER_INPUT",
      /^code: must be 2 to 32 capitals/,
    ],
    [
      "createStakeholder",
      "CreateStakeholderInput",
      () => ({ municipalityId: ids.municipality, code: "ZVW", name: "Z", kind: "HEALTH_INSURER" }),
      "CONFLICT",
      /^code: a stakeholder with this code exists/,
    ],
    [
      "updateStakeholder",
      "UpdateStakeholderInput",
      () => ({ id: ids.stakeholder, version: 99, name: "Z" }),
      "CONFLICT",
      /changed by someone else/,
    ],
  ];

  it.each(cases)("%s(%s) %#", async (mutation, inputType, input, code, message) => {
    const before = await rowCounts(t);
    const result = await t.gql(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { id } }`,
      { input: input() },
    );
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(result.errors?.[0].message).toMatch(message);
    // What a client reads leaks no SQL and no internals; the stack trace is development-only
    // (includeStacktraceInErrorResponses outside production) and is checked in production tests.
    const shown = JSON.stringify(result.errors, (key, value: unknown) =>
      key === "stacktrace" ? undefined : value,
    );
    expect(shown).not.toMatch(/SELECT|INSERT|UPDATE |node_modules/);
    expect(await rowCounts(t)).toEqual(before);
  });

  it("refuses malformed scalars before any resolver runs", async () => {
    const result = await t.gql(
      `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`,
      {
        input: memberInput(ids.team, "Eva", { activeFrom: "2025-02-30" }),
      },
    );
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toMatch(/activeFrom.*2025-02-30 is not a calendar date/);
  });

  it("refuses a team with an unknown district and writes nothing", async () => {
    const before = await rowCounts(t);
    const result = await t.gql(
      `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
      {
        input: {
          municipalityId: ids.municipality,
          name: "Half",
          teamType: "SOCIAL",
          prototype: "TEAM_MODEL",
          fundingForm: "PROJECT",
          districtIds: [UNKNOWN_ID],
        },
      },
    );
    expect(result.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(await rowCounts(t)).toEqual(before);
  });
});
