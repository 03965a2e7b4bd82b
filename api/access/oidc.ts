import type { JWTPayload, JWTVerifyGetKey } from "jose" with { "resolution-mode": "import" };
import { loadJose, UUID, type OidcConfig } from "../platform";
import { isRole, Role, ROLES } from "../../schema/roles";

/**
 * The municipality's OpenID Connect provider as the server knows it after discovery: the
 * issuer its tokens must name, its signing keys, and where the Kwadrant claims are.
 *
 * The server verifies the **access token**, not the ID token. The ID token is addressed to the
 * web application (its `aud` is the client id) and proves who signed in *to the client*; the
 * access token is the credential meant for an API — its audience is the API (a resource
 * indicator, RFC 8707, or the client id at providers that have no separate audience), it can
 * be short-lived and refreshed, and any other client of the same provider (a script, a report
 * tool) sends the same kind of token. Checking `aud` against KWADRANT_OIDC_AUDIENCE keeps
 * tokens that the provider issued for another application out.
 */
export interface OidcVerifier {
  issuer: string;
  audience: string;
  jwks: JWTVerifyGetKey;
  claims: Pick<OidcConfig, "roleClaim" | "municipalityClaim" | "teamsClaim">;
}

/** Signatures an identity provider uses; HS256 (a shared secret) never comes from one. */
export const OIDC_ALGORITHMS = ["RS256", "PS256", "ES256", "EdDSA"];

const DISCOVERY_TIMEOUT_MS = 10000;

/** The issuer with and without a trailing slash compare equal; nothing else does. */
function sameIssuer(a: string, b: string): boolean {
  return a.replace(/\/$/, "") === b.replace(/\/$/, "");
}

/**
 * Reads `${issuer}/.well-known/openid-configuration` (OpenID Connect Discovery 1.0): its
 * `issuer` must be the configured one (§4.3), its `jwks_uri` is where the keys are. The server
 * refuses to start when the provider cannot be reached: without it no one could sign in.
 */
export async function discoverOidc(config: OidcConfig): Promise<OidcVerifier> {
  const url = `${config.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;
  let metadata: { issuer?: unknown; jwks_uri?: unknown };
  try {
    const response = await fetch(url, {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    metadata = (await response.json()) as typeof metadata;
  } catch (error) {
    throw new Error(
      `KWADRANT_OIDC_ISSUER: could not read the provider's discovery document ${url}: ${(error as Error).message}`,
    );
  }
  if (typeof metadata.issuer !== "string" || !sameIssuer(metadata.issuer, config.issuer))
    throw new Error(
      `KWADRANT_OIDC_ISSUER: ${url} names issuer ${JSON.stringify(metadata.issuer)}, not ${config.issuer}`,
    );
  if (typeof metadata.jwks_uri !== "string")
    throw new Error(`KWADRANT_OIDC_ISSUER: ${url} has no jwks_uri`);
  const jwksUri = new URL(metadata.jwks_uri);
  const jose = await loadJose();
  return {
    issuer: metadata.issuer,
    audience: config.audience,
    jwks: jose.createRemoteJWKSet(jwksUri), // cached, refetched for an unknown key id
    claims: config,
  };
}

/** `name` in the payload, or along a dotted path (`realm_access.roles`) when there is no such claim. */
function claim(payload: JWTPayload, name: string): unknown {
  if (name in payload) return payload[name];
  let value: unknown = payload;
  for (const part of name.split(".")) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Thrown with a message the 401 shows: which claim is missing or wrong, and why. */
export class OidcClaimError extends Error {}

/**
 * Kwadrant's claims from a verified access token, under the configured names. A municipality
 * is named by its id (a UUID) — the identity provider is told the ids, not the codes.
 */
export function oidcClaims(
  payload: JWTPayload,
  names: OidcVerifier["claims"],
): { role: Role; municipality?: string; teams: string[] } {
  const role = claim(payload, names.roleClaim);
  if (role === undefined) throw new OidcClaimError(`claim "${names.roleClaim}" (role) missing`);
  if (!isRole(role))
    throw new OidcClaimError(
      `claim "${names.roleClaim}": ${JSON.stringify(role)} is not one of ${ROLES.join(", ")}`,
    );
  const municipality = claim(payload, names.municipalityClaim);
  if (municipality === undefined && role !== Role.ADMIN)
    throw new OidcClaimError(`claim "${names.municipalityClaim}" (municipality) missing`);
  if (municipality !== undefined && (typeof municipality !== "string" || !UUID.test(municipality)))
    throw new OidcClaimError(
      `claim "${names.municipalityClaim}": expected a municipality id (UUID)`,
    );
  let teams = claim(payload, names.teamsClaim) ?? [];
  if (typeof teams === "string") teams = teams.split(/[\s,]+/).filter(Boolean);
  if (!Array.isArray(teams) || teams.some((team) => typeof team !== "string" || !UUID.test(team)))
    throw new OidcClaimError(`claim "${names.teamsClaim}": expected a list of team ids (UUIDs)`);
  return {
    role,
    municipality: municipality as string | undefined,
    teams: teams as string[],
  };
}
