/**
 * A one-line progress bar for the terminal, redrawn in place with \r. With a known total it
 * draws a bar and a percentage, otherwise a count. When the stream is not a terminal (a log
 * file, CI) it prints a plain line per phase and at most one per ten percent instead.
 */
export class ProgressBar {
  private lastDraw = 0;
  private lastPhase = "";
  private lastTenth = -1;
  private drawn = false;

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly width = 30,
  ) {}

  /** `unit` names what is counted ("cases", "rows"). */
  update(label: string, done: number, total: number | null, unit = "rows"): void {
    const fraction = total ? Math.min(1, done / total) : null;
    if (!this.out.isTTY) return this.log(label, done, total, fraction, unit);
    const now = Date.now();
    // redraw at most 20 times a second, but always the end of a phase
    if (now - this.lastDraw < 50 && done !== total && label === this.lastPhase) return;
    this.lastDraw = now;
    if (label !== this.lastPhase && this.drawn) this.out.write("\n");
    this.lastPhase = label;
    const count = total ? `${format(done)}/${format(total)} ${unit}` : `${format(done)} ${unit}`;
    let line = `${label.padEnd(9)} ${count}`;
    if (fraction !== null) {
      const filled = Math.round(fraction * this.width);
      const bar = "#".repeat(filled) + ".".repeat(this.width - filled);
      line = `${label.padEnd(9)} [${bar}] ${String(Math.floor(fraction * 100)).padStart(3)}% ${count}`;
    }
    this.out.write(`\r${line}\x1b[K`);
    this.drawn = true;
  }

  /** Ends the line, so what follows starts on a fresh one. */
  done(): void {
    if (this.drawn) this.out.write("\n");
    this.drawn = false;
  }

  private log(
    label: string,
    done: number,
    total: number | null,
    fraction: number | null,
    unit: string,
  ) {
    const tenth = fraction === null ? -1 : Math.floor(fraction * 10);
    if (label === this.lastPhase && (fraction === null || tenth === this.lastTenth)) return;
    this.lastPhase = label;
    this.lastTenth = tenth;
    const share = fraction === null ? "" : ` (${Math.floor(fraction * 100)}%)`;
    this.out.write(
      `${label}: ${format(done)}${total ? `/${format(total)}` : ""} ${unit}${share}\n`,
    );
  }
}

function format(n: number): string {
  return n.toLocaleString("en-US");
}
