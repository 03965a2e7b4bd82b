import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startTestServer, type GraphQLClient, type TestServer } from "../../support/test-server";
import { MODEL_A_ID } from "../../support/quadrant-fixtures";
import { codeOf, expectNoneOf, MISSING_ID, snapshot } from "../../support/security-fixtures";
import { foreignSecrets, richWorld, type RichWorld } from "../../support/security-world";

/**
 * Lists, aggregates and exports as every municipal role: the own municipality's rows and
 * figures (the control, computed by hand) and nothing of the other municipality's. Zwolle
 * registers 2 priced hours (€ 80 each) and places at x −4; Utrecht 7 hours and x 8, so any
 * total or mean that took Utrecht's rows in would differ.
 */
const ROLES = ["ANALYST", "FINANCE", "TEAM_LEAD", "PROFESSIONAL"] as const;
type MunicipalRole = (typeof ROLES)[number];
const TEAM_BOUND: readonly MunicipalRole[] = ["TEAM_LEAD", "PROFESSIONAL"];

describe("security: connections, aggregates and exports stay within the municipality", () => {
  let t: TestServer;
  let w: RichWorld;
  let secrets: string[];
  let exportDir: string;

  beforeAll(async () => {
    exportDir = await mkdtemp(path.join(os.tmpdir(), "kwadrant-security-exports-"));
    // Tenant isolation in a world of a few cases: disclosure control would hide every group here
    // (it has its own test, analyses/disclosure-control.test.ts).
    t = await startTestServer({ exportDir, reportWorker: false, config: { minGroupSize: 1 } });
    w = await richWorld(t, exportDir);
    secrets = foreignSecrets(w);
  });
  afterAll(async () => {
    await t.stop();
    await rm(exportDir, { recursive: true, force: true });
  });

  const client = (role: MunicipalRole): Promise<GraphQLClient> =>
    t.as(role, w.own.id, TEAM_BOUND.includes(role) ? [w.own.team.id] : []);
  const names = (connection: any, field = "name") =>
    connection.edges.map((e: any) => e.node[field]).sort();

  it.each(ROLES)("%s lists only its municipality's rows in every connection", async (role) => {
    const c = await client(role);
    const readers = role !== "PROFESSIONAL";
    const data = await c.ok(`{
      municipalities(first: 100) { totalCount edges { node { name } } }
      districts(first: 100) { totalCount edges { node { name } } }
      teams(first: 100) { totalCount edges { node { name } } }
      members(first: 100) { totalCount edges { node { name } } }
      provisions(first: 100) { totalCount edges { node { name } } }
      arrangements(first: 100) { totalCount edges { node { name components { provision { name } } } } }
      stakeholders(first: 100) { totalCount edges { node { name } } }
      cases(first: 100) { totalCount edges { node { reference
        activities { hours member { name } } outcomes { description beneficiary { name } }
        arrangements { arrangement { name } } assessments { score } } } }
      ${readers ? "positionSurveys(first: 100) { totalCount edges { node { title } } }" : ""}
      ${role === "ANALYST" ? "importJobs { filename }" : ""}
    }`);
    expectNoneOf(data, secrets, role);
    expect(names(data.municipalities)).toEqual(["Zwolle"]);
    expect(names(data.districts)).toEqual(["Holtenbroek"]);
    expect(names(data.teams)).toEqual(["Wijkteam Noord", "Wijkteam Zuid"]);
    expect(names(data.members)).toEqual(["Anouk de Vries"]);
    expect(names(data.provisions)).toEqual(["Budgetcursus Zwolle"]);
    expect(names(data.arrangements)).toEqual(["Arrangement Zwolle"]);
    expect(names(data.stakeholders)).toEqual(["Inwoners Zwolle", "Wmo Zwolle"]);
    expect(names(data.cases, "reference")).toEqual(
      TEAM_BOUND.includes(role) ? ["ZW-2025-0001"] : ["ZW-2025-0001", "ZW-2025-0002"],
    );
    expect(data.cases.totalCount).toBe(TEAM_BOUND.includes(role) ? 1 : 2);
    if (readers) expect(names(data.positionSurveys, "title")).toEqual(["Positiebepaling Zwolle"]);
    if (role === "ANALYST")
      expect(data.importJobs.map((j: any) => j.filename)).toEqual(["zaken-Zwolle.csv"]);
  });

  it.each(ROLES)("%s finds nothing by filtering a connection on foreign ids", async (role) => {
    const c = await client(role);
    const query = (m: string, team: string) =>
      c.ok(
        `query($m: ID!, $team: ID!) {
          districts(first: 100, filter: { municipalityId: $m }) { totalCount }
          teams(first: 100, filter: { municipalityId: $m }) { totalCount }
          provisions(first: 100, filter: { municipalityId: $m }) { totalCount }
          arrangements(first: 100, filter: { municipalityId: $m }) { totalCount }
          byTeam: arrangements(first: 100, filter: { teamId: $team }) { totalCount }
          stakeholders(first: 100, filter: { municipalityId: $m }) { totalCount }
          cases(first: 100, filter: { municipalityId: $m }) { totalCount }
          casesOfTeam: cases(first: 100, filter: { teamId: $team }) { totalCount }
        }`,
        { m, team },
      );
    const foreign = await query(w.foreign.id, w.foreign.team.id);
    expect(foreign).toEqual(await query(MISSING_ID, MISSING_ID));
    expect(Object.values(foreign).map((v: any) => v.totalCount)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    // the control: the own ids find the own rows
    const own = await query(w.own.id, w.own.team.id);
    expect(Object.values(own).map((v: any) => v.totalCount)).toEqual([
      1,
      2,
      1,
      1,
      1,
      2,
      TEAM_BOUND.includes(role) ? 1 : 2,
      1,
    ]);
    // and a team-bound role sees none of its municipality's other team's cases
    const otherTeam = await query(w.own.id, w.own.otherTeam.id);
    expect(otherTeam.casesOfTeam.totalCount).toBe(TEAM_BOUND.includes(role) ? 0 : 1);
  });

  it.each(["ANALYST", "FINANCE", "TEAM_LEAD"] as const)(
    "%s gets aggregates of its own municipality only",
    async (role) => {
      const c = await client(role);
      const data = await c.ok(
        `query($team: ID!) {
          byTeam: effectComparison(groupBy: TEAM, settings: { baseDate: "2025-01-01" }) {
            cases groups { label cases investment } total { investment nominal { costs } byStakeholder { stakeholder pays } } }
          byArrangement: effectComparison(groupBy: ARRANGEMENT, settings: { baseDate: "2025-01-01" }) {
            groups { label cases } }
          byDistrict: effectComparison(groupBy: DISTRICT, settings: { baseDate: "2025-01-01" }) {
            groups { label cases } }
          substitution(from: "2025-01-01", to: "2025-12-31", granularity: YEAR) {
            totals { careLayer scenario hours costs } }
          effortByQuadrant(modelId: "${MODEL_A_ID}") { team { name } quadrantClass hours offerCount }
          teamMonths(teamId: $team, from: "2025-01-01", to: "2025-02-28") { month individualHours newCases }
          selfRelianceChange { domain cases meanChange }
          positionSurveys(first: 10) { edges { node { title summary { subject horizon n meanX } } } }
        }`,
        { team: w.own.team.id },
      );
      expectNoneOf(data, secrets, role);
      // 2 cases (Noord's with 2 priced hours, Zuid's with none); Utrecht's 7 hours would add € 560
      expect(data.byTeam).toEqual({
        cases: 2,
        groups: [
          { label: "Wijkteam Noord", cases: 1, investment: "160.00" },
          { label: "Wijkteam Zuid", cases: 1, investment: "0.00" },
        ],
        total: {
          investment: "160.00",
          nominal: { costs: "160.00" },
          byStakeholder: expect.arrayContaining([{ stakeholder: "WMO", pays: "160.00" }]),
        },
      });
      expect(data.byArrangement.groups.map((g: any) => [g.label, g.cases])).toContainEqual([
        "Arrangement Zwolle",
        1,
      ]);
      expect(data.byDistrict.groups.flatMap((g: any) => g.label)).not.toContain("Overvecht");
      expect(data.substitution.totals.filter((r: any) => Number(r.hours) > 0)).toEqual([
        { careLayer: "FIRST_LINE", scenario: "INTERVENTION", hours: "5", costs: "160.00" },
      ]);
      const placed = data.effortByQuadrant
        .filter((r: any) => Number(r.hours) > 0 || r.offerCount)
        .map((r: any) => [r.team.name, r.quadrantClass, r.hours, r.offerCount])
        .sort();
      expect(placed).toEqual([
        ["Wijkteam Noord", "b", "2.00", 1],
        ["Wijkteam Noord", "unplaced", "3.00", 0],
        ["Wijkteam Zuid", "b", "0.00", 1],
      ]);
      expect(data.teamMonths).toEqual([
        { month: "2025-01", individualHours: "3.00", newCases: 1 },
        { month: "2025-02", individualHours: "2.00", newCases: 0 },
      ]);
      // Zwolle's case went from 2 to 4; Utrecht's assessed case would make it 2 cases
      expect(data.selfRelianceChange).toEqual([
        { domain: "INCOME_DEBTS", cases: 1, meanChange: "2.00" },
      ]);
      const surveys = data.positionSurveys.edges.map((e: any) => e.node);
      expect(surveys.map((s: any) => s.title)).toEqual(["Positiebepaling Zwolle"]);
      expect(surveys[0].summary.map((s: any) => [s.horizon, s.n, s.meanX])).toEqual([
        ["CURRENT", 1, "-4.0"],
        ["DESIRED", 1, "-4.0"],
      ]);
    },
  );

  it("PROFESSIONAL gets no aggregate at all", async () => {
    const c = await client("PROFESSIONAL");
    for (const query of [
      `{ effectComparison(groupBy: TEAM) { cases } }`,
      `{ substitution(from: "2025-01-01", to: "2025-12-31") { totals { hours } } }`,
      `{ effortByQuadrant(modelId: "${MODEL_A_ID}") { hours } }`,
      `{ selfRelianceChange { cases } }`,
      `{ positionSurveys(first: 5) { totalCount } }`,
      `query($t: ID!) { teamMonths(teamId: $t, from: "2025-01-01", to: "2025-01-31") { month } }`,
    ]) {
      const result = await c.gql(query, query.includes("$t") ? { t: w.own.team.id } : undefined);
      expect([query, codeOf(result), result.data ?? null]).toEqual([query, "FORBIDDEN", null]);
    }
  });

  const download = (token: string | null, id: string, format = "xlsx") =>
    t.raw(
      `/reports/${id}.${format}`,
      token ? { headers: { authorization: `Bearer ${token}` } } : {},
    );

  it("FINANCE downloads its own municipality's export, and no other (the control)", async () => {
    const finance = await client("FINANCE");
    const own = await download(finance.token, w.ownData.reportExportId);
    expect(own.status).toBe(200);
    expect(await own.text()).toBe("workbook Zwolle");
    const csv = await download(finance.token, w.ownData.reportExportId, "csv");
    expect(await csv.text()).toContain("Zwolle");
    for (const id of [w.foreignData.reportExportId, MISSING_ID]) {
      const response = await download(finance.token, id);
      expect([id, response.status]).toEqual([id, 404]);
      expect(await response.text()).not.toContain("Utrecht");
    }
    expect((await download(null, w.ownData.reportExportId)).status).toBe(401);
  });

  it.each(["ANALYST", "TEAM_LEAD", "PROFESSIONAL"] as const)(
    "%s can neither export nor download, not even its own municipality's",
    async (role) => {
      const c = await client(role);
      const before = await snapshot(t);
      const exported = await c.gql(
        `mutation($m: ID!) { exportAccountabilityReport(filter: { municipalityId: $m, from: "2025-01-01", to: "2025-12-31" }) { id } }`,
        { m: w.own.id },
      );
      expect(codeOf(exported)).toBe("FORBIDDEN");
      expect(exported.data ?? null).toBeNull();
      for (const [id, format] of [
        [w.ownData.reportExportId, "xlsx"],
        [w.ownData.reportExportId, "csv"],
        [w.foreignData.reportExportId, "xlsx"],
      ]) {
        const response = await download(c.token, id, format);
        expect([id, format, response.status]).toEqual([id, format, 404]);
        expect(await response.text()).not.toMatch(/workbook|Zwolle|Utrecht/);
      }
      const status = await c.gql(`query($id: ID!) { reportExport(id: $id) { id } }`, {
        id: w.ownData.reportExportId,
      });
      expect(codeOf(status)).toBe("FORBIDDEN");
      expect(await snapshot(t)).toEqual(before);
      const audited = await t.database.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action IN ('EXPORT', 'DOWNLOAD') AND role = $1`,
        [role],
      );
      expect(audited[0].n).toBe(0);
    },
  );
});
