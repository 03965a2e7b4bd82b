import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Fenced report jobs and retention. Each claim of an export gets a fresh token (`claim`): the
 * worker that holds it is the only one whose updates land (every update says `AND claim = …`),
 * and its files carry the token in their names, so a slow worker that lost its job to another
 * replica cannot overwrite or delete the new owner's files. `attempts` counts the claims; a job
 * claimed too often without finishing fails. A finished export expires at `expires_at`: a sweep
 * deletes its files and marks it EXPIRED (as does erasure of the municipality's data).
 */
export class ReportJobs1763900700000 implements MigrationInterface {
  name = "ReportJobs1763900700000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE report_export
        ADD COLUMN claim uuid,
        ADD COLUMN attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        ADD COLUMN expires_at timestamptz,
        DROP CONSTRAINT report_export_status_check,
        ADD CONSTRAINT report_export_status_check
          CHECK (status IN ('QUEUED','RUNNING','SUCCEEDED','FAILED','EXPIRED'))`);
    await q.query(
      `CREATE INDEX report_export_open ON report_export (municipality_id) WHERE status IN ('QUEUED','RUNNING')`,
    );
    await q.query(
      `CREATE INDEX report_export_expiry ON report_export (expires_at) WHERE status = 'SUCCEEDED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX report_export_expiry`);
    await q.query(`DROP INDEX report_export_open`);
    await q.query(`UPDATE report_export SET status = 'FAILED' WHERE status = 'EXPIRED'`);
    await q.query(`
      ALTER TABLE report_export
        DROP CONSTRAINT report_export_status_check,
        ADD CONSTRAINT report_export_status_check
          CHECK (status IN ('QUEUED','RUNNING','SUCCEEDED','FAILED')),
        DROP COLUMN expires_at,
        DROP COLUMN attempts,
        DROP COLUMN claim`);
  }
}
