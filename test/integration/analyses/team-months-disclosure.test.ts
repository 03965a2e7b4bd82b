import { seedDemoData } from "../../../api/demo/demo";
import { startTestServer, type TestServer } from "../../support/test-server";

const TEAM_MONTHS = `query($teamId: ID!, $from: Date!, $to: Date!) {
  teamMonths(teamId: $teamId, from: $from, to: $to) {
    month openCases newCases individualHours arrangementsUsed { arrangementId cases } } }`;
const K = 10;
const year = new Date().getFullYear() - 1;
const period = { from: `${year - 1}-01-01`, to: `${year}-12-31` };

describe("disclosure control on a team's months", () => {
  let t: TestServer;
  let zwolle: string;
  let teams: string[];

  beforeAll(async () => {
    t = await startTestServer();
    await seedDemoData(t.database.dataSource);
    [{ id: zwolle }] = await t.database.dataSource.query(
      "SELECT id FROM municipality WHERE code = 'GM0193'",
    );
    teams = (
      await t.database.dataSource.query(
        "SELECT id FROM team WHERE municipality_id = $1 ORDER BY name",
        [zwolle],
      )
    ).map((row: { id: string }) => row.id);
  }, 120_000);
  afterAll(() => t.stop());

  it("shows a team lead its own team's months in full, as the analysts see them", async () => {
    const [own] = teams;
    const lead = await t.as("TEAM_LEAD", zwolle, [own]);
    const analyst = await t.as("ANALYST", zwolle);
    const mine = await lead.ok(TEAM_MONTHS, { ...period, teamId: own });
    expect(mine).toEqual(await analyst.ok(TEAM_MONTHS, { ...period, teamId: own }));
    expect(mine.teamMonths.some((m: any) => m.openCases > 0 && m.openCases < K)).toBe(true);
  });

  it("leaves out for a team lead of another team the months and arrangement uses of 1–9 cases", async () => {
    const [own, other] = teams;
    const lead = await t.as("TEAM_LEAD", zwolle, [own]);
    const analyst = await t.as("ANALYST", zwolle);
    const full = (await analyst.ok(TEAM_MONTHS, { ...period, teamId: other })).teamMonths;
    const shown = (await lead.ok(TEAM_MONTHS, { ...period, teamId: other })).teamMonths;
    const small = full.filter((m: any) => m.openCases > 0 && m.openCases < K);
    expect(small.length).toBeGreaterThan(0);
    expect(shown.length).toBe(full.length - small.length);
    for (const month of shown) {
      expect(month.openCases === 0 || month.openCases >= K).toBe(true);
      const before = full.find((m: any) => m.month === month.month);
      expect(month.individualHours).toBe(before.individualHours);
      for (const use of month.arrangementsUsed) expect(use.cases).toBeGreaterThanOrEqual(K);
    }
  });
});
