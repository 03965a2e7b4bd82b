import { createHash, randomUUID } from "node:crypto";
import type { JWTPayload, JWTVerifyGetKey } from "jose" with { "resolution-mode": "import" };
import { loadJose } from "../platform";
import type { JwtKeys } from "./keys";
import { OIDC_ALGORITHMS, OidcClaimError, oidcClaims, type OidcVerifier } from "./oidc";
import { isRole, Role } from "../../schema/roles";

/** The claims Kwadrant reads from a JWT. */
interface KwadrantClaims {
  sub: string;
  role: Role;
  /** Municipality code (GM0344) or id; absent for ADMIN. */
  municipality?: string;
  /** Team ids (TEAM_LEAD, PROFESSIONAL). */
  teams?: string[];
}

export class InvalidTokenError extends Error {}

/** Picks the key for the header's algorithm, but only among the configured algorithms. */
function keyGetter(keys: JwtKeys): JWTVerifyGetKey {
  return async (header, token) => {
    if (header.alg === "HS256" && keys.secret) return keys.secret;
    if (keys.publicKey) return keys.publicKey;
    if (keys.jwks) return keys.jwks(header, token);
    throw new InvalidTokenError(`algorithm ${header.alg} is not accepted`);
  };
}

function tokenIdOf(token: string, payload: JWTPayload): string {
  return `jwt:${payload.jti ?? createHash("sha256").update(token).digest("hex").slice(0, 16)}`;
}

/** The unverified `iss` of a token, only to choose how to verify it; undefined if unreadable. */
async function claimedIssuer(token: string): Promise<string | undefined> {
  try {
    const iss = (await loadJose()).decodeJwt(token).iss;
    return typeof iss === "string" ? iss : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An access token of the OpenID Connect provider: signed by a key of its JWKS (never HS256),
 * its issuer and audience, then Kwadrant's claims under the configured names.
 */
async function verifyOidcToken(
  token: string,
  oidc: OidcVerifier,
): Promise<KwadrantClaims & { tokenId: string }> {
  let payload: JWTPayload;
  try {
    const { jwtVerify } = await loadJose();
    ({ payload } = await jwtVerify(token, oidc.jwks, {
      algorithms: OIDC_ALGORITHMS,
      issuer: oidc.issuer,
      audience: oidc.audience,
      requiredClaims: ["exp", "sub"],
    }));
    const claims = oidcClaims(payload, oidc.claims);
    return { sub: String(payload.sub), ...claims, tokenId: tokenIdOf(token, payload) };
  } catch (error) {
    if (error instanceof OidcClaimError) throw new InvalidTokenError(error.message);
    throw new InvalidTokenError((error as Error).message);
  }
}

export async function verifyJwt(
  token: string,
  keys: JwtKeys,
): Promise<KwadrantClaims & { tokenId: string }> {
  // The issuer in the token only picks the verifier; the verifier then checks it for real, so a
  // token that claims the provider's issuer must also carry the provider's signature.
  if (keys.oidc) {
    const issuer = await claimedIssuer(token);
    if (issuer === keys.oidc.issuer) return verifyOidcToken(token, keys.oidc);
    if (!keys.algorithms.length)
      throw new InvalidTokenError(
        `issuer ${JSON.stringify(issuer ?? null)} is not the identity provider ${keys.oidc.issuer}`,
      );
  }
  let payload: JWTPayload;
  try {
    const { jwtVerify } = await loadJose();
    ({ payload } = await jwtVerify(token, keyGetter(keys), {
      algorithms: keys.algorithms, // alg "none" is never among them
      issuer: keys.issuer,
      audience: keys.audience,
      requiredClaims: ["exp", "sub"],
    }));
  } catch (error) {
    throw new InvalidTokenError((error as Error).message);
  }
  if (!isRole(payload.role)) throw new InvalidTokenError("role: missing or unknown");
  const municipality = payload.municipality;
  if (municipality !== undefined && typeof municipality !== "string")
    throw new InvalidTokenError("municipality: must be a code or id");
  const teams = payload.teams ?? [];
  if (!Array.isArray(teams) || teams.some((t) => typeof t !== "string"))
    throw new InvalidTokenError("teams: must be a list of ids");
  const tokenId = tokenIdOf(token, payload);
  return { sub: String(payload.sub), role: payload.role, municipality, teams, tokenId };
}

/** Signs an HS256 token (development tokens, tests); a real identity provider signs its own. */
export async function signJwt(
  secret: Uint8Array,
  claims: KwadrantClaims,
  options: { expiresIn?: string; issuer?: string; audience?: string } = {},
): Promise<string> {
  const { SignJWT } = await loadJose();
  const jwt = new SignJWT({
    role: claims.role,
    municipality: claims.municipality,
    teams: claims.teams,
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.sub)
    .setJti(randomUUID()) // the audit log and the rate limit tell tokens apart by it
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "12h");
  if (options.issuer) jwt.setIssuer(options.issuer);
  if (options.audience) jwt.setAudience(options.audience);
  return jwt.sign(secret);
}
