import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { reportFile } from "../../../api/accountability/report-files";
import { startTestServer, type GraphQLClient, type TestServer } from "../../support/test-server";
import { createProvision, ownModelInput } from "../../support/quadrant-fixtures";
import { allCounts, codeOf, twoMunicipalities, type World } from "../../support/security-fixtures";

/** Every municipal role, attacking Utrecht's data from Zwolle. */
const ROLES = ["ANALYST", "FINANCE", "TEAM_LEAD", "PROFESSIONAL"] as const;

describe("security: tenant isolation (another municipality's data)", () => {
  let t: TestServer;
  let w: World;
  let exportDir: string;

  beforeAll(async () => {
    exportDir = await mkdtemp(path.join(os.tmpdir(), "kwadrant-isolation-exports-"));
    t = await startTestServer({ exportDir, reportWorker: false });
    w = await twoMunicipalities(t);
    // one assessment before and one after on every case, so that a filter that let another
    // team's or municipality's cases through would show them in selfRelianceChange
    for (const id of [w.ownCase.id, w.otherTeamCase.id, w.foreignCase.id]) {
      for (const [assessedOn, score] of [
        ["2025-01-13", 2],
        ["2025-06-01", 4],
      ] as const) {
        await t.ok(
          `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`,
          { input: { caseId: id, assessedOn, scores: [{ domain: "HOUSING", score }] } },
        );
      }
    }
  });
  afterAll(async () => {
    await t.stop();
    await rm(exportDir, { recursive: true, force: true });
  });

  const client = (role: (typeof ROLES)[number]) =>
    t.as(role, w.own.id, role === "TEAM_LEAD" || role === "PROFESSIONAL" ? [w.own.team.id] : []);

  /** The foreign data's names and references must appear nowhere in an answer. */
  function leaksNothing(result: unknown) {
    const text = JSON.stringify(result);
    for (const secret of [
      "Utrecht",
      "GM0344",
      "UT-2025-0001",
      "Overvecht",
      "Mohamed",
      w.foreign.id,
    ])
      expect(text).not.toContain(secret);
  }

  it.each(ROLES)("%s reads no foreign object by id", async (role) => {
    const c = await client(role);
    const byId: [string, string][] = [
      ["case", w.foreignCase.id],
      ["team", w.foreign.team.id],
      ["district", w.foreign.district.id],
      ["member", w.foreign.member.id],
    ];
    for (const [field, id] of byId) {
      const result = await c.gql(`query($id: ID!) { ${field}(id: $id) { id } }`, { id });
      expect(result.data?.[field] ?? null).toBeNull();
      leaksNothing(result);
    }
    const municipality = await c.gql(`{ municipality(code: "GM0344") { id name } }`);
    expect(municipality.data?.municipality).toBeNull();
    leaksNothing(municipality);
  });

  it.each(ROLES)(
    "%s reads no foreign master data, model, price list or job by id",
    async (role) => {
      const provision = await createProvision(t, w.foreign.id, `Budgetcursus ${role}`);
      const model = await t.ok(
        `mutation($input: CreateQuadrantModelInput!) { createQuadrantModel(input: $input) { id } }`,
        { input: ownModelInput(w.foreign.id, `Utrechts model ${role}`) },
      );
      const priceList = await t.ok(
        `mutation($m: ID!) { createPriceList(input: { municipalityId: $m, name: "Prijslijst Utrecht", validFrom: "2025-01-01" }) { id } }`,
        { m: w.foreign.id },
      );
      const [job] = await t.database.dataSource.query(
        `INSERT INTO import_job (municipality_id, kind, filename, status) VALUES ($1, 'CASES', 'utrecht.csv', 'FAILED') RETURNING id`,
        [w.foreign.id],
      );
      const c = await client(role);
      const byId: [string, string][] = [
        ["provision", provision.id],
        ["quadrantModel", model.createQuadrantModel.id],
        ["priceList", priceList.createPriceList.id],
        ["importJob", job.id],
      ];
      for (const [field, id] of byId) {
        const result = await c.gql(`query($id: ID!) { ${field}(id: $id) { id } }`, { id });
        expect(result.data?.[field] ?? null).toBeNull();
        leaksNothing(result);
      }
      const db = t.database.dataSource;
      for (const table of [
        "import_job",
        "price_list",
        "provision_placement",
        "provision_district",
        "provision",
      ])
        await db.query(`DELETE FROM ${table}`);
      await t.ok(`mutation($id: ID!) { deleteQuadrantModel(id: $id) { id } }`, {
        id: model.createQuadrantModel.id,
      });
    },
  );

  it.each(ROLES)("%s sees only its municipality through connections and nesting", async (role) => {
    const c = await client(role);
    const result = await c.ok(`{
      municipalities(first: 20) { totalCount edges { node { name teams { name members { name } } districts { name } } } }
      teams(first: 20) { totalCount edges { node { name municipality { name } } } }
      members(first: 20) { totalCount }
      cases(first: 20) { totalCount edges { node { reference team { name } activities { hours member { name } case { reference } } } } }
    }`);
    expect(result.municipalities.totalCount).toBe(1);
    expect(result.teams.totalCount).toBe(2);
    leaksNothing(result);
    // TEAM_LEAD and PROFESSIONAL: only their own team's cases
    const references = result.cases.edges.map((e: any) => e.node.reference);
    expect(references).toEqual(
      role === "TEAM_LEAD" || role === "PROFESSIONAL"
        ? ["ZW-2025-0001"]
        : ["ZW-2025-0001", "ZW-2025-0002"],
    );
  });

  it.each(["ANALYST", "FINANCE", "TEAM_LEAD"] as const)(
    "%s gets no foreign aggregate",
    async (role) => {
      const c = await client(role);
      const months = await c.gql(
        `query($id: ID!) { teamMonths(teamId: $id, from: "2025-01-01", to: "2025-03-31") { month } }`,
        { id: w.foreign.team.id },
      );
      expect(codeOf(months)).toBe("NOT_FOUND");
      leaksNothing(months);
      const change = await c.ok(
        `query($foreign: ID!, $own: ID!) {
          foreign: selfRelianceChange(filter: { teamId: $foreign }) { domain cases }
          own: selfRelianceChange(filter: { teamId: $own }) { domain cases } }`,
        { foreign: w.foreign.team.id, own: w.own.team.id },
      );
      expect(change.foreign).toEqual([]);
      leaksNothing(change);
      // the control: the same filter on an own team finds its assessed case
      expect(change.own).toEqual([{ domain: "HOUSING", cases: 1 }]);
    },
  );

  /** A finished export with its workbook on disk, as the report worker leaves it. */
  async function finishedExport(municipalityId: string, content: string): Promise<string> {
    const [row] = await t.database.dataSource.query(
      `INSERT INTO report_export (municipality_id, language, filter, status, finished_at)
       VALUES ($1, 'NL', '{}', 'SUCCEEDED', now()) RETURNING id`,
      [municipalityId],
    );
    await writeFile(reportFile(exportDir, row.id, "xlsx"), content);
    return row.id;
  }

  it.each(["ANALYST", "FINANCE"] as const)(
    "%s cannot export or download another municipality's report",
    async (role) => {
      const c = await client(role);
      const before = await allCounts(t);
      const exported = await c.gql(
        `mutation($m: ID!) { exportAccountabilityReport(filter: { municipalityId: $m, from: "2025-01-01", to: "2025-12-31" }) { id } }`,
        { m: w.foreign.id },
      );
      // exporting is FINANCE's (and ADMIN's): ANALYST is refused by role, FINANCE by scope
      expect(codeOf(exported)).toBe(role === "ANALYST" ? "FORBIDDEN" : "NOT_FOUND");
      expect(JSON.stringify(exported)).not.toMatch(/Utrecht|GM0344|UT-2025/); // (the id sent may be repeated)
      expect(await allCounts(t)).toEqual(before);
      // a finished foreign export whose file exists: 404 as if it did not exist
      const foreignId = await finishedExport(w.foreign.id, "Utrecht workbook");
      const ownId = await finishedExport(w.own.id, "Zwolle workbook");
      const get = (token: string, id: string) =>
        t.raw(`/reports/${id}.xlsx`, { headers: { authorization: `Bearer ${token}` } });
      const foreign = await get(c.token!, foreignId);
      expect(foreign.status).toBe(404);
      expect(await foreign.text()).not.toContain("Utrecht");
      // the controls: the file is served — to ADMIN, and to the own municipality's FINANCE
      const admin = await get(t.token, foreignId);
      expect([admin.status, await admin.text()]).toEqual([200, "Utrecht workbook"]);
      const finance = await client("FINANCE");
      const own = await get(finance.token!, ownId);
      expect([own.status, await own.text()]).toEqual([200, "Zwolle workbook"]);
      // an ANALYST may not download even its own municipality's export
      const ownByRole = await get(c.token!, ownId);
      expect(ownByRole.status).toBe(role === "FINANCE" ? 200 : 404);
      const status = await c.gql(`query($id: ID!) { reportExport(id: $id) { id } }`, {
        id: foreignId,
      });
      if (role === "ANALYST") expect(codeOf(status)).toBe("FORBIDDEN");
      else expect([status.errors, status.data?.reportExport]).toEqual([undefined, null]);
      await t.database.dataSource.query("DELETE FROM report_export");
    },
  );

  it.each(ROLES)(
    "%s changes nothing of another municipality (NOT_FOUND, nothing written)",
    async (role) => {
      const c: GraphQLClient = await client(role);
      const before = await allCounts(t);
      const attempts = [
        c.gql(
          `mutation($id: ID!) { recordSupport(input: { caseId: $id, activityDate: "2025-02-01", hours: "1", role: SOCIAL_WORKER }) { id } }`,
          { id: w.foreignCase.id },
        ),
        c.gql(
          `mutation($id: ID!) { updateSupport(input: { id: $id, version: 1, caseId: "${w.foreignCase.id}", activityDate: "2025-02-01", hours: "9", role: SOCIAL_WORKER }) { id } }`,
          { id: w.foreignActivity.id },
        ),
        c.gql(`mutation($id: ID!) { deleteSupport(id: $id) { id } }`, { id: w.foreignActivity.id }),
        c.gql(`mutation($id: ID!) { deleteOutcome(id: $id) { id } }`, { id: w.foreignOutcome.id }),
        c.gql(
          `mutation($id: ID!) { updateCase(input: { id: $id, version: 1, closedOn: "2025-03-01" }) { id } }`,
          { id: w.foreignCase.id },
        ),
        c.gql(`mutation($id: ID!) { deleteCase(id: $id) { id } }`, { id: w.foreignCase.id }),
        c.gql(`mutation($id: ID!) { eraseCase(id: $id, reason: "verzoek inwoner") { id } }`, {
          id: w.foreignCase.id,
        }),
        c.gql(
          `mutation($t: ID!) { createCase(input: { teamId: $t, reference: "UT-2025-0099", kind: HELP_REQUEST, openedOn: "2025-01-06", problemDomains: [INCOME_DEBTS] }) { id } }`,
          { t: w.foreign.team.id },
        ),
      ];
      // ANALYST and FINANCE write no cases at all: the role gate answers first. TEAM_LEAD may
      // use every one of these mutations and PROFESSIONAL the support and outcome ones: the
      // tenant scope answers NOT_FOUND, exactly as for ids that do not exist.
      const caseWrite = role === "TEAM_LEAD" ? "NOT_FOUND" : "FORBIDDEN";
      const supportWrite =
        role === "TEAM_LEAD" || role === "PROFESSIONAL" ? "NOT_FOUND" : "FORBIDDEN";
      const expected = [
        supportWrite, // recordSupport
        supportWrite, // updateSupport
        supportWrite, // deleteSupport
        supportWrite, // deleteOutcome
        caseWrite, // updateCase
        caseWrite, // deleteCase
        caseWrite, // eraseCase
        caseWrite, // createCase
      ];
      const results = await Promise.all(attempts);
      expect(results.map(codeOf)).toEqual(expected);
      for (const result of results) {
        expect(result.data ?? null).toBeNull();
        leaksNothing(result);
      }
      expect(await allCounts(t)).toEqual(before);
    },
  );
});
