import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import { StringDecoder } from "node:string_decoder";
import type { CaseReportRow, CaseRowSource } from "../../reports/index";

/**
 * The case rows of a report, spooled to a file (one JSON object a line) while the comparison
 * computes them batch by batch, then read back once per sheet that lists them: memory holds one
 * row, whatever the number of cases.
 */

/**
 * The file's lines, read one chunk at a time as they are consumed. (readline's iterator reads
 * ahead while the consumer is busy: a slow sheet writer would pull the whole file into memory.)
 */
async function* linesOf(path: string): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let rest = "";
  for await (const chunk of createReadStream(path)) {
    const lines = (rest + decoder.write(chunk as Buffer)).split("\n");
    rest = lines.pop()!;
    for (const line of lines) if (line) yield line;
  }
  rest += decoder.end();
  if (rest) yield rest;
}
export class CaseRowFile {
  private readonly out;
  constructor(readonly path: string) {
    this.out = createWriteStream(path);
  }

  async add(row: CaseReportRow): Promise<void> {
    if (!this.out.write(JSON.stringify(row) + "\n")) await once(this.out, "drain");
  }

  async close(): Promise<void> {
    if (this.out.closed) return;
    const closed = once(this.out, "close");
    this.out.end();
    await closed;
  }

  source(): CaseRowSource {
    const path = this.path;
    return async function* () {
      for await (const line of linesOf(path)) yield JSON.parse(line) as CaseReportRow;
    };
  }
}
