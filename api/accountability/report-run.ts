import { mkdir, rename, rm } from "node:fs/promises";
import type { DataSource } from "typeorm";
import {
  ReconciliationError,
  SheetLimitError,
  writeAccountabilityWorkbook,
  writeCaseCsv,
  type AccountabilityReportData,
} from "../../reports/index";
import { ReportExportStatus } from "../../schema/report-export";
import { caughtUpReads, DomainError, writeStreamedFile } from "../platform";
import { CaseRowFile } from "./case-row-file";
import type { ClaimedReport } from "./report-claim";
import { claimFiles, exportRetentionDays } from "./report-files";
import { LostClaimError, ReportLease, ShutdownError } from "./report-lease";
import { readReportSnapshot } from "./report-snapshot";

/**
 * Builds one claimed export: the figures in one snapshot (their case rows spooled to a file),
 * then the workbook and the case CSV, each under a `.part` name renamed when complete, then the
 * SUCCEEDED row. Every file and every update carries the claim (see report-lease.ts): a worker
 * that lost the export to another stops at its next step, deletes only its own files and leaves
 * the row to the new owner. On shutdown the export goes back to the queue; on an error it FAILS
 * with a message that says what happened, never SQL or a stack.
 */
export interface RunReportOptions {
  /** Shutdown: the export is stopped at its next step and queued again. */
  signal?: AbortSignal;
  heartbeatMs?: number;
  /** Days a finished export stays downloadable; default KWADRANT_EXPORT_RETENTION_DAYS. */
  retentionDays?: number;
  /** Data rows per sheet (tests); default Excel's limit. */
  rowsPerSheet?: number;
  /** Called as each phase starts (tests use it to act while an export runs). */
  onPhase?: (phase: "computing" | "writing" | "csv" | "finishing") => Promise<void> | void;
  /** Sees the figures once computed (benchmarks report their size). */
  onData?: (data: AccountabilityReportData) => void;
  /**
   * The read replica (DATABASE_READ_URL): the figures' snapshot is read there once it has
   * replayed everything the primary had committed when the computing phase began; default the
   * primary. The job row, its lease and its outcome stay on the primary.
   */
  readDb?: DataSource;
  /** How long to wait for the replica to catch up before reading on the primary; default 60 s. */
  replicaWaitMs?: number;
}

const REPLICA_WAIT_MS = 60_000;

type ReportOutcome = "SUCCEEDED" | "FAILED" | "REQUEUED" | "LOST";

/** What the export row says about a failure: the API's own message, else nothing internal. */
function errorText(error: unknown): string {
  if (error instanceof DomainError || error instanceof SheetLimitError) return error.message;
  if (error instanceof ReconciliationError) {
    return `the figures did not reconcile (${error.message}), so no workbook was written; ask for it again`;
  }
  return "the report stopped on an unexpected error; ask for it again";
}

export async function runReportJob(
  db: DataSource,
  claimed: ClaimedReport,
  dir: string,
  options: RunReportOptions = {},
): Promise<ReportOutcome> {
  const { job, claim } = claimed;
  await mkdir(dir, { recursive: true });
  const files = claimFiles(dir, job.id, claim);
  const lease = new ReportLease(db, job.id, claim, options);
  lease.start();
  const spool = new CaseRowFile(files.spool);
  try {
    await options.onPhase?.("computing");
    // On a replica only once it has what the primary had now — after the claim, so after the
    // request that asked for the export — so the figures are those the primary would give.
    const reads = await caughtUpReads(db, options.readDb ?? db, {
      timeoutMs: options.replicaWaitMs ?? REPLICA_WAIT_MS,
      signal: options.signal,
      what: `report export ${job.id}`,
    });
    lease.check();
    const data = await readReportSnapshot(
      reads,
      { kind: "municipalities", ids: [job.municipalityId] },
      job.filter,
      {
        language: job.language,
        requestedBy: job.requestedBy,
        async onCase(row) {
          lease.check();
          await spool.add(row);
        },
        onProgress: (fraction) => lease.progress(0.8 * fraction, "computing"),
      },
    );
    await spool.close();
    await lease.flush();
    lease.check();
    options.onData?.(data);

    await options.onPhase?.("writing");
    const cases = spool.source();
    const xlsxBytes = await writeStreamedFile(files.xlsxPart, (out) =>
      writeAccountabilityWorkbook(data, cases, out, {
        rowsPerSheet: options.rowsPerSheet,
        chartFont: process.env.KWADRANT_CHART_FONT || undefined,
        onProgress(done, total) {
          lease.check();
          lease.progress(0.8 + (0.15 * done) / total, "writing");
        },
      }),
    );
    await lease.flush();
    lease.check();

    await options.onPhase?.("csv");
    const total = Math.max(1, data.total.cases);
    const csvBytes = await writeStreamedFile(files.csvPart, (out) =>
      writeCaseCsv(cases, job.language, out, {
        groupBy: data.groupBy,
        onRow(done) {
          lease.check();
          lease.progress(0.95 + (0.05 * done) / total, "writing");
        },
      }),
    );
    await lease.flush();
    lease.check();

    await options.onPhase?.("finishing");
    await rename(files.xlsxPart, files.xlsx);
    await rename(files.csvPart, files.csv);
    await lease.stop();
    const days = options.retentionDays ?? exportRetentionDays();
    const finished = await lease.update(
      `status = $3, progress = 1, phase = NULL, cases = $4, xlsx_bytes = $5, csv_bytes = $6,
       error = NULL, finished_at = now(), expires_at = now() + make_interval(secs => $7)`,
      [ReportExportStatus.SUCCEEDED, data.total.cases, xlsxBytes, csvBytes, days * 86400],
    );
    if (!finished) throw new LostClaimError(job.id);
    return "SUCCEEDED";
  } catch (error) {
    await lease.stop();
    await Promise.all(
      [files.xlsxPart, files.csvPart, files.xlsx, files.csv].map((file) =>
        rm(file, { force: true }),
      ),
    );
    return settle(lease, error, options.signal);
  } finally {
    await spool.close().catch(() => undefined);
    await rm(files.spool, { force: true });
  }
}

/** Records how an export that did not succeed ended, if it is still ours to record. */
async function settle(
  lease: ReportLease,
  error: unknown,
  signal?: AbortSignal,
): Promise<ReportOutcome> {
  if (error instanceof LostClaimError || lease.isLost) {
    console.warn(`report export ${lease.id}: another worker has it now; this one stopped`);
    return "LOST";
  }
  if (error instanceof ShutdownError || signal?.aborted) {
    // Not the export's fault: it does not count as an attempt.
    const requeued = await lease.update(
      `status = 'QUEUED', claim = NULL, started_at = NULL, heartbeat_at = NULL, progress = 0,
       phase = NULL, attempts = GREATEST(attempts - 1, 0)`,
    );
    return requeued ? "REQUEUED" : "LOST";
  }
  if (!(error instanceof DomainError)) console.error(`report export ${lease.id} stopped:`, error);
  const failed = await lease.update(
    `status = 'FAILED', phase = NULL, error = $3, finished_at = now()`,
    [errorText(error)],
  );
  return failed ? "FAILED" : "LOST";
}
