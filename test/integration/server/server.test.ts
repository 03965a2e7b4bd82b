import { startTestServer, type TestServer } from "../../support/test-server";

describe("HTTP surface", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  it("answers /health after checking the database", async () => {
    const response = await fetch(`${t.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
  });

  it("sends a browser opening /graphql to the bundled GraphiQL, with no CDN", async () => {
    const response = await fetch(`${t.url}/graphql`, {
      headers: { accept: "text/html" },
      redirect: "manual",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/graphiql");
    const page = await fetch(`${t.url}/graphiql`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("GraphQL-verkenner");
    expect(html).not.toMatch(/https?:\/\//);
    expect((await fetch(`${t.url}/graphiql/schema.graphql`)).status).toBe(401);
    const sdl = await fetch(`${t.url}/graphiql/schema.graphql`, { headers: t.headers });
    expect(await sdl.text()).toContain("type Query");
  });

  it("refuses a GET without a CSRF-safe header (Apollo CSRF prevention)", async () => {
    // Authenticated, so that it is the CSRF prevention that refuses it.
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: t.headers,
    });
    expect(response.status).toBe(400);
  });

  it("names unknown fields in a clear validation error", async () => {
    const result = await t.gql(`{ teams { edges { node { colour } } } }`);
    expect(result.errors?.[0].message).toMatch(/Cannot query field "colour" on type "Team"/);
    expect(result.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("graceful stop", () => {
  it("finishes a request that is in flight before it closes", async () => {
    const t = await startTestServer();
    const arrived = new Promise((resolve) => t.server.httpServer.once("request", resolve));
    const request = t.gql(`{ municipalities { totalCount } }`);
    await arrived;
    const stopped = t.server.stop();
    const result = await request;
    await stopped;
    expect(result).toMatchObject({ data: { municipalities: { totalCount: 0 } } });
    const refused = await fetch(`${t.url}/health`).then(
      () => "answered",
      () => "refused",
    );
    expect(refused).toBe("refused");
    await t.database.close();
  });
});

describe("HTTP surface in production", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ production: true });
  });
  afterAll(() => t.stop());

  it("shows no stack traces, SQL or statement counts", async () => {
    const result = await t.gql(
      `mutation { createMunicipality(input: { code: "XX", name: "" }) { id } }`,
    );
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/stacktrace|at .*\.ts|SELECT/);
    expect(result.extensions?.sqlStatements).toBeUndefined();
  });

  it("masks an unexpected database failure as an internal error", async () => {
    await t.database.dataSource.query("ALTER TABLE municipality RENAME TO municipality_gone");
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const result = await t.gql(`{ municipalities { totalCount } }`);
      expect(result.errors?.[0]).toEqual({
        message: "Internal server error",
        path: ["municipalities"],
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      });
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
      await t.database.dataSource.query("ALTER TABLE municipality_gone RENAME TO municipality");
    }
  });

  it("has introspection switched off", async () => {
    const result = await t.gql(`{ __schema { types { name } } }`);
    expect(result.errors?.[0].message).toMatch(/introspection/i);
  });
});
