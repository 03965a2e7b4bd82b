import type express from "express";
import type { DataSource } from "typeorm";
import { hasSingleConnection } from "../platform";

/** Counts for the embedded database, which one process owns (see hitRateLimit). */
const localWindows = new Map<string, { minute: number; hits: number }>();

function hitLocally(key: string) {
  const minute = Math.floor(Date.now() / 60000);
  const window = localWindows.get(key);
  const hits = window?.minute === minute ? window.hits + 1 : 1;
  if (localWindows.size > 10000) localWindows.clear();
  localWindows.set(key, { minute, hits });
  return hits;
}

/**
 * Per-token rate limit in fixed one-minute windows, counted in PostgreSQL (one statement per
 * request) so that replicas behind a load balancer share the count.
 */
export async function hitRateLimit(db: DataSource, key: string, perMinute: number) {
  const retryAfter = Math.max(1, 60 - new Date().getUTCSeconds());
  // The embedded PGlite has one connection and one process (no replicas to share with): a
  // database count would wait behind a running import's transaction, so count in memory.
  if (hasSingleConnection(db)) {
    const hits = hitLocally(key);
    return { allowed: hits <= perMinute, hits, retryAfter };
  }
  const [row]: { hits: number; window_start: Date }[] = await db.query(
    `INSERT INTO rate_limit_window (key, window_start, hits)
     VALUES ($1, date_trunc('minute', now()), 1)
     ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_window.hits + 1
     RETURNING hits, window_start`,
    [key],
  );
  // Now and then, drop the windows that are over.
  if (Math.random() < 0.01)
    await db.query(
      `DELETE FROM rate_limit_window WHERE window_start < now() - interval '10 minutes'`,
    );
  return { allowed: row.hits <= perMinute, hits: row.hits, retryAfter };
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
