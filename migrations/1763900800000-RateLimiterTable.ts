import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The per-token rate limit is counted by rate-limiter-flexible's RateLimiterPostgres, whose
 * table has one row per key: the points used and when its window ends (`expire`, epoch ms).
 * It keeps the name rate_limit_window; the counts of the old fixed-minute table are dropped
 * (at most a minute's worth).
 */
export class RateLimiterTable1763900800000 implements MigrationInterface {
  name = "RateLimiterTable1763900800000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit_window`);
    // the column order is the library's: it inserts VALUES (key, points, expire)
    await q.query(`
      CREATE TABLE rate_limit_window (
        key text PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    await q.query(`CREATE INDEX rate_limit_window_expire ON rate_limit_window (expire)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit_window`);
    await q.query(`
      CREATE TABLE rate_limit_window (
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL,
        PRIMARY KEY (key, window_start)
      )`);
  }
}
