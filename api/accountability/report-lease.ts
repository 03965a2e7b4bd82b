import type { DataSource } from "typeorm";
import { returnedRows } from "../platform";

/**
 * A worker's hold on one claimed export, for the export's whole life: a heartbeat every
 * `heartbeatMs` tells other replicas it is alive, and every update of the row is fenced with the
 * claim token (`AND claim = …`). When an update finds no row — another worker took the export
 * over, or it was purged — the lease is lost and `check()` stops the work at its next step;
 * `check()` also stops it on shutdown.
 */
const HEARTBEAT_MS = 30 * 1000;

export class LostClaimError extends Error {
  constructor(id: string) {
    super(
      `report export ${id}: the claim was lost (another worker took it over, or it was withdrawn)`,
    );
  }
}

export class ShutdownError extends Error {
  constructor() {
    super("the worker is shutting down");
  }
}

export class ReportLease {
  private lost = false;
  private timer: NodeJS.Timeout | null = null;
  private beating: Promise<void> | null = null;
  private progressChain: Promise<void> = Promise.resolve();
  private shown = -1;

  constructor(
    private readonly db: DataSource,
    readonly id: string,
    readonly claim: string,
    private readonly options: { heartbeatMs?: number; signal?: AbortSignal } = {},
  ) {}

  start(): void {
    this.timer = setInterval(() => this.heartbeat(), this.options.heartbeatMs ?? HEARTBEAT_MS);
    this.timer.unref();
  }

  get isLost(): boolean {
    return this.lost;
  }

  /** Throws when the work must stop: the claim is lost, or the worker shuts down. */
  check(): void {
    if (this.lost) throw new LostClaimError(this.id);
    if (this.options.signal?.aborted) throw new ShutdownError();
  }

  /** UPDATE report_export SET … for this claim of a running export; false (and lost) if none. */
  async update(set: string, params: unknown[] = []): Promise<boolean> {
    const result = await this.db.query(
      `UPDATE report_export SET ${set}
        WHERE id = $1 AND claim = $2 AND status = 'RUNNING' RETURNING id`,
      [this.id, this.claim, ...params],
    );
    const held = returnedRows(result).length === 1;
    if (!held) this.lost = true;
    return held;
  }

  /**
   * Progress (0–1, by hundredths) and phase, written in order but not awaited: inside the
   * figures' transaction on single-connection PGlite they wait for it to end. `flush()` waits.
   */
  progress(fraction: number, phase: string): void {
    const rounded = Math.min(1, Math.floor(fraction * 100) / 100);
    if (rounded <= this.shown) return;
    this.shown = rounded;
    this.progressChain = this.progressChain
      .then(() => this.update("progress = $3, phase = $4, heartbeat_at = now()", [rounded, phase]))
      .then(
        () => undefined,
        (error) => console.error(`report export ${this.id}: progress not written:`, error),
      );
  }

  flush(): Promise<void> {
    return this.progressChain;
  }

  private heartbeat(): void {
    if (this.beating || this.lost) return;
    this.beating = this.update("heartbeat_at = now()")
      .then(
        () => undefined,
        (error) => console.error(`report export ${this.id}: heartbeat failed:`, error),
      )
      .finally(() => {
        this.beating = null;
      });
  }

  /** Stops the heartbeat and waits for what is in flight. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.beating;
    await this.progressChain;
  }
}
