import type { DataSource } from "typeorm";
import type { AccountabilityReportData } from "../../reports/index";
import type { ReportFilter } from "../../schema/report-export";
import type { TenantScope } from "../platform";
import { assembleReportData, type AssembleOptions } from "./report-data";

/**
 * Every read of a report in one REPEATABLE READ, READ ONLY transaction: the figures of every
 * sheet come from one snapshot of the database, so a write while the export runs cannot make
 * two sheets disagree. Embedded PGlite has a single connection, which the transaction holds
 * until the figures are computed (other requests wait); everything inside uses its manager.
 */
export function readReportSnapshot(
  db: DataSource,
  scope: TenantScope,
  filter: ReportFilter,
  options: AssembleOptions,
): Promise<AccountabilityReportData> {
  return db.transaction("REPEATABLE READ", async (em) => {
    await em.query("SET TRANSACTION READ ONLY");
    return assembleReportData(em, scope, filter, options);
  });
}
