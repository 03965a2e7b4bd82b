import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An index on case_arrangement by municipality: an import's context reads every case
 * arrangement of its municipality, which on the national data set (bench:scale, 1,035,030 case
 * arrangements) was a sequential scan of the whole table for each import.
 */
export class CaseArrangementTenantIndex1763900900000 implements MigrationInterface {
  name = "CaseArrangementTenantIndex1763900900000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX case_arrangement_municipality_idx ON case_arrangement (municipality_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX case_arrangement_municipality_idx`);
  }
}
