import type { DataSource } from "typeorm";
import { claimNextImportJob, importQueue, runImportJob, type RunJobOptions } from "./import-jobs";

export interface ImportWorkerOptions {
  /** How often to look for queued jobs (other replicas' jobs included). */
  pollMs?: number;
  observe?: RunJobOptions["observe"];
}

export interface ImportWorker {
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
  const abort = new AbortController();
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> = Promise.resolve();

  async function drain() {
    while (!abort.signal.aborted) {
      const job = await claimNextImportJob(dataSource);
      if (!job) return;
      await runImportJob(dataSource, job, { signal: abort.signal, observe });
    }
  }
  function tick() {
    timer = null;
    current = drain()
      .catch((error) => console.error("import worker:", error))
      .finally(schedule);
  }
  function schedule() {
    if (!abort.signal.aborted) timer = setTimeout(tick, pollMs);
  }
  // Only while idle (waiting on the timer); a running drain picks the job up by itself.
  function wake() {
    if (!timer) return;
    clearTimeout(timer);
    tick();
  }

  importQueue.on("queued", wake);
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      abort.abort();
      importQueue.off("queued", wake);
      if (timer) clearTimeout(timer);
      timer = null;
      await current;
    },
  };
}
