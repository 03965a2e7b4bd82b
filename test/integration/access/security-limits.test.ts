import { startTestServer, type TestServer } from "../../support/test-server";
import { createMunicipality, createTeam } from "../../support/organisation-fixtures";

/** A team whose stored name the schema cannot answer (a non-null field holding null). */
async function breakTeamName(t: TestServer) {
  const db = t.database.dataSource;
  await db.query(`ALTER TABLE team ALTER COLUMN name DROP NOT NULL`);
  await db.query(`UPDATE team SET name = NULL`);
}

const TEAM_NAMES = `{ teams(first: 5) { edges { node { id name } } } }`;

describe("security: limits on queries, bodies and rates", () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer({
      config: { maxBodyBytes: 64 * 1024, maxQueryDepth: 8, maxQueryComplexity: 1000 },
    });
    const { id } = await createMunicipality(t, "GM0193", "Zwolle");
    await createTeam(t, id, "Wijkteam Noord", []);
  });
  afterAll(() => t.stop());

  const post = (body: string, headers: Record<string, string> = {}) =>
    t.raw("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...t.headers, ...headers },
      body,
    });

  it("refuses an over-deep query before running it", async () => {
    let selection = "name";
    for (let i = 0; i < 5; i++) selection = `teams { municipality { ${selection} } }`;
    const result = await t.gql(`{ municipality(code: "GM0193") { ${selection} } }`);
    expect(result.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(result.errors?.[0].message).toMatch(/levels deep; at most 8/);
    expect(result.data).toBeUndefined();
    // also through fragments
    const viaFragments = await t.gql(
      `query { municipality(code: "GM0193") { ...A } } fragment A on Municipality { teams { municipality { teams { municipality { teams { municipality { teams { municipality { name } } } } } } } } }`,
    );
    expect(viaFragments.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("refuses an over-complex query (page sizes multiply)", async () => {
    const result = await t.gql(
      `{ cases(first: 100) { edges { node { reference activities { hours } outcomes { description } team { name members { name } } } } } }`,
    );
    expect(result.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(result.errors?.[0].message).toMatch(/at most 1000/);
    // many aliases of a cheap field add up as well
    const aliases = Array.from(
      { length: 300 },
      (_, i) => `a${i}: teams(first: 100) { totalCount }`,
    ).join(" ");
    const wide = await post(JSON.stringify({ query: `{ ${aliases} }` }));
    expect(((await wide.json()) as any).errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    // a normal query passes
    expect((await t.gql(`{ teams(first: 20) { totalCount } }`)).errors).toBeUndefined();
  });

  it("refuses a page larger than the maximum", async () => {
    const result = await t.gql(`{ teams(first: 1000) { totalCount } }`);
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toMatch(/first: must be at most 100/);
  });

  it("answers malformed and oversized bodies with a JSON error, not a stack trace", async () => {
    const malformed = await post('{"query": "{ teams { totalCount } }"');
    expect(malformed.status).toBe(400);
    const body = (await malformed.json()) as any;
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(body)).not.toMatch(/at .*node_modules|SyntaxError/);

    const huge = await post(
      JSON.stringify({ query: "{ __typename }", variables: { x: "y".repeat(100_000) } }),
    );
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as any).errors[0].extensions.code).toBe("BAD_USER_INPUT");

    const notJson = await post("query=%7B__typename%7D", { "content-type": "text/plain" });
    expect(notJson.status).toBeGreaterThanOrEqual(400);
    expect(notJson.status).toBeLessThan(500);
  });

  it("outside production, an unexpected error keeps its message (what production masks)", async () => {
    await breakTeamName(t);
    const result = await t.gql(TEAM_NAMES);
    expect(result.errors?.[0].message).toBe("Cannot return null for non-nullable field Team.name.");
    expect(result.errors?.[0].extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    await t.database.dataSource.query(`DELETE FROM team`);
  });
});

describe("security: per-token rate limit and production settings", () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer({ production: true, config: { rateLimitPerMinute: 5 } });
  });
  afterAll(() => t.stop());

  it("refuses the requests over the limit with 429 RATE_LIMITED, per token", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const response = await t.raw("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", ...t.headers },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
        expect(((await response.json()) as any).errors[0].extensions.code).toBe("RATE_LIMITED");
      }
    }
    // a minute boundary may fall in between; then the count starts again
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
    // another token has its own count
    const other = await t.as("ADMIN");
    expect((await other.gql("{ __typename }")).errors).toBeUndefined();
  });

  it("turns introspection off in production", async () => {
    const other = await t.as("ADMIN");
    const introspection = await other.gql("{ __schema { types { name } } }");
    expect(introspection.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify(introspection)).not.toContain("stacktrace");
    expect(introspection.data).toBeUndefined();
  });
});

describe("security: unexpected errors in production", () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer({ production: true });
    const { id } = await createMunicipality(t, "GM0193", "Zwolle");
    await createTeam(t, id, "Wijkteam Noord", []);
  });
  afterAll(() => t.stop());

  /** Masked: the message says nothing of the cause, and no stack, SQL or table name shows. */
  function expectMasked(result: any, path: string[]) {
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({
      message: "Internal server error",
      path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(Object.keys(result.errors[0].extensions)).toEqual(["code"]);
    expect(JSON.stringify(result)).not.toMatch(
      /stack|\.ts:|node_modules|SELECT|relation|team_moved|non-nullable|Team\.name|sqlStatements/,
    );
  }

  it("masks a failing database statement", async () => {
    const db = t.database.dataSource;
    // the control: the query works while the table is there
    expect((await t.ok(`{ teams(first: 5) { totalCount } }`)).teams.totalCount).toBe(1);
    await db.query(`ALTER TABLE team RENAME TO team_moved`);
    try {
      const result = await t.gql(`{ teams(first: 5) { totalCount edges { node { name } } } }`);
      expectMasked(result, ["teams"]);
    } finally {
      await db.query(`ALTER TABLE team_moved RENAME TO team`);
    }
  });

  it("masks an unexpected error of a resolver", async () => {
    await breakTeamName(t);
    const result = await t.gql(TEAM_NAMES);
    expectMasked(result, ["teams", "edges", 0, "node", "name"] as never);
  });
});
