import { startTestServer, type TestServer } from "../../support/test-server";
import {
  createDistrict,
  createMunicipality,
  memberInput,
} from "../../support/organisation-fixtures";

const NESTED = `{
  municipalities(first: 10) {
    edges { node { code districts { name teams { name members { name specialisms } } } } }
  }
}`;

/** Builds `teams` teams over `districts` districts with `membersPerTeam` members each, via SQL for speed. */
async function buildOrganisation(
  t: TestServer,
  teams: number,
  membersPerTeam: number,
  districts: number,
) {
  const m = await createMunicipality(t, "GM0193", "Zwolle");
  const districtIds: string[] = [];
  for (let d = 0; d < districts; d++)
    districtIds.push((await createDistrict(t, m.id, `Wijk ${d}`)).id);
  const db = t.database.dataSource;
  for (let i = 0; i < teams; i++) {
    const [{ id }] = await db.query(
      `INSERT INTO team (municipality_id, name, team_type, prototype, funding_form)
       VALUES ($1, $2, 'GENERALIST', 'TEAM_MODEL', 'REGULAR_BUDGET') RETURNING id`,
      [m.id, `Team ${i}`],
    );
    await db.query(
      `INSERT INTO team_district (team_id, district_id, municipality_id) VALUES ($1, $2, $3)`,
      [id, districtIds[i % districts], m.id],
    );
    const member = memberInput(id, "x");
    for (let j = 0; j < membersPerTeam; j++) {
      await db.query(
        `INSERT INTO member (municipality_id, team_id, name, role, parent_organisation,
           contracted_hours_per_week, expertise, specialisms, active_from)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          m.id,
          id,
          `Lid ${i}-${j}`,
          member.role,
          member.parentOrganisation,
          "28",
          "SPECIALIST",
          ["Wmo", "Jeugd"],
          "2025-01-01",
        ],
      );
    }
  }
}

describe("nested queries go through DataLoader", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());
  beforeEach(() => t.reset());

  it("costs the same number of statements for 2 teams as for 50 teams with 500 members", async () => {
    await buildOrganisation(t, 2, 3, 2);
    const small = await t.gql(NESTED);
    expect(small.errors).toBeUndefined();
    expect(small.data.municipalities.edges[0].node.districts).toHaveLength(2);

    await t.reset();
    await buildOrganisation(t, 50, 10, 10);
    const large = await t.gql(NESTED);
    expect(large.errors).toBeUndefined();
    const teams = large.data.municipalities.edges[0].node.districts.flatMap((d: any) => d.teams);
    expect(teams).toHaveLength(50);
    expect(teams.flatMap((team: any) => team.members)).toHaveLength(500);

    // page + count, districts, team links, teams, members
    expect(small.extensions?.sqlStatements).toBe(6);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
  });

  it("keeps the count flat going back up the tree (member → team → municipality)", async () => {
    await buildOrganisation(t, 20, 5, 4);
    const result = await t.gql(
      `{ members(first: 100) { edges { node { name team { name municipality { code } districts { name } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.members.edges).toHaveLength(100);
    // page + count, teams, municipalities, team links, districts
    expect(result.extensions?.sqlStatements).toBe(6);
  });
});
