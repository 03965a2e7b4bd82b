import type express from "express";
import type { DataSource } from "typeorm";
import {
  UnauthenticatedError,
  UUID,
  hasSingleConnection,
  recordLogin,
  type Caller,
} from "../platform";
import { callerFromApiToken, API_TOKEN_PREFIX } from "./api-tokens";
import { InvalidTokenError, verifyJwt } from "./jwt";
import type { JwtKeys } from "./keys";
import { Role } from "../../schema/roles";

type Authenticator = (req: express.Request) => Promise<Caller>;

const MUNICIPALITY_CACHE_MS = 5 * 60 * 1000;

/** The bearer token of a request, or null when there is none. */
function bearerToken(req: express.Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new UnauthenticatedError("Authorization: expected `Bearer <token>`");
  return match[1];
}

/**
 * Builds the function that turns a request's bearer token — an API token (`kw_…`) or a JWT —
 * into a caller, or refuses with UNAUTHENTICATED. Each token's login is audited once an hour.
 */
export function createAuthenticator(db: DataSource, keys: JwtKeys): Authenticator {
  const municipalities = new Map<string, { id: string | null; until: number }>();
  const singleConnection = hasSingleConnection(db);

  /** A JWT names its municipality by code (GM0344) or id; unknown ones are refused. */
  async function municipalityId(reference: string): Promise<string | null> {
    const cached = municipalities.get(reference);
    if (cached && cached.until > Date.now()) return cached.id;
    const column = UUID.test(reference) ? "id" : "code";
    const [row]: { id: string }[] = await db.query(
      `SELECT id FROM municipality WHERE ${column} = $1`,
      [UUID.test(reference) ? reference.toLowerCase() : reference],
    );
    const id = row?.id ?? null;
    municipalities.set(reference, { id, until: Date.now() + MUNICIPALITY_CACHE_MS });
    return id;
  }

  async function fromJwt(token: string): Promise<Caller> {
    let claims;
    try {
      claims = await verifyJwt(token, keys);
    } catch (error) {
      if (error instanceof InvalidTokenError)
        throw new UnauthenticatedError(`Invalid token: ${error.message}`);
      throw error;
    }
    let id: string | null = null;
    if (claims.role !== Role.ADMIN) {
      if (!claims.municipality)
        throw new UnauthenticatedError("Invalid token: municipality missing");
      id = await municipalityId(claims.municipality);
      if (!id) throw new UnauthenticatedError("Invalid token: unknown municipality");
    }
    const teamIds = (claims.teams ?? []).filter((t) => UUID.test(t)).map((t) => t.toLowerCase());
    return {
      role: claims.role,
      municipalityId: id,
      teamIds,
      subject: claims.sub,
      tokenId: claims.tokenId,
      via: "jwt",
    };
  }

  return async (req) => {
    const token = bearerToken(req);
    if (!token) throw new UnauthenticatedError();
    const caller = token.startsWith(API_TOKEN_PREFIX)
      ? await callerFromApiToken(db, token)
      : await fromJwt(token);
    if (!caller) throw new UnauthenticatedError("Invalid token: unknown, revoked or expired");
    if (singleConnection) {
      // On the embedded database the write may wait behind an import's transaction: do not
      // hold the request for it.
      recordLogin(db, caller).catch((error) => console.error("audit of a login failed:", error));
    } else await recordLogin(db, caller);
    return caller;
  };
}

const established = new WeakMap<express.Request, Promise<Caller>>();

/**
 * The caller of a request to any route of the Kwadrant app (e.g. a report download), or an
 * error with `extensions.code` UNAUTHENTICATED. Authenticates once per request.
 */
export function authenticateRequest(req: express.Request): Promise<Caller> {
  const known = established.get(req);
  if (known) return known;
  const authenticate = req.app.locals.kwadrantAuthenticate as Authenticator | undefined;
  if (!authenticate)
    return Promise.reject(new UnauthenticatedError("authentication is not set up"));
  const caller = authenticate(req);
  established.set(req, caller);
  return caller;
}
