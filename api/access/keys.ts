import { createPublicKey, randomBytes, type KeyObject } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { JWTVerifyGetKey } from "jose" with { "resolution-mode": "import" };
import { loadJose } from "../platform";
import type { OidcVerifier } from "./oidc";

/** The JWT settings of the configuration (see config.ts). */
interface JwtSettings {
  production: boolean;
  dataDir: string;
  jwtSecret?: string;
  jwtPublicKey?: string;
  jwksUrl?: string;
  jwtIssuer?: string;
  jwtAudience?: string;
  /** With an OpenID Connect issuer, its tokens are the configured way in (see oidc.ts). */
  oidc?: { issuer: string };
}

/**
 * How bearer JWTs are verified. The accepted algorithms come from here, never from a token's
 * header: HS256 only with a secret, RS256/ES256 only with a public key or a JWKS.
 */
export interface JwtKeys {
  secret?: Uint8Array;
  publicKey?: KeyObject;
  jwks?: JWTVerifyGetKey;
  algorithms: string[];
  issuer?: string;
  audience?: string;
  /**
   * The OpenID Connect provider after discovery (set by the server at start, see oidc.ts): a
   * token whose `iss` is its issuer is verified against its JWKS, issuer and audience only.
   */
  oidc?: OidcVerifier;
}

const SECRET_FILE = "jwt-secret";

/**
 * Outside production with no key configured, a random secret in the data folder (made on first
 * use by the server), so that `npm start` and `npm run token` agree without any setup. A reader
 * that may not create it (the token command) is told which folder it looked in: a secret of
 * its own would give tokens that the server answers with 401.
 */
function developmentSecret(dataDir: string, create: boolean): string {
  const file = path.join(dataDir, SECRET_FILE);
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    if (!create) {
      throw new Error(
        `No server secret in ${path.resolve(file)}: start the server first (npm start), or give this command the server's KWADRANT_DATA_DIR (or KWADRANT_JWT_SECRET)`,
      );
    }
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString("hex");
    try {
      writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      return readFileSync(file, "utf8").trim(); // another process made it first
    }
  }
}

/** `createSecret: false` for readers of the server's secret that must not make one of their own. */
export function resolveJwtKeys(
  settings: JwtSettings,
  options: { createSecret?: boolean } = {},
): JwtKeys {
  const configured =
    settings.jwtSecret || settings.jwtPublicKey || settings.jwksUrl || settings.oidc?.issuer;
  if (!configured && settings.production) {
    throw new Error(
      "Configuration: set KWADRANT_OIDC_ISSUER, KWADRANT_JWT_SECRET, KWADRANT_JWT_PUBLIC_KEY or KWADRANT_JWKS_URL in production",
    );
  }
  const secretText =
    settings.jwtSecret ||
    (configured ? undefined : developmentSecret(settings.dataDir, options.createSecret ?? true));
  if (secretText !== undefined && secretText.length < 32) {
    throw new Error("Configuration KWADRANT_JWT_SECRET: use at least 32 characters");
  }
  const keys: JwtKeys = {
    algorithms: [],
    issuer: settings.jwtIssuer || undefined,
    audience: settings.jwtAudience || undefined,
  };
  if (secretText) {
    keys.secret = new TextEncoder().encode(secretText);
    keys.algorithms.push("HS256");
  }
  if (settings.jwtPublicKey) {
    keys.publicKey = createPublicKey(settings.jwtPublicKey.replace(/\\n/g, "\n"));
  }
  if (settings.jwksUrl) {
    const url = new URL(settings.jwksUrl);
    let remote: JWTVerifyGetKey | undefined;
    keys.jwks = async (header, token) => {
      remote ??= (await loadJose()).createRemoteJWKSet(url);
      return remote(header, token);
    };
  }
  if (keys.publicKey || keys.jwks) keys.algorithms.push("RS256", "ES256");
  return keys;
}
