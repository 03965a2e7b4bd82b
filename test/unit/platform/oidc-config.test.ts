import { readConfig, readOidcConfig } from "../../../api/platform/config";

const ISSUER = "https://login.zwolle.example/realms/kwadrant";

describe("configuration: KWADRANT_OIDC_*", () => {
  it("is absent without an issuer", () => {
    expect(readOidcConfig({})).toBeUndefined();
    expect(readConfig({}).oidc).toBeUndefined();
  });

  it("fills the defaults: scope, audience = client id, claim names", () => {
    expect(
      readOidcConfig({ KWADRANT_OIDC_ISSUER: ISSUER, KWADRANT_OIDC_CLIENT_ID: "kwadrant" }),
    ).toEqual({
      issuer: ISSUER,
      clientId: "kwadrant",
      scope: "openid profile",
      audience: "kwadrant",
      roleClaim: "role",
      municipalityClaim: "municipality",
      teamsClaim: "teams",
    });
  });

  it("takes every setting", () => {
    expect(
      readOidcConfig({
        KWADRANT_OIDC_ISSUER: ISSUER,
        KWADRANT_OIDC_CLIENT_ID: "kwadrant",
        KWADRANT_OIDC_SCOPE: "openid  kwadrant",
        KWADRANT_OIDC_AUDIENCE: "https://kwadrant.zwolle.example/graphql",
        KWADRANT_OIDC_ROLE_CLAIM: "kwadrant.role",
        KWADRANT_OIDC_MUNICIPALITY_CLAIM: "gemeente",
        KWADRANT_OIDC_TEAMS_CLAIM: "wijkteams",
      }),
    ).toMatchObject({
      scope: "openid kwadrant",
      audience: "https://kwadrant.zwolle.example/graphql",
      roleClaim: "kwadrant.role",
      municipalityClaim: "gemeente",
      teamsClaim: "wijkteams",
    });
  });

  it.each([
    [{ KWADRANT_OIDC_CLIENT_ID: "kwadrant" }, /CLIENT_ID: set KWADRANT_OIDC_ISSUER too/],
    [
      { KWADRANT_OIDC_AUDIENCE: "kwadrant" },
      /KWADRANT_OIDC_AUDIENCE: only with KWADRANT_OIDC_ISSUER/,
    ],
    [{ KWADRANT_OIDC_ISSUER: ISSUER }, /set KWADRANT_OIDC_CLIENT_ID too/],
    [{ KWADRANT_OIDC_ISSUER: "login.zwolle", KWADRANT_OIDC_CLIENT_ID: "k" }, /expected a URL/],
    [
      { KWADRANT_OIDC_ISSUER: `${ISSUER}?x=1`, KWADRANT_OIDC_CLIENT_ID: "k" },
      /no query or fragment/,
    ],
    [
      {
        KWADRANT_OIDC_ISSUER: ISSUER,
        KWADRANT_OIDC_CLIENT_ID: "k",
        KWADRANT_OIDC_SCOPE: "profile",
      },
      /must contain "openid"/,
    ],
    [
      {
        KWADRANT_OIDC_ISSUER: ISSUER,
        KWADRANT_OIDC_CLIENT_ID: "k",
        KWADRANT_OIDC_ROLE_CLAIM: "a b",
      },
      /ROLE_CLAIM: a claim name has no spaces/,
    ],
  ])("refuses %j", (env, message) => {
    expect(() => readOidcConfig(env)).toThrow(message);
  });

  it("refuses http issuers in production, allows them outside (loopback tests)", () => {
    const env = { KWADRANT_OIDC_ISSUER: "http://127.0.0.1:4010", KWADRANT_OIDC_CLIENT_ID: "k" };
    expect(readOidcConfig(env)?.issuer).toBe("http://127.0.0.1:4010");
    expect(() => readConfig({ ...env, NODE_ENV: "production" })).toThrow(/https URL in production/);
  });

  it("offers no developer sign-in beside an identity provider", () => {
    const env = { KWADRANT_OIDC_ISSUER: ISSUER, KWADRANT_OIDC_CLIENT_ID: "k" };
    expect(readConfig(env).devSignIn).toBe(false);
    expect(readConfig({}).devSignIn).toBe(true);
    expect(() => readConfig({ ...env, KWADRANT_DEV_SIGN_IN: "true" })).toThrow(
      /KWADRANT_DEV_SIGN_IN: the developer sign-in is not offered/,
    );
  });
});
