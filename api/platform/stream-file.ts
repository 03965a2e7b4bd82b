import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { stat } from "node:fs/promises";
import type { Writable } from "node:stream";

/**
 * Writes a file through a stream and waits until it is closed; returns its size. On an error
 * the stream is destroyed (the file stays for the caller to remove) and the error rethrown.
 */
export async function writeStreamedFile(
  path: string,
  write: (out: Writable) => Promise<void>,
): Promise<number> {
  const out = createWriteStream(path);
  const closed = once(out, "close");
  try {
    await write(out);
    if (!out.writableEnded) out.end();
    await closed;
  } catch (error) {
    // The zip writer may still flush into the stream: those late writes must not throw.
    out.on("error", () => undefined);
    out.destroy();
    // A stream destroyed before its file was opened still opens (creates) it: wait until it
    // is closed, so that a caller's clean-up comes after.
    await closed.catch(() => undefined);
    throw error;
  }
  return (await stat(path)).size;
}
