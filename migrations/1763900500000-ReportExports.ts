import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Accountability workbook exports: a job table any replica can claim (FOR UPDATE SKIP LOCKED),
 * with who asked for it (only they and their municipality's finance officers, analysts and
 * admins may download it), the filter it was made with, progress, and the files' sizes. The
 * files themselves are written to the export folder (KWADRANT_EXPORT_DIR). A running export
 * beats (heartbeat_at) with every progress step; one whose replica died is claimed again.
 */
export class ReportExports1763900500000 implements MigrationInterface {
  name = "ReportExports1763900500000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_export (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
        requested_by text,
        language text NOT NULL CHECK (language IN ('NL','EN')),
        filter jsonb NOT NULL,
        status text NOT NULL DEFAULT 'QUEUED'
          CHECK (status IN ('QUEUED','RUNNING','SUCCEEDED','FAILED')),
        progress double precision NOT NULL DEFAULT 0 CHECK (progress >= 0 AND progress <= 1),
        phase text,
        cases integer,
        xlsx_bytes bigint,
        csv_bytes bigint,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        heartbeat_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX report_export_queued ON report_export (created_at, id) WHERE status = 'QUEUED'`,
    );
    await q.query(
      `CREATE INDEX report_export_municipality ON report_export (municipality_id, created_at DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_export`);
  }
}
