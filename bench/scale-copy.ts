import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** A value of one COPY text-format field: null is \N; text is escaped. */
export type CopyValue = string | number | boolean | null;

function field(value: CopyValue): string {
  if (value === null) return "\\N";
  if (typeof value !== "string") return String(value);
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r")
    : value;
}

/** One row as a line of COPY text format. */
export function copyLine(values: readonly CopyValue[]): string {
  let line = field(values[0]);
  for (let i = 1; i < values.length; i++) line += "\t" + field(values[i]);
  return line + "\n";
}

/** Lines joined into chunks of about 256 kB, so the stream moves few, large buffers. */
async function* chunks(rows: Iterable<readonly CopyValue[]>, counter: { rows: number }) {
  let chunk = "";
  for (const row of rows) {
    chunk += copyLine(row);
    counter.rows += 1;
    if (chunk.length >= 256 * 1024) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

/** Streams rows into `table (columns)` with COPY FROM STDIN; returns the rows copied. */
export async function copyRows(
  client: pg.PoolClient | pg.Client,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<number> {
  const counter = { rows: 0 };
  const sink = client.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN`));
  await pipeline(Readable.from(chunks(rows, counter)), sink);
  if (!sink.writableFinished) await once(sink, "finish");
  return counter.rows;
}
