import { startTestServer, type TestServer } from "../../support/test-server";
import {
  createDistrict,
  createMember,
  createMunicipality,
  createTeam,
  rowCounts,
} from "../../support/organisation-fixtures";

describe("organisation model over GraphQL", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());
  beforeEach(() => t.reset());

  it("creates, reads back, filters and pages the organisation", async () => {
    const utrecht = await createMunicipality(t, "GM0344", "Utrecht");
    await createMunicipality(t, "GM0193", "Zwolle");
    const overvecht = await createDistrict(t, utrecht.id, "Overvecht");
    const zuid = await createDistrict(t, utrecht.id, "Zuid");
    const team = await createTeam(t, utrecht.id, "Buurtteam Sociaal Overvecht", [
      overvecht.id,
      zuid.id,
    ]);
    await createMember(t, team.id, "Anouk de Vries");
    await t.ok(
      `mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id } }`,
      {
        input: {
          municipalityId: utrecht.id,
          code: "ZVW",
          name: "Zorgverzekeraar",
          kind: "HEALTH_INSURER",
        },
      },
    );

    const data = await t.ok(
      `query($code: String) { municipality(code: $code) { name
         districts { name teams { name } }
         teams { name prototype breadth districts { name } members { name specialisms contractedHoursPerWeek team { name } } }
         stakeholders { code kind } } }`,
      { code: "GM0344" },
    );
    expect(data.municipality).toEqual({
      name: "Utrecht",
      districts: [
        { name: "Overvecht", teams: [{ name: "Buurtteam Sociaal Overvecht" }] },
        { name: "Zuid", teams: [{ name: "Buurtteam Sociaal Overvecht" }] },
      ],
      teams: [
        {
          name: "Buurtteam Sociaal Overvecht",
          prototype: "TEAM_MODEL",
          breadth: ["SOCIAL_AID", "INFORMAL_NETWORKS"],
          districts: [{ name: "Overvecht" }, { name: "Zuid" }],
          members: [
            {
              name: "Anouk de Vries",
              specialisms: ["Wmo"],
              contractedHoursPerWeek: "28.00",
              team: { name: "Buurtteam Sociaal Overvecht" },
            },
          ],
        },
      ],
      stakeholders: [{ code: "ZVW", kind: "HEALTH_INSURER" }],
    });

    const filtered = await t.ok(
      `{ teams(filter: { nameContains: "overvecht", prototype: TEAM_MODEL }) { totalCount } }`,
    );
    expect(filtered.teams.totalCount).toBe(1);
    const bySpecialism = await t.ok(
      `{ members(filter: { specialism: "wmo", activeOn: "2025-06-01" }) { totalCount } }`,
    );
    expect(bySpecialism.members.totalCount).toBe(1);
    const beforeActive = await t.ok(
      `{ members(filter: { activeOn: "2024-06-01" }) { totalCount } }`,
    );
    expect(beforeActive.members.totalCount).toBe(0);
    const inDistrict = await t.ok(
      `query($d: ID) { teams(filter: { districtId: $d }) { totalCount } }`,
      { d: zuid.id },
    );
    expect(inDistrict.teams.totalCount).toBe(1);
    const wildcard = await t.ok(`{ districts(filter: { nameContains: "%" }) { totalCount } }`);
    expect(wildcard.districts.totalCount).toBe(0);
  });

  it("pages with cursors over every item exactly once", async () => {
    const m = await createMunicipality(t, "GM0356", "Nieuwegein");
    for (let i = 0; i < 7; i++)
      await createDistrict(t, m.id, `Wijk ${String.fromCharCode(65 + i)}`);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: any = await t.ok(
        `query($after: String) { districts(first: 3, after: $after) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      pages += 1;
      expect(page.districts.totalCount).toBe(7);
      seen.push(...page.districts.edges.map((e: any) => e.node.name));
      if (!page.districts.pageInfo.hasNextPage) break;
      after = page.districts.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(["Wijk A", "Wijk B", "Wijk C", "Wijk D", "Wijk E", "Wijk F", "Wijk G"]);

    const tooMany = await t.gql(`{ districts(first: 1000) { totalCount } }`);
    expect(tooMany.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(tooMany.errors?.[0].message).toMatch(/first: must be at most 100/);
    const badCursor = await t.gql(`{ districts(after: "nonsense") { totalCount } }`);
    expect(badCursor.errors?.[0].message).toMatch(/^after: /);
  });

  it("updates with the version read and refuses a stale update without losing the first", async () => {
    const m = await createMunicipality(t, "GM0193", "Zwolle");
    const d = await createDistrict(t, m.id, "Holtenbroek");
    const team = await createTeam(t, m.id, "Wijkteam Noord", [d.id]);
    const member = await createMember(t, team.id, "Bram Jansen");

    const first = await t.ok(
      `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { version contractedHoursPerWeek specialisms } }`,
      {
        input: {
          id: member.id,
          version: member.version,
          contractedHoursPerWeek: "32",
          specialisms: ["Wmo", "Jeugd"],
        },
      },
    );
    expect(first.updateMember).toEqual({
      version: member.version + 1,
      contractedHoursPerWeek: "32.00",
      specialisms: ["Wmo", "Jeugd"],
    });

    const stale = await t.gql(
      `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { version } }`,
      {
        input: { id: member.id, version: member.version, contractedHoursPerWeek: "20" },
      },
    );
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(stale.errors?.[0].message).toMatch(/changed by someone else/);
    const stored = await t.ok(
      `query($id: ID!) { member(id: $id) { version contractedHoursPerWeek specialisms } }`,
      { id: member.id },
    );
    expect(stored.member).toEqual(first.updateMember);
  });

  it("lets exactly one of two concurrent updates with the same version win", async () => {
    const m = await createMunicipality(t, "GM0193", "Zwolle");
    const team = await createTeam(t, m.id, "Wijkteam Oost", []);
    const update = (name: string) =>
      t.gql(`mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { name version } }`, {
        input: { id: team.id, version: team.version, name },
      });
    const results = await Promise.all([
      update("Wijkteam Oost A"),
      update("Wijkteam Oost B"),
      update("Wijkteam Oost C"),
    ]);
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map((r) => r.errors?.[0].extensions?.code)).toEqual(["CONFLICT", "CONFLICT"]);
    const stored = await t.ok(`query($id: ID!) { team(id: $id) { name version } }`, {
      id: team.id,
    });
    expect(stored.team).toEqual(winners[0].data.updateTeam);
  });

  it("replaces the districts a team serves on update", async () => {
    const m = await createMunicipality(t, "GM0355", "Zeist");
    const [a, b] = [
      await createDistrict(t, m.id, "Zeist-Noord"),
      await createDistrict(t, m.id, "Den Dolder"),
    ];
    const team = await createTeam(t, m.id, "Netwerkoverleg Noord", [a.id]);
    const updated = await t.ok(
      `mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { version districts { name } } }`,
      { input: { id: team.id, version: team.version, districtIds: [b.id, a.id] } },
    );
    expect(updated.updateTeam.districts.map((d: any) => d.name)).toEqual([
      "Den Dolder",
      "Zeist-Noord",
    ]);
  });

  it("deletes, and refuses to delete what is still in use", async () => {
    const m = await createMunicipality(t, "GM0352", "Wijk bij Duurstede");
    const d = await createDistrict(t, m.id, "Cothen");
    const team = await createTeam(t, m.id, "Sociaal Team", [d.id]);
    const member = await createMember(t, team.id, "Ilse Bakker");

    const inUse = await t.gql(`mutation($id: ID!) { deleteTeam(id: $id) { id } }`, { id: team.id });
    expect(inUse.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(inUse.errors?.[0].message).toBe("the team still has members");
    const served = await t.gql(`mutation($id: ID!) { deleteDistrict(id: $id) { id } }`, {
      id: d.id,
    });
    expect(served.errors?.[0].message).toBe("the district is still served by a team");
    const stale = await t.gql(`mutation($id: ID!) { deleteMember(id: $id, version: 7) { id } }`, {
      id: member.id,
    });
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");

    await t.ok(`mutation($id: ID!, $v: Int) { deleteMember(id: $id, version: $v) { id } }`, {
      id: member.id,
      v: member.version,
    });
    await t.ok(`mutation($id: ID!) { deleteTeam(id: $id) { id } }`, { id: team.id });
    expect(await rowCounts(t)).toMatchObject({ team: 0, member: 0, team_district: 0, district: 1 });
    const gone = await t.gql(`mutation($id: ID!) { deleteTeam(id: $id) { id } }`, { id: team.id });
    expect(gone.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });
});
