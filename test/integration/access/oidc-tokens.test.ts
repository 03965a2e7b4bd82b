import { seedDemoData } from "../../../api/demo/demo";
import { readOidcConfig } from "../../../api/platform/config";
import { signJwt } from "../../../api/access/jwt";
import { Role } from "../../../schema/roles";
import { startTestServer, type TestServer } from "../../support/test-server";
import {
  CLAIM_NAMES,
  freePort,
  MIDDEN,
  startOidcProvider,
  ZWOLLE,
  type TestOidcProvider,
} from "../../support/oidc-provider";

const VIEWER = `{ viewer { role subject municipality { id name } teams { id name } } }`;

// Access tokens of a real OpenID provider (oidc-provider on loopback), over HTTP: the server
// discovers the provider, verifies the token against its JWKS, issuer and audience, and maps
// the Kwadrant claims from the configured claim names.
describe("access: tokens of the OpenID Connect provider", () => {
  let idp: TestOidcProvider;
  let other: TestOidcProvider;
  let t: TestServer;

  beforeAll(async () => {
    const port = await freePort();
    const redirectUri = `http://127.0.0.1:${port}/auth/callback`;
    idp = await startOidcProvider({ redirectUri });
    other = await startOidcProvider({ redirectUri }); // same client, another issuer and keys
    const oidc = readOidcConfig({
      KWADRANT_OIDC_ISSUER: idp.issuer,
      KWADRANT_OIDC_CLIENT_ID: idp.clientId,
      KWADRANT_OIDC_AUDIENCE: idp.audience,
      KWADRANT_OIDC_ROLE_CLAIM: CLAIM_NAMES.roleClaim,
      KWADRANT_OIDC_MUNICIPALITY_CLAIM: CLAIM_NAMES.municipalityClaim,
      KWADRANT_OIDC_TEAMS_CLAIM: CLAIM_NAMES.teamsClaim,
    });
    t = await startTestServer({ config: { port, oidc, devSignIn: true } });
    await seedDemoData(t.database.dataSource);
  });
  afterAll(async () => {
    await t?.stop();
    await idp?.stop();
    await other?.stop();
  });

  it("accepts the provider's access token as the team lead of Wijkteam Midden in Zwolle", async () => {
    const { access_token } = await idp.signIn("teamleider");
    const result = await t.withToken(access_token).ok(VIEWER);
    expect(result.viewer).toEqual({
      role: "TEAM_LEAD",
      subject: "teamleider",
      municipality: { id: ZWOLLE, name: "Zwolle" },
      teams: [{ id: MIDDEN, name: "Wijkteam Midden" }],
    });
  });

  it("still accepts the server's own HS256 tokens beside the provider's", async () => {
    const lead = await t.as("TEAM_LEAD", ZWOLLE, [MIDDEN]);
    expect((await lead.ok(VIEWER)).viewer.role).toBe("TEAM_LEAD");
  });

  async function refusal(token: string) {
    const response = await t.raw("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: VIEWER }),
    });
    const body = (await response.json()) as { errors?: { message: string; extensions?: any }[] };
    return { status: response.status, message: body.errors?.[0]?.message ?? "" };
  }

  it("refuses a token the provider issued for another audience", async () => {
    const { access_token } = await idp.signIn("teamleider", {
      resource: "https://elders.example/api",
    });
    expect(await refusal(access_token)).toEqual({
      status: 401,
      message: expect.stringMatching(/Invalid token: .*"aud"/),
    });
  });

  it("refuses an unknown role, naming the claim", async () => {
    const { access_token } = await idp.signIn("burgemeester");
    expect(await refusal(access_token)).toEqual({
      status: 401,
      message: expect.stringContaining(`claim "kwadrant_role": "MAYOR" is not one of`),
    });
  });

  it("refuses a missing municipality, and a municipality code instead of its id", async () => {
    const missing = await idp.signIn("zwerver");
    expect(await refusal(missing.access_token)).toEqual({
      status: 401,
      message: `Invalid token: claim "kwadrant_municipality" (municipality) missing`,
    });
    const code = await idp.signIn("gemeentecode");
    expect(await refusal(code.access_token)).toEqual({
      status: 401,
      message: expect.stringContaining("expected a municipality id (UUID)"),
    });
  });

  it("refuses a token of another issuer", async () => {
    const { access_token } = await other.signIn("teamleider");
    expect(await refusal(access_token)).toEqual({
      status: 401,
      message: expect.stringMatching(/^Invalid token: /),
    });
  });

  it("refuses an HS256 token that names the provider as its issuer", async () => {
    const forged = await signJwt(
      new TextEncoder().encode(t.jwtSecret),
      { sub: "teamleider", role: Role.TEAM_LEAD, municipality: ZWOLLE, teams: [MIDDEN] },
      { issuer: idp.issuer, audience: idp.audience },
    );
    expect(await refusal(forged)).toEqual({
      status: 401,
      message: expect.stringContaining('"alg"'),
    });
  });

  it("refuses the provider's ID token (its audience is the client, not the API)", async () => {
    const { id_token } = await idp.signIn("teamleider");
    expect((await refusal(id_token)).status).toBe(401);
  });

  it("tells the web application how to sign in, and offers no developer sign-in", async () => {
    const response = await t.raw("/auth/config");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      oidc: {
        issuer: idp.issuer,
        clientId: idp.clientId,
        scope: "openid profile",
        audience: idp.audience,
      },
      devSignIn: false,
    });
    expect((await t.raw("/auth/dev/options")).status).toBe(404);
  });
});
