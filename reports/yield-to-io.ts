import type ExcelJS from "exceljs";

/**
 * Back-pressure for the streaming writer. exceljs commits rows synchronously into the sheet's
 * buffer (a StreamBuf of 64 KiB chunks) that the zip compressor drains at its own pace; a case
 * source faster than compression (an in-memory generator, a fast disk) would otherwise fill the
 * buffer with the whole sheet. So every few hundred rows we wait until at most 1 MiB is pending. The buffer is internal to exceljs; without it we still yield to the event loop.
 */
export const ROWS_BETWEEN_YIELDS = 500;
const MAX_PENDING_BYTES = 1024 * 1024;

// archiver reads the sheet through a readable-stream v2 PassThrough: no writableLength getter.
interface Pipe {
  _writableState?: { length?: number };
  _readableState?: { length?: number };
}
interface SheetStream {
  buffers?: unknown[];
  pipes?: Pipe[];
}

/** Bytes waiting in the sheet's buffer and in the stream the zip reads it through. */
function pending(stream: SheetStream | undefined): number {
  if (!stream) return 0;
  const piped = (stream.pipes ?? []).reduce(
    (sum, pipe) => sum + (pipe._writableState?.length ?? 0) + (pipe._readableState?.length ?? 0),
    0,
  );
  return piped + (stream.buffers?.length ?? 0) * 65536;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 2));

export async function yieldToIo(sheet: ExcelJS.Worksheet): Promise<void> {
  await tick();
  const stream = (sheet as unknown as { stream?: SheetStream }).stream;
  for (let spins = 0; spins < 5000 && pending(stream) > MAX_PENDING_BYTES; spins++) {
    await pause();
  }
}
