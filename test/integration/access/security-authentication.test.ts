import { createHmac, createSign, generateKeyPairSync } from "node:crypto";
import { startTestServer, type TestServer } from "../../support/test-server";
import { createMunicipality } from "../../support/organisation-fixtures";
import { allCounts } from "../../support/security-fixtures";

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** A JWT made by hand, so that every part of it can be wrong. */
function forge(header: object, payload: object, sign: (input: string) => string): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${sign(input)}`;
}

const hmac = (secret: string) => (input: string) =>
  createHmac("sha256", secret).update(input).digest("base64url");

const now = () => Math.floor(Date.now() / 1000);
const QUERY = "{ municipalities(first: 5) { totalCount edges { node { name } } } }";

describe("security: authentication", () => {
  let t: TestServer;
  let municipalityId: string;

  beforeAll(async () => {
    t = await startTestServer();
    municipalityId = (await createMunicipality(t, "GM0193", "Zwolle")).id;
  });
  afterAll(() => t.stop());

  async function refused(token: string | null, init: RequestInit = {}) {
    const response = await t.raw("/graphql", {
      method: "POST",
      ...init,
      headers: {
        "content-type": "application/json",
        ...(token !== null ? { authorization: `Bearer ${token}` } : {}),
        ...(init.headers as Record<string, string>),
      },
      body: JSON.stringify({ query: QUERY }),
    });
    const body = (await response.json()) as any;
    expect(response.status).toBe(401);
    expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(body.data).toBeUndefined();
    expect(JSON.stringify(body)).not.toContain("Zwolle");
    return body.errors[0].message as string;
  }

  it("answers nothing but /health and the GraphQL IDE's page without a token", async () => {
    expect((await t.raw("/health")).status).toBe(200);
    const landing = await t.raw("/graphql", { headers: { accept: "text/html" } });
    expect(landing.status).toBe(200);
    await refused(null);
    const get = await t.raw(`/graphql?query=${encodeURIComponent(QUERY)}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(get.status).toBe(401);
    const download = await t.raw("/reports/00000000-0000-4000-8000-000000000000.xlsx");
    expect(download.status).toBe(401);
  });

  it("refuses malformed Authorization headers", async () => {
    await refused(null, { headers: { authorization: "Basic YWRtaW46YWRtaW4=" } });
    await refused(null, { headers: { authorization: "Bearer" } });
    await refused("not.a.jwt");
    await refused("kw_tooShort");
  });

  it("refuses expired, tampered, foreign-signed and alg:none tokens", async () => {
    const claims = { sub: "x", role: "ADMIN", exp: now() + 600 };
    // the right secret works (control)
    const good = forge({ alg: "HS256", typ: "JWT" }, claims, hmac(t.jwtSecret));
    expect((await t.withToken(good).gql(QUERY)).errors).toBeUndefined();

    await refused(forge({ alg: "HS256" }, { ...claims, exp: now() - 60 }, hmac(t.jwtSecret)));
    await refused(forge({ alg: "HS256" }, { sub: "x", role: "ADMIN" }, hmac(t.jwtSecret))); // no exp
    await refused(forge({ alg: "HS256" }, claims, hmac("a-different-secret-of-enough-length!")));
    // tampered: an ANALYST token whose payload is swapped for ADMIN, signature kept
    const analyst = await t.tokenFor("ANALYST", municipalityId);
    const [header, , signature] = analyst.split(".");
    await refused(`${header}.${b64(claims)}.${signature}`);
    // alg none, with and without a signature part
    await refused(forge({ alg: "none", typ: "JWT" }, claims, () => ""));
    await refused(`${b64({ alg: "none" })}.${b64(claims)}`);
    await refused(forge({ alg: "NONE" }, claims, hmac(t.jwtSecret)));
    // wrong algorithm: RS256 is not configured on this server, whatever the key
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    await refused(
      forge({ alg: "RS256" }, claims, (input) =>
        createSign("RSA-SHA256").update(input).sign(privateKey).toString("base64url"),
      ),
    );
    // HS512 with the right secret: the algorithm is fixed by configuration, not by the header
    await refused(
      forge({ alg: "HS512" }, claims, (input) =>
        createHmac("sha512", t.jwtSecret).update(input).digest("base64url"),
      ),
    );
  });

  it("refuses tokens with an unknown role or municipality", async () => {
    const sign = hmac(t.jwtSecret);
    await refused(forge({ alg: "HS256" }, { sub: "x", role: "ROOT", exp: now() + 60 }, sign));
    await refused(
      forge({ alg: "HS256" }, { sub: "x", role: "ANALYST", exp: now() + 60 }, sign), // no municipality
    );
    await refused(
      forge(
        { alg: "HS256" },
        { sub: "x", role: "ANALYST", municipality: "GM9999", exp: now() + 60 },
        sign,
      ),
    );
  });

  it("creates, uses, lists and revokes API tokens; the secret is stored only hashed", async () => {
    const created = await t.ok(
      `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id role municipalityId expiresAt } } }`,
      { input: { label: "nachtelijke export", role: "ANALYST", municipalityId, expiresInDays: 7 } },
    );
    const { token, apiToken } = created.createApiToken;
    expect(token).toMatch(/^kw_[A-Za-z0-9_-]{43}$/);
    const stored = await t.database.dataSource.query("SELECT token_hash FROM api_token");
    expect(JSON.stringify(stored)).not.toContain(token);

    const script = t.withToken(token);
    const seen = await script.ok(QUERY);
    expect(seen.municipalities.totalCount).toBe(1);
    const listed = await t.ok("{ apiTokens { id label lastUsedAt } }");
    expect(listed.apiTokens[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(token);

    // a municipality's token cannot mint tokens (escalation)
    const before = await allCounts(t);
    const escalation = await script.gql(
      `mutation { createApiToken(input: { label: "x", role: ADMIN }) { token } }`,
    );
    expect(escalation.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await allCounts(t)).toEqual(before);

    await t.ok(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: apiToken.id });
    await refused(token);

    await t.database.dataSource.query(
      "UPDATE api_token SET revoked_at = NULL, expires_at = now() - interval '1 second'",
    );
    await refused(token);
  });

  it("audits a login by token at most once an hour", async () => {
    const analyst = await t.as("ANALYST", municipalityId);
    for (let i = 0; i < 3; i++) await analyst.ok(QUERY);
    const logins = await t.ok(
      `{ auditEvents(first: 100, filter: { action: "TOKEN_LOGIN", actor: "test-analyst" }) { totalCount edges { node { role municipalityId tokenId } } } }`,
    );
    expect(logins.auditEvents.totalCount).toBe(1);
    expect(logins.auditEvents.edges[0].node).toMatchObject({ role: "ANALYST", municipalityId });
  });
});

describe("security: JWTs from a municipality's identity provider (RS256 public key)", () => {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  let t: TestServer;
  let municipalityId: string;

  beforeAll(async () => {
    t = await startTestServer({
      config: {
        jwtPublicKey: publicKey.export({ type: "spki", format: "pem" }).toString(),
        jwtIssuer: "https://idp.zwolle.example",
      },
    });
    municipalityId = (await createMunicipality(t, "GM0193", "Zwolle")).id;
  });
  afterAll(() => t.stop());

  const rs256 = (input: string) =>
    createSign("RSA-SHA256").update(input).sign(privateKey).toString("base64url");

  it("accepts the provider's RS256 tokens with the right issuer, and nothing forged", async () => {
    const claims = {
      sub: "medewerker-17",
      role: "ANALYST",
      municipality: "GM0193",
      iss: "https://idp.zwolle.example",
      exp: now() + 600,
    };
    const accepted = await t.withToken(forge({ alg: "RS256" }, claims, rs256)).ok(QUERY);
    expect(accepted.municipalities.totalCount).toBe(1);
    const status = async (token: string) =>
      (
        await t.raw("/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: QUERY }),
        })
      ).status;
    expect(
      await status(forge({ alg: "RS256" }, { ...claims, iss: "https://evil.example" }, rs256)),
    ).toBe(401);
    // the public key used as an HMAC secret (algorithm confusion)
    const pem = publicKey.export({ type: "spki", format: "pem" }).toString();
    expect(await status(forge({ alg: "HS256" }, claims, hmac(pem)))).toBe(401);
    const other = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;
    expect(
      await status(
        forge({ alg: "ES256" }, claims, (input) =>
          createSign("SHA256")
            .update(input)
            .sign({ key: other, dsaEncoding: "ieee-p1363" })
            .toString("base64url"),
        ),
      ),
    ).toBe(401);
    expect(municipalityId).toBeTruthy();
  });
});
