import type { DataSource } from "typeorm";
import { claimNextReport, type ClaimOptions } from "./report-claim";
import { reportQueue } from "./report-queue";
import { sweepExports } from "./report-retention";
import { runReportJob, type RunReportOptions } from "./report-run";
import { startPollingWorker } from "../platform";

interface ReportWorkerOptions extends ClaimOptions {
  /** How often to look for queued exports (other replicas' included). */
  pollMs?: number;
  /** The export folder; default exportDirectory(). */
  dir: string;
  heartbeatMs?: number;
  retentionDays?: number;
  /** How often to expire old exports and delete orphaned files; default every 10 minutes. */
  sweepMs?: number;
  /** Age below which a file no export owns is left alone by the sweep. */
  orphanGraceMs?: number;
  rowsPerSheet?: RunReportOptions["rowsPerSheet"];
  /** The read replica for the figures (see RunReportOptions.readDb); default the primary. */
  readDb?: RunReportOptions["readDb"];
  replicaWaitMs?: RunReportOptions["replicaWaitMs"];
}

interface ReportWorker {
  /** Stops polling; a running export is stopped at its next step and queued again. */
  stop(): Promise<void>;
}

const SWEEP_MS = 10 * 60 * 1000;

/**
 * Builds queued report exports one at a time, like the import worker: polls the
 * `report_export` table and looks at once when this process enqueues one. Several replicas
 * may each run a worker; the claim decides who builds which export. Between exports it sweeps
 * the export folder now and then (expired exports, orphaned files).
 */
export function startReportWorker(
  dataSource: DataSource,
  { pollMs = 2000, dir, sweepMs = SWEEP_MS, ...options }: ReportWorkerOptions,
): ReportWorker {
  let lastSweep = 0;

  async function sweepIfDue() {
    if (Date.now() - lastSweep < sweepMs) return;
    lastSweep = Date.now();
    const swept = await sweepExports(dataSource, dir, options.orphanGraceMs);
    if (swept.expired || swept.orphansDeleted) {
      console.log(
        `report exports: ${swept.expired} expired, ${swept.orphansDeleted} orphaned files deleted`,
      );
    }
  }

  return startPollingWorker({
    name: "report worker",
    pollMs,
    queue: reportQueue,
    async drain(signal) {
      await sweepIfDue().catch((error) => console.error("report export sweep:", error));
      while (!signal.aborted) {
        const claimed = await claimNextReport(dataSource, options);
        if (!claimed) return;
        await runReportJob(dataSource, claimed, dir, { ...options, signal });
      }
    },
  });
}
