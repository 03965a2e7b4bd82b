import type { DataSource } from "typeorm";
import { claimNextImportJob, importQueue, runImportJob, type RunJobOptions } from "./import-jobs";
import { startPollingWorker } from "../platform";

export interface ImportWorkerOptions {
  /** How often to look for queued jobs (other replicas' jobs included). */
  pollMs?: number;
  observe?: RunJobOptions["observe"];
}

interface ImportWorker {
  /** Stops polling; a running job is aborted between batches and queued again. */
  stop(): Promise<void>;
}

/**
 * Runs queued import jobs one at a time: polls the `import_job` table, and looks at once when
 * this process enqueues a job. Several replicas may each run a worker; the claim decides who
 * takes which job.
 */
export function startImportWorker(
  dataSource: DataSource,
  { pollMs = 2000, observe }: ImportWorkerOptions = {},
): ImportWorker {
  return startPollingWorker({
    name: "import worker",
    pollMs,
    queue: importQueue,
    async drain(signal) {
      while (!signal.aborted) {
        const job = await claimNextImportJob(dataSource);
        if (!job) return;
        await runImportJob(dataSource, job, { signal, observe });
      }
    },
  });
}
