import { startTestServer, type TestServer } from "../../support/test-server";
import { memberInput } from "../../support/organisation-fixtures";
import { allCounts, codeOf, twoMunicipalities, type World } from "../../support/security-fixtures";

const INJECTIONS = [
  "'; DROP TABLE case_record; --",
  "' OR '1'='1",
  "%' OR municipality_id IS NOT NULL OR name ILIKE '%",
  "\\'; SELECT pg_sleep(5); --",
  "ZW-2025-0001') UNION SELECT id, reference FROM case_record --",
];

describe("security: privacy, injection, audit log and erasure", () => {
  let t: TestServer;
  let w: World;

  beforeAll(async () => {
    t = await startTestServer({ importWorker: { pollMs: 50 } });
    w = await twoMunicipalities(t);
  });
  afterAll(() => t.stop());

  it("refuses BSN-like numbers and e-mail addresses in every free text, writing nothing", async () => {
    const before = await allCounts(t);
    const attempts: [string, Record<string, unknown>][] = [
      [
        `mutation($id: ID!) { recordSupport(input: { caseId: $id, activityDate: "2025-02-01", hours: "1", role: SOCIAL_WORKER, description: "gebeld met 111222333" }) { id } }`,
        { id: w.ownCase.id },
      ],
      [
        `mutation($id: ID!) { recordOutcome(input: { caseId: $id, outcomeDate: "2025-06-01", description: "Woning behouden", quantity: "1", evidence: "mail van jan@example.nl" }) { id } }`,
        { id: w.ownCase.id },
      ],
      [
        `mutation($m: ID!) { createDistrict(input: { municipalityId: $m, name: "Wijk van 1234.56.782", kind: WIJK }) { id } }`,
        { m: w.own.id },
      ],
      [
        `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`,
        { input: memberInput(w.own.team.id, "piet@example.org") },
      ],
      [
        `mutation($id: ID!) { eraseCase(id: $id, reason: "verzoek van BSN 111222333") { id } }`,
        { id: w.ownCase.id },
      ],
      [
        `mutation($t: ID!) { createCase(input: { teamId: $t, reference: "111222333", kind: HELP_REQUEST, openedOn: "2025-01-06", problemDomains: [HOUSING] }) { id } }`,
        { t: w.own.team.id },
      ],
    ];
    for (const [query, variables] of attempts) {
      const result = await t.gql(query, variables);
      expect(codeOf(result)).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0].message).toMatch(/BSN|e-mail/);
      expect(JSON.stringify(result)).not.toMatch(
        /111222333|jan@example|piet@example|1234\.56\.782/,
      );
    }
    expect(await allCounts(t)).toEqual(before);
  });

  it("treats injection strings in filters as plain text", async () => {
    const analyst = await t.as("ANALYST", w.own.id);
    for (const text of INJECTIONS) {
      const result = await analyst.gql(
        `query($text: String!) { teams(first: 10, filter: { nameContains: $text }) { totalCount } }`,
        { text },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data.teams.totalCount).toBe(0);
      const byId = await analyst.gql(`query($id: ID!) { case(id: $id) { id } }`, { id: text });
      expect(codeOf(byId)).toBe("BAD_USER_INPUT");
    }
    const [{ n }] = await t.database.dataSource.query("SELECT count(*)::int AS n FROM case_record");
    expect(n).toBe(3);
  });

  it("imports injection strings as refused rows, and audits the import", async () => {
    const csv = [
      "Casusnummer;Teamnaam;Soort;Startdatum;Leefgebieden",
      ...INJECTIONS.map(
        (text) => `"${text.replace(/"/g, '""')}";Wijkteam Noord;hulpvraag;2025-03-01;huisvesting`,
      ),
    ].join("\n");
    const before = await allCounts(t);
    const queued = await t.ok(
      `mutation($m: ID!, $file: ImportFileInput!) { importRegistrations(municipalityId: $m, kind: CASES, file: $file) { id } }`,
      {
        m: w.own.id,
        file: { filename: "aanval.csv", contentBase64: Buffer.from(csv).toString("base64") },
      },
    );
    let job: any;
    for (let i = 0; i < 200; i++) {
      job = (
        await t.ok(`query($id: ID!) { importJob(id: $id) { status } }`, {
          id: queued.importRegistrations.id,
        })
      ).importJob;
      if (job.status === "SUCCEEDED" || job.status === "FAILED") break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(job.status).toBe("FAILED");
    expect(await allCounts(t)).toEqual(before);
    const audited = await t.ok(
      `{ auditEvents(first: 10, filter: { action: "IMPORT" }) { edges { node { actor detail } } } }`,
    );
    expect(audited.auditEvents.edges[0].node.detail.fields[0].field).toBe("importRegistrations");
    expect(JSON.stringify(audited)).not.toContain(Buffer.from(csv).toString("base64"));
  });

  it("audits reads of case-level data with the filter, queryable by ADMIN only", async () => {
    const lead = await t.as("TEAM_LEAD", w.own.id, [w.own.team.id]);
    await lead.ok(
      `query($t: ID!) { cases(first: 5, filter: { teamId: $t }) { edges { node { reference } } } }`,
      { t: w.own.team.id },
    );
    await lead.ok(`{ teams(first: 5) { totalCount } }`); // organisation data: not audited
    const events = await t.ok(
      `{ auditEvents(first: 50, filter: { action: "CASE_READ", actor: "test-team_lead" }) { totalCount edges { node { role municipalityId tokenId detail } } } }`,
    );
    expect(events.auditEvents.totalCount).toBe(1);
    const node = events.auditEvents.edges[0].node;
    expect(node).toMatchObject({ role: "TEAM_LEAD", municipalityId: w.own.id });
    expect(node.detail.fields[0]).toEqual({
      field: "cases",
      args: { first: 5, filter: { teamId: w.own.team.id } },
    });
    // ADMIN's own reads of case data are audited too
    await t.ok(`query($id: ID!) { case(id: $id) { reference } }`, { id: w.foreignCase.id });
    const admin = await t.ok(
      `{ auditEvents(first: 50, filter: { action: "CASE_READ", actor: "test-admin" }) { totalCount } }`,
    );
    expect(admin.auditEvents.totalCount).toBeGreaterThanOrEqual(1);
    expect(codeOf(await lead.gql(`{ auditEvents(first: 5) { totalCount } }`))).toBe("FORBIDDEN");
  });

  it("sends no case-level answer whose audit row could not be written", async () => {
    const db = t.database.dataSource;
    await db.query("ALTER TABLE audit_event RENAME TO audit_event_away");
    try {
      const response = await fetch(`${t.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${t.token}` },
        body: JSON.stringify({ query: `{ cases(first: 5) { edges { node { reference } } } }` }),
      });
      expect(response.status).toBe(500);
      const body = await response.json();
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions.code).toBe("INTERNAL_SERVER_ERROR");
      expect(JSON.stringify(body)).not.toContain("ZW-2025-0001");
    } finally {
      await db.query("ALTER TABLE audit_event_away RENAME TO audit_event");
    }
  });

  it("erases a case on request: personal traces gone, hours kept, audited", async () => {
    const lead = await t.as("TEAM_LEAD", w.own.id, [w.own.team.id]);
    await t.ok(
      `mutation($id: ID!) { recordAssessment(input: { caseId: $id, assessedOn: "2025-01-13", scores: [{ domain: INCOME_DEBTS, score: 2 }] }) { id } recordOutcome(input: { caseId: $id, outcomeDate: "2025-06-01", description: "Schulden geregeld", evidence: "Verslag casusoverleg", quantity: "1", externalRef: "EXT-77" }) { id } }`,
      { id: w.ownCase.id },
    );
    // the other team's case is not this lead's to erase
    const foreignTeam = await lead.gql(
      `mutation($id: ID!) { eraseCase(id: $id, reason: "verzoek") { id } }`,
      { id: w.otherTeamCase.id },
    );
    expect(codeOf(foreignTeam)).toBe("NOT_FOUND");

    const erased = await lead.ok(
      `mutation($id: ID!) { eraseCase(id: $id, reason: "verzoek inwoner (AVG art. 17)") { reference erasedAt externalRef assessments { score } hours { individual } outcomes { description evidence quantity } } }`,
      { id: w.ownCase.id },
    );
    const c = erased.eraseCase;
    expect(c.reference).toMatch(/^GEWIST-[0-9a-f]{8}$/);
    expect(c.erasedAt).not.toBeNull();
    expect(c.externalRef).toBeNull();
    expect(c.assessments).toEqual([]);
    expect(c.hours.individual).toBe("3");
    expect(c.outcomes).toEqual([{ description: "gewist", evidence: "", quantity: "1.0000" }]);
    const stored = JSON.stringify(
      await t.database.dataSource.query(
        `SELECT c.reference, a.description, o.evidence, o.external_ref FROM case_record c
         LEFT JOIN support_activity a ON a.case_id = c.id LEFT JOIN outcome o ON o.case_id = c.id WHERE c.id = $1`,
        [w.ownCase.id],
      ),
    );
    expect(stored).not.toMatch(/ZW-2025-0001|Schulden geregeld|Verslag|EXT-77/);
    const audit = await t.ok(
      `{ auditEvents(first: 5, filter: { action: "ERASE" }) { edges { node { actor detail } } } }`,
    );
    expect(audit.auditEvents.edges[0].node).toMatchObject({
      actor: "test-team_lead",
      detail: { caseId: w.ownCase.id, assessmentsDeleted: 1, outcomesCleared: 1 },
    });
    expect(JSON.stringify(audit)).not.toContain("ZW-2025-0001");
  });
});
