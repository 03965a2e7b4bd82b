import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";

/** Something that runs SQL: a DataSource, or the EntityManager of a transaction. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

/**
 * A file an import can read more than once (it is read twice: to check, then to write), as a
 * stream each time. `open` gets the connection to read through, so that a file stored in the
 * database is read inside the import's transaction — on PGlite there is no other connection.
 */
export interface FileSource {
  filename: string;
  size: number;
  open(db: Queryable): Readable;
}

/** A file on disk (the CLI and the benchmark). */
export async function pathSource(filePath: string): Promise<FileSource> {
  const { size } = await stat(filePath);
  return { filename: path.basename(filePath), size, open: () => createReadStream(filePath) };
}

const SLICE_BYTES = 1024 * 1024;

/**
 * The file of an import job, read from `import_job.content` one megabyte at a time, so that the
 * worker never holds the whole file (substring of a bytea fetches only that slice).
 */
export function jobContentSource(jobId: string, filename: string, size: number): FileSource {
  return {
    filename,
    size,
    open(db) {
      let offset = 0;
      return new Readable({
        highWaterMark: SLICE_BYTES,
        read() {
          if (offset >= size) {
            this.push(null);
            return;
          }
          db.query(
            "SELECT substring(content FROM $2 FOR $3) AS slice FROM import_job WHERE id = $1",
            [jobId, offset + 1, SLICE_BYTES],
          ).then(
            (rows: { slice: Uint8Array | null }[]) => {
              const slice = rows[0]?.slice;
              if (!slice?.length) return this.destroy(new Error("the import file is gone"));
              offset += slice.length;
              this.push(Buffer.from(slice.buffer, slice.byteOffset, slice.byteLength));
            },
            (error: Error) => this.destroy(error),
          );
        },
      });
    },
  };
}
