import type express from "express";
import { hitRateLimit, sendRateLimited, type RateLimit } from "./rate-limit";
import { authenticateRequest } from "./authenticate";
import type { Caller } from "../platform";

/** Answers like a GraphQL server would, with `extensions.code`, and the HTTP status. */
function sendGraphQLError(res: express.Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** The landing page (Apollo Sandbox) is a GET of HTML without a query: open to everyone. */
function isLandingPage(req: express.Request): boolean {
  return (
    req.method === "GET" && !req.query.query && (req.headers.accept ?? "").includes("text/html")
  );
}

/**
 * Authenticates every GraphQL request but the landing page (401 UNAUTHENTICATED without a valid
 * token) and applies the per-token rate limit (429 RATE_LIMITED). Puts the caller in
 * `res.locals.caller` for the context.
 */
export function graphqlAuthMiddleware(rateLimit: RateLimit | null) {
  return async (req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (isLandingPage(req) && !req.headers.authorization) return next();
    let caller: Caller;
    try {
      caller = await authenticateRequest(req);
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      if (code === "UNAUTHENTICATED")
        return sendGraphQLError(res, 401, "UNAUTHENTICATED", (error as Error).message);
      return next(error);
    }
    if (await refusedByRateLimit(rateLimit, caller, res, next)) return;
    res.locals.caller = caller;
    next();
  };
}

/**
 * The same per-token rate limit for other authenticated routes (report downloads). A request
 * without a valid token passes on: the route itself refuses it.
 */
export function rateLimitMiddleware(rateLimit: RateLimit | null) {
  return async (req: express.Request, res: express.Response, next: express.NextFunction) => {
    let caller: Caller;
    try {
      caller = await authenticateRequest(req);
    } catch {
      return next();
    }
    if (await refusedByRateLimit(rateLimit, caller, res, next)) return;
    next();
  };
}

/** Counts the request against its token; answers 429 (true) once the minute is used up. */
async function refusedByRateLimit(
  rateLimit: RateLimit | null,
  caller: Caller,
  res: express.Response,
  next: express.NextFunction,
): Promise<boolean> {
  if (!rateLimit) return false;
  try {
    const hit = await hitRateLimit(rateLimit, caller.tokenId);
    if (hit.allowed) return false;
    sendRateLimited(res, rateLimit.perMinute, hit.retryAfter);
  } catch (error) {
    next(error);
  }
  return true;
}

/**
 * Malformed or oversized bodies answer 400/413 as JSON with a code, never an HTML stack trace;
 * anything else unexpected is a masked 500.
 */
export function jsonErrorHandler(production: boolean) {
  return (
    error: unknown,
    _req: express.Request,
    res: express.Response,
    next: express.NextFunction,
  ) => {
    if (res.headersSent) return next(error);
    const e = error as { type?: string; status?: number; message?: string };
    if (e.type === "entity.too.large")
      return sendGraphQLError(res, 413, "BAD_USER_INPUT", "The request body is too large");
    if (e.type === "entity.parse.failed")
      return sendGraphQLError(res, 400, "BAD_USER_INPUT", "The request body is not valid JSON");
    if (e.status && e.status >= 400 && e.status < 500)
      return sendGraphQLError(res, e.status, "BAD_USER_INPUT", "The request could not be read");
    if (!production) console.error(error);
    sendGraphQLError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
  };
}
