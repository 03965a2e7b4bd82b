import { createHmac } from "node:crypto";
import { startTestServer, type GraphQLClient, type TestServer } from "../../support/test-server";
import { codeOf, expectNoneOf, snapshot } from "../../support/security-fixtures";
import { foreignSecrets, richWorld, type RichWorld } from "../../support/security-world";

/**
 * Escalation through what a token says: a JWT whose `teams` claim names another municipality's
 * team (signed with the right key: a misconfigured identity provider, or a stale claim) gives
 * its TEAM_LEAD or PROFESSIONAL nothing of that team; an API token cannot be made for a team
 * of another municipality.
 */
describe("security: escalation through token contents", () => {
  let t: TestServer;
  let w: RichWorld;
  let secrets: string[];

  beforeAll(async () => {
    t = await startTestServer();
    w = await richWorld(t);
    secrets = foreignSecrets(w);
  });
  afterAll(() => t.stop());

  const CASE_READS = `query($case: ID!, $team: ID!) {
    case(id: $case) { reference }
    cases(first: 100) { totalCount edges { node { reference } } }
    ofTeam: cases(first: 100, filter: { teamId: $team }) { totalCount }
  }`;

  async function attemptWrites(c: GraphQLClient, role: "TEAM_LEAD" | "PROFESSIONAL") {
    const results = await Promise.all([
      c.gql(
        `mutation($id: ID!) { recordSupport(input: { caseId: $id, activityDate: "2025-02-01", hours: "1", role: SOCIAL_WORKER }) { id } }`,
        { id: w.foreignCase.id },
      ),
      c.gql(
        `mutation($id: ID!) { recordOutcome(input: { caseId: $id, outcomeDate: "2025-06-01", description: "Werk", quantity: "1" }) { id } }`,
        { id: w.foreignCase.id },
      ),
      c.gql(`mutation($id: ID!) { deleteSupport(id: $id) { id } }`, { id: w.foreignActivity.id }),
      c.gql(
        `mutation($t: ID!) { createCase(input: { teamId: $t, reference: "UT-2025-0500", kind: HELP_REQUEST, openedOn: "2025-01-06" }) { id } }`,
        { t: w.foreign.team.id },
      ),
      c.gql(
        `mutation($id: ID!) { updateCase(input: { id: $id, version: 1, closedOn: "2025-03-01" }) { id } }`,
        { id: w.foreignCase.id },
      ),
      c.gql(
        `mutation($id: ID!) { recordAssessment(input: { caseId: $id, assessedOn: "2025-07-01", scores: [{ domain: HOUSING, score: 3 }] }) { id } }`,
        { id: w.foreignCase.id },
      ),
      c.gql(`mutation($id: ID!) { eraseCase(id: $id, reason: "verzoek inwoner") { id } }`, {
        id: w.foreignCase.id,
      }),
    ]);
    // PROFESSIONAL may write support and outcomes only: the rest is refused by role
    const expected =
      role === "TEAM_LEAD"
        ? [
            "NOT_FOUND",
            "NOT_FOUND",
            "NOT_FOUND",
            "NOT_FOUND",
            "NOT_FOUND",
            "NOT_FOUND",
            "NOT_FOUND",
          ]
        : [
            "NOT_FOUND",
            "NOT_FOUND",
            "NOT_FOUND",
            "FORBIDDEN",
            "FORBIDDEN",
            "FORBIDDEN",
            "FORBIDDEN",
          ];
    expect(results.map(codeOf)).toEqual(expected);
    for (const result of results) {
      expect(result.data ?? null).toBeNull();
      expectNoneOf(
        result,
        secrets.filter(
          (s) => ![w.foreignCase.id, w.foreignActivity.id, w.foreign.team.id].includes(s),
        ),
      );
    }
  }

  it.each(["TEAM_LEAD", "PROFESSIONAL"] as const)(
    "%s with another municipality's team in its token sees and writes nothing of it",
    async (role) => {
      const c = await t.as(role, w.own.id, [w.foreign.team.id]);
      const before = await snapshot(t);
      const read = await c.ok(CASE_READS, { case: w.foreignCase.id, team: w.foreign.team.id });
      // not Utrecht's case, and not Zwolle's either: the claimed team is none of its own
      expect(read).toEqual({
        case: null,
        cases: { totalCount: 0, edges: [] },
        ofTeam: { totalCount: 0 },
      });
      await attemptWrites(c, role);
      expect(await snapshot(t)).toEqual(before);
    },
  );

  it("a TEAM_LEAD with its own and a foreign team in its token gets its own team's cases only", async () => {
    const c = await t.as("TEAM_LEAD", w.own.id, [w.own.team.id, w.foreign.team.id]);
    const before = await snapshot(t);
    const read = await c.ok(CASE_READS, { case: w.foreignCase.id, team: w.foreign.team.id });
    expect(read.case).toBeNull();
    expect(read.cases.edges.map((e: any) => e.node.reference)).toEqual(["ZW-2025-0001"]);
    expect(read.ofTeam.totalCount).toBe(0);
    await attemptWrites(c, "TEAM_LEAD");
    expect(await snapshot(t)).toEqual(before);
    // the control: its own team's case is writable with the same token
    const own = await c.ok(
      `mutation($id: ID!) { recordSupport(input: { caseId: $id, activityDate: "2025-02-01", hours: "1", role: SOCIAL_WORKER }) { id } }`,
      { id: w.ownCase.id },
    );
    await t.ok(`mutation($id: ID!) { deleteSupport(id: $id) { id } }`, {
      id: own.recordSupport.id,
    });
  });

  it("ignores team claims that are not ids (no injection through the token)", async () => {
    const now = Math.floor(Date.now() / 1000);
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const claims = {
      sub: "aanvaller",
      role: "TEAM_LEAD",
      municipality: "GM0193",
      teams: ["' OR '1'='1", `${w.own.team.id}' OR true --`, "*", "%"],
      exp: now + 600,
    };
    const input = `${b64({ alg: "HS256", typ: "JWT" })}.${b64(claims)}`;
    const token = `${input}.${createHmac("sha256", t.jwtSecret).update(input).digest("base64url")}`;
    const response = await t.raw("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ cases(first: 100) { totalCount } }" }),
    });
    const body = (await response.json()) as any;
    // refused, or accepted with no team at all: never every team's cases
    if (response.status === 200) expect(body.data.cases.totalCount).toBe(0);
    else
      expect([response.status, body.errors[0].extensions.code]).toEqual([401, "UNAUTHENTICATED"]);
  });

  it("refuses an API token for another municipality's team, writing nothing", async () => {
    const create = (teamIds: string[]) =>
      t.gql(
        `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }`,
        {
          input: {
            label: "registratiekoppeling",
            role: "TEAM_LEAD",
            municipalityId: w.own.id,
            teamIds,
          },
        },
      );
    const before = await snapshot(t);
    for (const [teamIds, field] of [
      [[w.foreign.team.id], "teamIds[0]"],
      [[w.own.team.id, w.foreign.team.id], "teamIds[1]"],
    ] as const) {
      const refused = await create([...teamIds]);
      expect(codeOf(refused)).toBe("BAD_USER_INPUT");
      expect(refused.errors?.[0].message).toMatch(
        new RegExp(`^${field.replace(/[[\]]/g, "\\$&")}: `),
      );
      expect(refused.data ?? null).toBeNull();
    }
    expect(await snapshot(t)).toEqual(before);
    const audited = await t.database.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'TOKEN_CREATED'`,
    );
    expect(audited[0].n).toBe(0);

    // the control: a token for the own team works, and sees that team's cases only
    const created = (await create([w.own.team.id])).data.createApiToken;
    const script = t.withToken(created.token);
    const seen = await script.ok(`{ cases(first: 100) { edges { node { reference } } } }`);
    expect(seen.cases.edges.map((e: any) => e.node.reference)).toEqual(["ZW-2025-0001"]);
    await t.ok(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, {
      id: created.apiToken.id,
    });
  });
});
