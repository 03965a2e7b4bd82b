import { createHash, randomUUID } from "node:crypto";
import type { JWTPayload, JWTVerifyGetKey } from "jose" with { "resolution-mode": "import" };
import { loadJose } from "../platform";
import type { JwtKeys } from "./keys";
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

export async function verifyJwt(
  token: string,
  keys: JwtKeys,
): Promise<KwadrantClaims & { tokenId: string }> {
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
  const tokenId = `jwt:${payload.jti ?? createHash("sha256").update(token).digest("hex").slice(0, 16)}`;
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
