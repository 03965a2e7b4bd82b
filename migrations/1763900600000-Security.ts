import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Access control: API tokens for scripts (only a sha256 of the secret is stored), the audit log
 * (logins by token, exports, imports, reads of case-level data, erasures), per-token rate-limit
 * windows (in the database so that replicas share them), the erasure mark on a case and the
 * hashed keys (reference, external ref) of erased cases, so that an import cannot bring an
 * erased case back.
 */
export class Security1763900600000 implements MigrationInterface {
  name = "Security1763900600000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
        role text NOT NULL
          CHECK (role IN ('ADMIN','ANALYST','FINANCE','TEAM_LEAD','PROFESSIONAL')),
        municipality_id uuid REFERENCES municipality(id) ON DELETE CASCADE,
        team_ids uuid[] NOT NULL DEFAULT '{}',
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        last_used_at timestamptz,
        CHECK ((role = 'ADMIN') = (municipality_id IS NULL))
      )`);
    await q.query(`
      CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
        actor text NOT NULL,
        role text NOT NULL,
        municipality_id uuid,
        token_id text,
        action text NOT NULL,
        detail jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX audit_event_at ON audit_event (at DESC, id)`);
    await q.query(`CREATE INDEX audit_event_token ON audit_event (token_id, action, at DESC)`);
    await q.query(`
      CREATE TABLE rate_limit_window (
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL,
        PRIMARY KEY (key, window_start)
      )`);
    await q.query(`ALTER TABLE case_record ADD COLUMN erased_at timestamptz`);
    await q.query(`
      CREATE TABLE erased_case_key (
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
        key_hash text NOT NULL CHECK (key_hash ~ '^[0-9a-f]{64}$'),
        case_id uuid NOT NULL,
        erased_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (municipality_id, key_hash)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE erased_case_key`);
    await q.query(`ALTER TABLE case_record DROP COLUMN erased_at`);
    await q.query(`DROP TABLE rate_limit_window`);
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP TABLE api_token`);
  }
}
