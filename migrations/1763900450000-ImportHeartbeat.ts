import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A running import job says it is alive after every batch. A job whose replica died (killed,
 * out of memory, power cut) stops doing so, and after a while another worker takes it over:
 * its transaction was rolled back with the replica, so running it again writes it once.
 */
export class ImportHeartbeat1763900450000 implements MigrationInterface {
  name = "ImportHeartbeat1763900450000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_job ADD COLUMN heartbeat_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_job DROP COLUMN heartbeat_at`);
  }
}
