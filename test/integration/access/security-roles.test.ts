import { printSchema } from "graphql";
import { buildGraphQLSchema } from "../../../api/server/graphql-schema";
import { MUTATION_PERMISSIONS, QUERY_PERMISSIONS } from "../../../api/access/permissions";
import { startTestServer, type TestServer } from "../../support/test-server";
import { allCounts, codeOf, twoMunicipalities, type World } from "../../support/security-fixtures";

describe("security: every role does exactly its part", () => {
  let t: TestServer;
  let w: World;

  beforeAll(async () => {
    // A world of a few cases: what each role may read, without disclosure control's minimum
    // (test/integration/analyses/*-disclosure.test.ts test that).
    t = await startTestServer({ config: { minGroupSize: 1 } });
    w = await twoMunicipalities(t);
  });
  afterAll(() => t.stop());

  it("classifies every Query and Mutation field (new capabilities too)", async () => {
    const schema = await buildGraphQLSchema();
    const unlisted = [
      ...Object.keys(schema.getQueryType()!.getFields()).filter((f) => !QUERY_PERMISSIONS[f]),
      ...Object.keys(schema.getMutationType()!.getFields()).filter((f) => !MUTATION_PERMISSIONS[f]),
    ];
    // Unlisted fields are ADMIN-only at run time; list them in api/access/permissions.ts.
    expect(unlisted).toEqual([]);
    expect(printSchema(schema)).toContain("eraseCase");
  });

  /** Role escalation and platform actions by mutation: FORBIDDEN, and nothing written. */
  const platformMutations = [
    `mutation { createMunicipality(input: { code: "GM0999", name: "Nergenshuizen" }) { id } }`,
    `mutation { createApiToken(input: { label: "mij", role: ADMIN }) { token } }`,
    `mutation($m: ID!) { createApiToken(input: { label: "mij", role: ANALYST, municipalityId: $m }) { token } }`,
    `mutation($m: ID!) { updateMunicipality(input: { id: $m, version: 1, name: "Gekaapt" }) { id } }`,
    `mutation($m: ID!) { createTeam(input: { municipalityId: $m, name: "Schaduwteam", teamType: GENERALIST, prototype: TEAM_MODEL, breadth: [SOCIAL_AID], depth: [SUPPORT], fundingForm: REGULAR_BUDGET, districtIds: [] }) { id } }`,
    `{ auditEvents(first: 5) { totalCount } }`,
    `{ apiTokens { id } }`,
  ];

  it.each(["ANALYST", "FINANCE", "TEAM_LEAD", "PROFESSIONAL"] as const)(
    "%s cannot escalate or act for the platform",
    async (role) => {
      const c = await t.as(role, w.own.id, [w.own.team.id]);
      const before = await allCounts(t);
      for (const query of platformMutations) {
        const result = await c.gql(query, query.includes("$m") ? { m: w.own.id } : undefined);
        expect(codeOf(result)).toBe("FORBIDDEN");
        expect(result.data ?? null).toBeNull();
      }
      // a forbidden field beside an allowed one: the whole operation is refused, nothing runs
      const mixed = await c.gql(
        `mutation { a: recordSupport(input: { caseId: "${w.ownCase.id}", activityDate: "2025-02-01", hours: "1", role: SOCIAL_WORKER }) { id } b: createMunicipality(input: { code: "GM0998", name: "X" }) { id } }`,
      );
      expect(codeOf(mixed)).toBe("FORBIDDEN");
      expect(await allCounts(t)).toEqual(before);
    },
  );

  it("ANALYST reads everything of its municipality and writes nothing", async () => {
    const c = await t.as("ANALYST", w.own.id);
    const read = await c.ok(`{ cases(first: 10) { totalCount } selfRelianceChange { domain } }`);
    expect(read.cases.totalCount).toBe(2);
    const before = await allCounts(t);
    const write = await c.gql(
      `mutation { recordSupport(input: { caseId: "${w.ownCase.id}", activityDate: "2025-02-01", hours: "1", role: SOCIAL_WORKER }) { id } }`,
    );
    expect(codeOf(write)).toBe("FORBIDDEN");
    const priceList = await c.gql(
      `mutation($m: ID!) { createPriceList(input: { municipalityId: $m, name: "Prijslijst", validFrom: "2025-01-01" }) { id } }`,
      { m: w.own.id },
    );
    expect(codeOf(priceList)).toBe("FORBIDDEN");
    expect(await allCounts(t)).toEqual(before);
  });

  it("FINANCE manages its price lists, not another municipality's, and exports", async () => {
    const c = await t.as("FINANCE", w.own.id);
    const own = await c.gql(
      `mutation($m: ID!) { createPriceList(input: { municipalityId: $m, name: "Prijslijst Zwolle", validFrom: "2025-01-01" }) { id status } }`,
      { m: w.own.id },
    );
    expect(own.errors).toBeUndefined();
    const foreign = await c.gql(
      `mutation($m: ID!) { createPriceList(input: { municipalityId: $m, name: "Prijslijst Utrecht", validFrom: "2025-01-01" }) { id } }`,
      { m: w.foreign.id },
    );
    expect(codeOf(foreign)).toBe("NOT_FOUND");
    const exported = await c.gql(
      `mutation($m: ID!) { exportAccountabilityReport(filter: { municipalityId: $m, from: "2025-01-01", to: "2025-12-31" }) { id status } }`,
      { m: w.own.id },
    );
    expect(exported.errors).toBeUndefined();
    const casesWrite = await c.gql(`mutation($id: ID!) { deleteCase(id: $id) { id } }`, {
      id: w.ownCase.id,
    });
    expect(codeOf(casesWrite)).toBe("FORBIDDEN");
    await t.database.dataSource.query("DELETE FROM report_export; DELETE FROM price_list");
  });

  it("TEAM_LEAD writes its own teams' cases only, and reads municipality-wide aggregates", async () => {
    const c = await t.as("TEAM_LEAD", w.own.id, [w.own.team.id]);
    const created = await c.ok(
      `mutation($t: ID!) { createCase(input: { teamId: $t, reference: "ZW-2025-0100", kind: HELP_REQUEST, openedOn: "2025-01-06", problemDomains: [HOUSING] }) { id } }`,
      { t: w.own.team.id },
    );
    expect(created.createCase.id).toBeTruthy();
    const before = await allCounts(t);
    const otherTeam = await c.gql(
      `mutation($t: ID!) { createCase(input: { teamId: $t, reference: "ZW-2025-0101", kind: HELP_REQUEST, openedOn: "2025-01-06", problemDomains: [HOUSING] }) { id } }`,
      { t: w.own.otherTeam.id },
    );
    expect(codeOf(otherTeam)).toBe("NOT_FOUND");
    const move = await c.gql(
      `mutation($id: ID!, $t: ID!) { updateCase(input: { id: $id, version: 1, teamId: $t }) { id } }`,
      { id: w.ownCase.id, t: w.own.otherTeam.id },
    );
    expect(codeOf(move)).toBe("NOT_FOUND");
    const otherCase = await c.gql(`query($id: ID!) { case(id: $id) { reference } }`, {
      id: w.otherTeamCase.id,
    });
    expect(otherCase.data?.case).toBeNull();
    const support = await c.gql(
      `mutation($id: ID!) { recordSupport(input: { caseId: $id, activityDate: "2025-02-01", hours: "1", role: SOCIAL_WORKER }) { id } }`,
      { id: w.otherTeamCase.id },
    );
    expect(codeOf(support)).toBe("NOT_FOUND");
    expect(await allCounts(t)).toEqual(before);
    const months = await c.ok(
      `query($t: ID!) { teamMonths(teamId: $t, from: "2025-01-01", to: "2025-01-31") { month newCases } }`,
      { t: w.own.otherTeam.id },
    );
    expect(months.teamMonths[0].newCases).toBe(1);
    await t.ok(`mutation($id: ID!) { deleteCase(id: $id) { id } }`, { id: created.createCase.id });
  });

  it("PROFESSIONAL registers support and outcomes for its own team's cases, nothing else", async () => {
    const c = await t.as("PROFESSIONAL", w.own.id, [w.own.team.id]);
    const support = await c.ok(
      `mutation($id: ID!) { recordSupport(input: { caseId: $id, activityDate: "2025-02-01", hours: "2", role: SOCIAL_WORKER }) { id } }`,
      { id: w.ownCase.id },
    );
    const outcome = await c.ok(
      `mutation($id: ID!) { recordOutcome(input: { caseId: $id, outcomeDate: "2025-06-01", description: "Schulden stabiel", quantity: "1" }) { id } }`,
      { id: w.ownCase.id },
    );
    const before = await allCounts(t);
    for (const query of [
      `mutation($t: ID!) { createCase(input: { teamId: $t, reference: "ZW-2025-0200", kind: HELP_REQUEST, openedOn: "2025-01-06", problemDomains: [HOUSING] }) { id } }`,
      `mutation($t: ID!) { createPriceList(input: { municipalityId: $t, name: "x", validFrom: "2025-01-01" }) { id } }`,
      `query($t: ID!) { teamMonths(teamId: $t, from: "2025-01-01", to: "2025-01-31") { month } }`,
    ]) {
      expect(codeOf(await c.gql(query, { t: w.own.team.id }))).toBe("FORBIDDEN");
    }
    const otherCase = await c.gql(
      `mutation($id: ID!) { recordSupport(input: { caseId: $id, activityDate: "2025-02-01", hours: "2", role: SOCIAL_WORKER }) { id } }`,
      { id: w.otherTeamCase.id },
    );
    expect(codeOf(otherCase)).toBe("NOT_FOUND");
    expect(await allCounts(t)).toEqual(before);
    await t.ok(
      `mutation($a: ID!, $o: ID!) { deleteSupport(id: $a) { id } deleteOutcome(id: $o) { id } }`,
      {
        a: support.recordSupport.id,
        o: outcome.recordOutcome.id,
      },
    );
  });
});
