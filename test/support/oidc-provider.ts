import http from "node:http";
import type { AddressInfo } from "node:net";
import { createHash, randomBytes } from "node:crypto";
import type { ProviderToken } from "oidc-provider";
import { loadJose } from "../../api/platform";

/** The demo's Zwolle and its Wijkteam Midden (api/demo/demo-ids.ts). */
export const ZWOLLE = "55414a4f-c727-521c-9fd6-6e26325c15ad";
export const MIDDEN = "dc7d242d-1e63-5bdf-9e07-5c88964945e8";

/** The claim names the test provider uses, other than Kwadrant's defaults on purpose. */
export const CLAIM_NAMES = {
  roleClaim: "kwadrant_role",
  municipalityClaim: "kwadrant_municipality",
  teamsClaim: "kwadrant_teams",
};

/** Kwadrant's claims of an account, by Kwadrant name (role, municipality, teams). */
export interface AccountClaims {
  role?: unknown;
  municipality?: unknown;
  teams?: unknown;
  name?: string;
}

/**
 * The accounts: a login name of the provider's login form (any password) gives these claims.
 * `teamleider` is the team lead of Wijkteam Midden in Zwolle; the others are for refusals.
 */
export const ACCOUNTS: Record<string, AccountClaims> = {
  teamleider: { role: "TEAM_LEAD", municipality: ZWOLLE, teams: [MIDDEN], name: "Tess Teamleider" },
  burgemeester: { role: "MAYOR", municipality: ZWOLLE, name: "Bert Burgemeester" },
  zwerver: { role: "ANALYST", name: "Zeno Zonder Gemeente" },
  gemeentecode: { role: "ANALYST", municipality: "GM0193", name: "Cor Code" },
};

export interface TestOidcProvider {
  /** http://127.0.0.1:<port>, no trailing slash (as the discovery document says). */
  issuer: string;
  clientId: string;
  /** The access tokens' audience (a resource indicator, RFC 8707). */
  audience: string;
  /**
   * Signs in over plain HTTP as a browser would — authorization request with PKCE, the dev
   * login form, consent, code exchange — and answers the token endpoint's response.
   */
  signIn(
    login: string,
    options?: { resource?: string },
  ): Promise<{ access_token: string; id_token: string; token_type: string }>;
  stop(): Promise<void>;
}

/**
 * A free port on 127.0.0.1 for the Kwadrant server: the provider must know the redirect uri
 * (with the server's port) before the server starts, and the server discovers the provider
 * when it starts.
 */
export async function freePort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** A tiny cookie jar: by name, no paths (the flow visits few paths on one host). */
class Cookies {
  private values = new Map<string, string>();
  take(response: Response) {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair.indexOf("=");
      this.values.set(pair.slice(0, at).trim(), pair.slice(at + 1));
    }
  }
  header(): string {
    return [...this.values].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/**
 * A real OpenID Provider (panva's oidc-provider, a certified implementation) on 127.0.0.1 and
 * a random port: one public client with PKCE for the web application at `redirectUri`, its
 * dev interactions (a login form taking any login and password, then consent), and JWT access
 * tokens for the resource `audience` carrying the account's Kwadrant claims.
 */
export async function startOidcProvider(options: {
  redirectUri: string;
  clientId?: string;
  audience?: string;
  claimNames?: typeof CLAIM_NAMES;
}): Promise<TestOidcProvider> {
  const { default: Provider } = await import("oidc-provider");
  const jose = await loadJose();
  const clientId = options.clientId ?? "kwadrant-web";
  const audience = options.audience ?? "https://kwadrant.test/graphql";
  const names = options.claimNames ?? CLAIM_NAMES;
  const { privateKey } = await jose.generateKeyPair("RS256", { extractable: true });
  const signingKey = {
    ...(await jose.exportJWK(privateKey)),
    kid: "test-key",
    use: "sig",
    alg: "RS256",
  };

  // The port first, so that the issuer can name it.
  const httpServer = http.createServer();
  // Longer than the test's slowest step (seeding the demo data): an idle kept-alive connection
  // of the server's discovery fetch is then never closed under a reused request.
  httpServer.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = httpServer.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;

  const kwadrantClaims = (accountId: string | undefined) => {
    const account = accountId ? ACCOUNTS[accountId] : undefined;
    if (!account) return undefined;
    const claims: Record<string, unknown> = {};
    if (account.role !== undefined) claims[names.roleClaim] = account.role;
    if (account.municipality !== undefined) claims[names.municipalityClaim] = account.municipality;
    if (account.teams !== undefined) claims[names.teamsClaim] = account.teams;
    return claims;
  };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        application_type: "web",
        token_endpoint_auth_method: "none",
        grant_types: ["authorization_code"],
        response_types: ["code"],
        redirect_uris: [options.redirectUri],
      },
    ],
    jwks: { keys: [signingKey] },
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    cookies: { keys: [randomBytes(16).toString("hex")] },
    pkce: { required: () => true },
    async findAccount(_ctx: unknown, id: string) {
      const account = ACCOUNTS[id];
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, name: account.name }) };
    },
    // The Kwadrant claims go into the access token (a JWT for the resource server).
    extraTokenClaims: async (_ctx: unknown, token: ProviderToken) =>
      kwadrantClaims(token.accountId),
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: async (_ctx: unknown, _client: unknown, oneOf?: string[]) =>
          oneOf ?? audience,
        useGrantedResource: async () => true,
        // Any resource is "known" here, so that a test can ask for a token for another API.
        getResourceServerInfo: async (_ctx: unknown, resource: string) => ({
          scope: "kwadrant",
          audience: resource,
          accessTokenFormat: "jwt",
          accessTokenTTL: 3600,
          jwt: { sign: { alg: "RS256" } },
        }),
      },
    },
  });
  // Keep the test output free of the provider's development warnings per request.
  provider.on("server_error", (_ctx: unknown, error: Error) =>
    console.error("oidc-provider:", error),
  );
  httpServer.on("request", provider.callback());

  async function signIn(
    login: string,
    signInOptions: { resource?: string } = {},
  ): Promise<{ access_token: string; id_token: string; token_type: string }> {
    const cookies = new Cookies();
    const verifier = randomBytes(32).toString("base64url");
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    const resource = signInOptions.resource ?? audience;
    const authorize = new URL(`${issuer}/auth`);
    authorize.search = new URLSearchParams({
      client_id: clientId,
      redirect_uri: options.redirectUri,
      response_type: "code",
      scope: "openid profile",
      state: randomBytes(8).toString("hex"),
      code_challenge: challenge,
      code_challenge_method: "S256",
      resource,
    }).toString();
    let url = authorize.toString();
    let init: RequestInit = {};
    for (let step = 0; step < 20; step++) {
      if (url.startsWith(options.redirectUri)) {
        const back = new URL(url);
        const code = back.searchParams.get("code");
        if (!code) throw new Error(`no code in ${url}`);
        const token = await fetch(`${issuer}/token`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({
            grant_type: "authorization_code",
            code,
            client_id: clientId,
            redirect_uri: options.redirectUri,
            code_verifier: verifier,
            resource,
          }),
        });
        const body = await token.json();
        if (!token.ok) throw new Error(`token endpoint: ${JSON.stringify(body)}`);
        return body as { access_token: string; id_token: string; token_type: string };
      }
      const response = await fetch(url, {
        ...init,
        redirect: "manual",
        headers: { ...(init.headers as Record<string, string>), cookie: cookies.header() },
      });
      cookies.take(response);
      init = {};
      const location = response.headers.get("location");
      if (location) {
        url = new URL(location, url).toString();
        continue;
      }
      const html = await response.text();
      const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(html);
      if (!form) throw new Error(`HTTP ${response.status} at ${url}: ${html.slice(0, 300)}`);
      const fields = new URLSearchParams();
      for (const input of form[2].matchAll(/<input[^>]*name="([^"]+)"[^>]*>/g)) {
        const value = /value="([^"]*)"/.exec(input[0])?.[1];
        fields.set(input[1], value ?? (input[1] === "login" ? login : "geheim"));
      }
      url = new URL(form[1].replace(/&amp;/g, "&"), url).toString();
      init = {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: fields.toString(),
      };
    }
    throw new Error("sign-in did not end at the redirect uri");
  }

  return {
    issuer,
    clientId,
    audience,
    signIn,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        httpServer.closeAllConnections();
        httpServer.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
