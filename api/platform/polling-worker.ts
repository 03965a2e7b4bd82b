import type { EventEmitter } from "node:events";

interface PollingWorker {
  /** Stops polling; the running job sees the abort signal and stops at its next step. */
  stop(): Promise<void>;
}

/**
 * The loop shared by the import and report workers: `drain` takes queued jobs one at a time
 * until none is left, every `pollMs` (other replicas' jobs included) and at once when this
 * process emits "queued" on `queue` while the worker is idle. Several replicas may each run
 * one; the job table's claim decides who takes which job.
 */
export function startPollingWorker(options: {
  name: string;
  pollMs: number;
  queue: EventEmitter;
  drain: (signal: AbortSignal) => Promise<void>;
}): PollingWorker {
  const abort = new AbortController();
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> = Promise.resolve();

  function tick() {
    timer = null;
    current = options
      .drain(abort.signal)
      .catch((error) => console.error(`${options.name}:`, error))
      .finally(schedule);
  }
  function schedule() {
    if (!abort.signal.aborted) timer = setTimeout(tick, options.pollMs);
  }
  // Only while idle (waiting on the timer); a running drain picks the job up by itself.
  function wake() {
    if (!timer) return;
    clearTimeout(timer);
    tick();
  }

  options.queue.on("queued", wake);
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      abort.abort();
      options.queue.off("queued", wake);
      if (timer) clearTimeout(timer);
      timer = null;
      await current;
    },
  };
}
