import { Format, SingleBar } from "cli-progress";

/**
 * The progress of a command's phases, drawn by cli-progress: with a known total a bar, the
 * percentage, the count and the ETA, otherwise the count. On a terminal the line is redrawn in
 * place; when the stream is not one (a log file, CI) a plain line is written when a phase
 * starts, every ten seconds and when it ends.
 */
export class ProgressBar {
  private bar: SingleBar | null = null;
  private phase = "";
  private lastUpdate = 0;
  private lastDone = 0;

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly width = 30,
  ) {}

  /** `unit` names what is counted ("cases", "rows"). */
  update(label: string, done: number, total: number | null, unit = "rows"): void {
    if (!this.bar || label !== this.phase) {
      this.done();
      this.lastDone = done;
      this.phase = label;
      this.bar = this.start(label, total, unit);
      this.bar.start(total ?? 0, done);
      return;
    }
    this.lastDone = done;
    // Called once per row: pass on at most 20 updates a second, and always the end of a phase.
    const now = Date.now();
    if (now - this.lastUpdate < 50 && done !== total) return;
    this.lastUpdate = now;
    if (total !== null && total !== this.bar.getTotal()) this.bar.setTotal(total);
    this.bar.update(done);
  }

  /** Ends the line, so what follows starts on a fresh one. */
  done(): void {
    this.bar?.update(this.lastDone); // the phase's last count, which the throttle may have held
    this.bar?.stop();
    this.bar = null;
  }

  private start(label: string, total: number | null, unit: string): SingleBar {
    const tty = Boolean(this.out.isTTY);
    const count = total === null ? `{value} ${unit}` : `{value}/{total} ${unit}`;
    const line = tty
      ? total === null
        ? `${label.padEnd(9)} ${count}`
        : `${label.padEnd(9)} [{bar}] {percentage}% ${count}`
      : total === null
        ? `${label}: ${count}`
        : `${label}: ${count} ({percentage}%)`;
    // cli-progress's ETA is a number once it has a rate to go by ("INF" or "NULL" before)
    const withEta = total === null ? line : `${line}, ETA {eta_formatted}`;
    return new SingleBar({
      stream: this.out,
      format: (options, params, payload) =>
        Format.Formatter(
          { ...options, format: typeof params.eta === "number" ? withEta : line },
          params,
          payload,
        ),
      formatValue: (value, _options, type) =>
        type === "value" || type === "total"
          ? Number(value).toLocaleString("en-US")
          : type === "percentage" && tty
            ? String(value).padStart(3)
            : String(value),
      barsize: this.width,
      barCompleteChar: "#",
      barIncompleteChar: ".",
      etaBuffer: 50,
      noTTYOutput: true,
      notTTYSchedule: 10_000,
      // off a terminal each line ends itself; stopping adds no empty one
      clearOnComplete: !tty,
    });
  }
}
