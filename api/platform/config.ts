/** Runtime configuration, read once from the environment. Every variable is documented in README.md. */
export interface Config {
  port: number;
  host: string;
  production: boolean;
  databaseUrl?: string;
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
  /** Highest estimated query cost (1 per field, times the page size of connections). */
  maxQueryComplexity: number;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return !["0", "false", "no", "off"].includes(value.toLowerCase());
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`Configuration ${name}: expected a whole number, got "${value}"`);
  }
  return parsed;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === "production";
  return {
    port: int("PORT", env.PORT, 4000),
    host: env.HOST || "0.0.0.0",
    production,
    databaseUrl: env.DATABASE_URL || undefined,
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
    devSignIn: !production && flag(env.KWADRANT_DEV_SIGN_IN, !env.DATABASE_URL),
    webDir: env.KWADRANT_WEB_DIR || undefined,
    rateLimitPerMinute: int(
      "KWADRANT_RATE_LIMIT_PER_MINUTE",
      env.KWADRANT_RATE_LIMIT_PER_MINUTE,
      600,
    ),
    linkSecret: env.KWADRANT_LINK_SECRET || undefined,
    linkMinutes: int("KWADRANT_LINK_MINUTES", env.KWADRANT_LINK_MINUTES, 5),
    maxQueryDepth: int("KWADRANT_MAX_QUERY_DEPTH", env.KWADRANT_MAX_QUERY_DEPTH, 12),
    maxQueryComplexity: int(
      "KWADRANT_MAX_QUERY_COMPLEXITY",
      env.KWADRANT_MAX_QUERY_COMPLEXITY,
      50000,
    ),
  };
}
