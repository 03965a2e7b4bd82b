import type { DataSource } from "typeorm";
import { claimNextReport, reportQueue, runReportJob } from "./report-jobs";

export interface ReportWorkerOptions {
  /** How often to look for queued exports (other replicas' included). */
  pollMs?: number;
  /** The export folder; default exportDirectory(). */
  dir: string;
}

export interface ReportWorker {
  /** Stops polling; a running export is aborted between batches and queued again. */
  stop(): Promise<void>;
}

/**
 * Builds queued report exports one at a time, like the import worker: polls the
 * `report_export` table and looks at once when this process enqueues one. Several replicas
 * may each run a worker; the claim decides who builds which export.
 */
export function startReportWorker(
  dataSource: DataSource,
  { pollMs = 2000, dir }: ReportWorkerOptions,
): ReportWorker {
  const abort = new AbortController();
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> = Promise.resolve();

  async function drain() {
    while (!abort.signal.aborted) {
      const job = await claimNextReport(dataSource);
      if (!job) return;
      await runReportJob(dataSource, job, dir, { signal: abort.signal });
    }
  }
  function tick() {
    timer = null;
    current = drain()
      .catch((error) => console.error("report worker:", error))
      .finally(schedule);
  }
  function schedule() {
    if (!abort.signal.aborted) timer = setTimeout(tick, pollMs);
  }
  function wake() {
    if (!timer) return;
    clearTimeout(timer);
    tick();
  }

  reportQueue.on("queued", wake);
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      abort.abort();
      reportQueue.off("queued", wake);
      if (timer) clearTimeout(timer);
      timer = null;
      await current;
    },
  };
}
