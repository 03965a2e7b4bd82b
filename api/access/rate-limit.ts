import type express from "express";
import type { DataSource } from "typeorm";
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { hasSingleConnection } from "../platform";

/** The per-token rate limit of one server: GraphQL requests and downloads share it. */
export interface RateLimit {
  perMinute: number;
  limiter: RateLimiterAbstract;
}

/**
 * Per-token rate limit by rate-limiter-flexible: a key's window of one minute starts with its
 * first request. On PostgreSQL it counts in the table rate_limit_window (RateLimiterPostgres,
 * one statement per request on TypeORM's pool, expired rows swept every five minutes), so that
 * replicas behind a load balancer share the count. The embedded PGlite has one connection and
 * one process (no replicas to share with): a database count would wait behind a running
 * import's transaction, so it counts in memory there (RateLimiterMemory). `null`: no limit.
 */
export function createRateLimit(db: DataSource, perMinute: number): RateLimit | null {
  if (perMinute <= 0) return null;
  const options = { points: perMinute, duration: 60, keyPrefix: "token" };
  const limiter = hasSingleConnection(db)
    ? new RateLimiterMemory(options)
    : new RateLimiterPostgres({
        ...options,
        storeClient: db,
        storeType: "typeorm",
        tableName: "rate_limit_window",
        tableCreated: true, // by the migration RateLimiterTable
      });
  return { perMinute, limiter };
}

/** Counts one request of `key`; once its minute is used up, tells in how many seconds to retry. */
export async function hitRateLimit(limit: RateLimit, key: string) {
  try {
    await limit.limiter.consume(key);
    return { allowed: true, retryAfter: 0 };
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal; // the database failed
    return { allowed: false, retryAfter: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
  }
}

/** Refuses with 429 (`extensions.code` RATE_LIMITED) once a key has used up its minute. */
export function sendRateLimited(res: express.Response, perMinute: number, retryAfter: number) {
  res.setHeader("Retry-After", String(retryAfter));
  res.status(429).json({
    errors: [
      {
        message: `Too many requests: at most ${perMinute} per minute per token; retry in ${retryAfter} s`,
        extensions: { code: "RATE_LIMITED" },
      },
    ],
  });
}
