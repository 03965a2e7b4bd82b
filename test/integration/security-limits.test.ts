import { startTestServer, type TestServer } from "../support/test-server";
import { createMunicipality } from "../support/organisation-fixtures";

describe("security: limits on queries, bodies and rates", () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer({
      config: { maxBodyBytes: 64 * 1024, maxQueryDepth: 8, maxQueryComplexity: 1000 },
    });
    await createMunicipality(t, "GM0193", "Zwolle");
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

  it("turns introspection off and masks unexpected errors in production", async () => {
    const other = await t.as("ADMIN");
    const introspection = await other.gql("{ __schema { types { name } } }");
    expect(introspection.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify(introspection)).not.toContain("stacktrace");
  });
});
