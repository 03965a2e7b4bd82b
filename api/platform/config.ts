/** Runtime configuration, read once from the environment. Every variable is documented in README.md. */
export interface Config {
  port: number;
  host: string;
  production: boolean;
  databaseUrl?: string;
  /** A read replica of DATABASE_URL for the heavy analyses (comparisons, trends, export figures). */
  databaseReadUrl?: string;
  dataDir: string;
  migrateOnStart: boolean;
  seedOnStart: boolean;
  statementTimeoutMs: number;
  introspection: boolean;
  shutdownGraceMs: number;
  /** Largest request body accepted; a base64 file for importRegistrations must fit in it. */
  maxBodyBytes: number;
  /** HS256 secret for bearer JWTs (at least 32 characters). */
  jwtSecret?: string;
  /** PEM public key for RS256/ES256 JWTs from a municipality's identity provider. */
  jwtPublicKey?: string;
  /** JWKS URL of an identity provider (RS256/ES256). */
  jwksUrl?: string;
  jwtIssuer?: string;
  jwtAudience?: string;
  /** Requests per minute per token (0 = no limit). */
  rateLimitPerMinute: number;
  /** Deepest field nesting a query may have. */
  maxQueryDepth: number;
  /** The developer sign-in page (/auth/dev): never in production; by default on the embedded DB. */
  devSignIn: boolean;
  /** Folder of the built web application (default dist/web of the project). */
  webDir?: string;
  /** Secret of the signed download links (default: derived from the JWT secret, or random). */
  linkSecret?: string;
  /** How long a download link is valid. */
  linkMinutes: number;
  /** Groups of fewer cases are suppressed for roles that may not read their cases (≥ 1). */
  minGroupSize: number;
  /** Highest estimated query cost (1 per field, times the page size of connections). */
  maxQueryComplexity: number;
  /** Sign-in through the municipality's OpenID Connect provider; absent without an issuer. */
  oidc?: OidcConfig;
}

/** The OpenID Connect settings (KWADRANT_OIDC_*), all resolved to their defaults. */
export interface OidcConfig {
  /** The provider's issuer URL; its discovery document is `${issuer}/.well-known/openid-configuration`. */
  issuer: string;
  /** The web application's client id (a public client: authorization code with PKCE). */
  clientId: string;
  /** The scopes the web application asks for; always with `openid`. */
  scope: string;
  /** The `aud` an access token must carry (also sent as `resource` when it is not the client id). */
  audience: string;
  /** Claim names (a dotted path reaches into an object claim, e.g. `kwadrant.role`). */
  roleClaim: string;
  municipalityClaim: string;
  teamsClaim: string;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return !["0", "false", "no", "off"].includes(value.toLowerCase());
}

function atLeastOne(name: string, value: number): number {
  if (value < 1)
    throw new Error(`Configuration ${name}: expected a whole number ≥ 1, got ${value}`);
  return value;
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`Configuration ${name}: expected a whole number, got "${value}"`);
  }
  return parsed;
}

const OIDC_DETAILS = [
  "KWADRANT_OIDC_SCOPE",
  "KWADRANT_OIDC_AUDIENCE",
  "KWADRANT_OIDC_ROLE_CLAIM",
  "KWADRANT_OIDC_MUNICIPALITY_CLAIM",
  "KWADRANT_OIDC_TEAMS_CLAIM",
] as const;

/**
 * The OpenID Connect settings, or undefined when KWADRANT_OIDC_ISSUER is not set. Settings that
 * only make sense with an issuer are refused without one, so that a typo in the issuer's name
 * does not quietly leave the server without the sign-in it was meant to have.
 */
export function readOidcConfig(
  env: NodeJS.ProcessEnv = process.env,
  production = env.NODE_ENV === "production",
): OidcConfig | undefined {
  const issuer = env.KWADRANT_OIDC_ISSUER?.trim() || undefined;
  const clientId = env.KWADRANT_OIDC_CLIENT_ID?.trim() || undefined;
  if (!issuer) {
    if (clientId)
      throw new Error(
        "Configuration KWADRANT_OIDC_CLIENT_ID: set KWADRANT_OIDC_ISSUER too (the identity provider's issuer URL)",
      );
    const stray = OIDC_DETAILS.find((name) => env[name]);
    if (stray) throw new Error(`Configuration ${stray}: only with KWADRANT_OIDC_ISSUER`);
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`Configuration KWADRANT_OIDC_ISSUER: expected a URL, got "${issuer}"`);
  }
  if (url.protocol !== "https:" && (production || url.protocol !== "http:"))
    throw new Error(
      `Configuration KWADRANT_OIDC_ISSUER: expected an https URL${production ? " in production" : " (http only outside production)"}, got "${issuer}"`,
    );
  if (url.search || url.hash)
    throw new Error("Configuration KWADRANT_OIDC_ISSUER: no query or fragment in an issuer");
  if (!clientId)
    throw new Error(
      "Configuration KWADRANT_OIDC_ISSUER: set KWADRANT_OIDC_CLIENT_ID too (the web application's client id)",
    );
  const scope = (env.KWADRANT_OIDC_SCOPE?.trim() || "openid profile").split(/\s+/);
  if (!scope.includes("openid"))
    throw new Error(
      `Configuration KWADRANT_OIDC_SCOPE: must contain "openid", got "${scope.join(" ")}"`,
    );
  const claim = (name: string, fallback: string) => {
    const value = env[name]?.trim() || fallback;
    if (/\s/.test(value)) throw new Error(`Configuration ${name}: a claim name has no spaces`);
    return value;
  };
  return {
    issuer,
    clientId,
    scope: scope.join(" "),
    audience: env.KWADRANT_OIDC_AUDIENCE?.trim() || clientId,
    roleClaim: claim("KWADRANT_OIDC_ROLE_CLAIM", "role"),
    municipalityClaim: claim("KWADRANT_OIDC_MUNICIPALITY_CLAIM", "municipality"),
    teamsClaim: claim("KWADRANT_OIDC_TEAMS_CLAIM", "teams"),
  };
}

/**
 * DATABASE_READ_URL: a postgres:// URL of a streaming replica, only beside DATABASE_URL (the
 * embedded database has no replicas, and a replica without its primary would take no writes).
 */
export function readDatabaseReadUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const readUrl = env.DATABASE_READ_URL?.trim() || undefined;
  if (!readUrl) return undefined;
  if (!env.DATABASE_URL)
    throw new Error(
      "Configuration DATABASE_READ_URL: only with DATABASE_URL (the primary the replica follows; the embedded database has no replicas)",
    );
  let url: URL;
  try {
    url = new URL(readUrl);
  } catch {
    throw new Error("Configuration DATABASE_READ_URL: expected a postgres:// URL");
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:")
    throw new Error(
      `Configuration DATABASE_READ_URL: expected a postgres:// URL, got a ${url.protocol}// one`,
    );
  return readUrl;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === "production";
  const oidc = readOidcConfig(env, production);
  if (oidc && flag(env.KWADRANT_DEV_SIGN_IN, false))
    throw new Error(
      "Configuration KWADRANT_DEV_SIGN_IN: the developer sign-in is not offered with KWADRANT_OIDC_ISSUER (users sign in at the identity provider)",
    );
  return {
    port: int("PORT", env.PORT, 4000),
    host: env.HOST || "0.0.0.0",
    production,
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReadUrl: readDatabaseReadUrl(env),
    dataDir: env.KWADRANT_DATA_DIR || "./data",
    migrateOnStart: flag(env.KWADRANT_MIGRATE_ON_START, true),
    seedOnStart: flag(env.KWADRANT_SEED_ON_START, true),
    statementTimeoutMs: int(
      "KWADRANT_STATEMENT_TIMEOUT_MS",
      env.KWADRANT_STATEMENT_TIMEOUT_MS,
      30000,
    ),
    introspection: flag(env.KWADRANT_INTROSPECTION, !production),
    shutdownGraceMs: int("KWADRANT_SHUTDOWN_GRACE_MS", env.KWADRANT_SHUTDOWN_GRACE_MS, 10000),
    maxBodyBytes: int("KWADRANT_MAX_BODY_BYTES", env.KWADRANT_MAX_BODY_BYTES, 16 * 1024 * 1024),
    jwtSecret: env.KWADRANT_JWT_SECRET || undefined,
    jwtPublicKey: env.KWADRANT_JWT_PUBLIC_KEY || undefined,
    jwksUrl: env.KWADRANT_JWKS_URL || undefined,
    jwtIssuer: env.KWADRANT_JWT_ISSUER || undefined,
    jwtAudience: env.KWADRANT_JWT_AUDIENCE || undefined,
    // Never in production; not with an identity provider either (one way to sign in, not two).
    devSignIn: !production && !oidc && flag(env.KWADRANT_DEV_SIGN_IN, !env.DATABASE_URL),
    webDir: env.KWADRANT_WEB_DIR || undefined,
    rateLimitPerMinute: int(
      "KWADRANT_RATE_LIMIT_PER_MINUTE",
      env.KWADRANT_RATE_LIMIT_PER_MINUTE,
      600,
    ),
    linkSecret: env.KWADRANT_LINK_SECRET || undefined,
    linkMinutes: int("KWADRANT_LINK_MINUTES", env.KWADRANT_LINK_MINUTES, 5),
    minGroupSize: atLeastOne(
      "KWADRANT_MIN_GROUP_SIZE",
      int("KWADRANT_MIN_GROUP_SIZE", env.KWADRANT_MIN_GROUP_SIZE, 10),
    ),
    maxQueryDepth: int("KWADRANT_MAX_QUERY_DEPTH", env.KWADRANT_MAX_QUERY_DEPTH, 12),
    maxQueryComplexity: int(
      "KWADRANT_MAX_QUERY_COMPLEXITY",
      env.KWADRANT_MAX_QUERY_COMPLEXITY,
      50000,
    ),
    oidc,
  };
}
