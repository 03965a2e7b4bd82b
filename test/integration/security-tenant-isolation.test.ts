import { startTestServer, type GraphQLClient, type TestServer } from "../support/test-server";
import { createProvision, ownModelInput } from "../support/quadrant-fixtures";
import { allCounts, codeOf, twoMunicipalities, type World } from "../support/security-fixtures";

/** Every municipal role, attacking Utrecht's data from Zwolle. */
const ROLES = ["ANALYST", "FINANCE", "TEAM_LEAD", "PROFESSIONAL"] as const;

describe("security: tenant isolation (another municipality's data)", () => {
  let t: TestServer;
  let w: World;

  beforeAll(async () => {
    t = await startTestServer();
    w = await twoMunicipalities(t);
  });
  afterAll(() => t.stop());

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
      municipalities(first: 100) { totalCount edges { node { name teams { name members { name } } districts { name } } } }
      teams(first: 100) { totalCount edges { node { name municipality { name } } } }
      members(first: 100) { totalCount }
      cases(first: 100) { totalCount edges { node { reference team { name } activities { hours member { name } case { reference } } } } }
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
        `query($id: ID!) { selfRelianceChange(filter: { teamId: $id }) { domain } }`,
        { id: w.foreign.team.id },
      );
      expect(change.selfRelianceChange).toEqual([]);
    },
  );

  it.each(["ANALYST", "FINANCE"] as const)(
    "%s cannot export or download another municipality's report",
    async (role) => {
      const c = await client(role);
      const before = await allCounts(t);
      const exported = await c.gql(
        `mutation($m: ID!) { exportAccountabilityReport(filter: { municipalityId: $m, from: "2025-01-01", to: "2025-12-31" }) { id } }`,
        { m: w.foreign.id },
      );
      expect(["NOT_FOUND", "BAD_USER_INPUT"]).toContain(codeOf(exported));
      expect(await allCounts(t)).toEqual(before);
      // a foreign export, made by the platform: its download answers 404 as if it did not exist
      const [row] = await t.database.dataSource.query(
        `INSERT INTO report_export (municipality_id, language, filter, status) VALUES ($1, 'NL', '{}', 'SUCCEEDED') RETURNING id`,
        [w.foreign.id],
      );
      const download = await t.raw(`/reports/${row.id}.xlsx`, {
        headers: { authorization: `Bearer ${c.token}` },
      });
      expect(download.status).toBe(404);
      const status = await c.gql(`query($id: ID!) { reportExport(id: $id) { id } }`, {
        id: row.id,
      });
      expect(status.data?.reportExport ?? null).toBeNull();
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
      for (const result of await Promise.all(attempts)) {
        expect(["NOT_FOUND", "FORBIDDEN"]).toContain(codeOf(result));
        leaksNothing(result);
      }
      expect(await allCounts(t)).toEqual(before);
    },
  );
});
