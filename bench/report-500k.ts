import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { writeAccountabilityWorkbook } from "../reports";
import { syntheticCases, syntheticReportData } from "./synthetic-report";

/**
 * Builds an accountability workbook with 500,000 case-month rows (13,889 cases × 36 months, on
 * the Casusmaanden sheet, plus the Casussen sheet) through the streaming writer, from synthetic
 * data through the same builder the server uses; prints the time, the file size and the peak
 * resident memory. Target: peak RSS under 300 MB. `npm run bench:report [-- cases months]`.
 */
async function main() {
  const cases = Number(process.argv[2] ?? 13889);
  const months = Number(process.argv[3] ?? 36);
  const dir = await mkdtemp(path.join(os.tmpdir(), "kwadrant-bench-report-"));
  const file = path.join(dir, "verantwoording.xlsx");
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const started = performance.now();
  try {
    const data = syntheticReportData({ cases, months });
    const output = createWriteStream(file);
    const finished = new Promise<void>((resolve, reject) => {
      output.on("close", () => resolve());
      output.on("error", reject);
    });
    await writeAccountabilityWorkbook(data, syntheticCases({ cases, months }), output);
    await finished;
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.resourceUsage().maxRSS * 1024);
    const size = (await stat(file)).size;
    console.log(
      `report: ${cases.toLocaleString("en-US")} cases × ${months} months = ${(cases * months).toLocaleString("en-US")} case-month rows`,
    );
    console.log(`time: ${seconds.toFixed(1)} s, file ${(size / 1024 / 1024).toFixed(1)} MB`);
    console.log(`peak RSS: ${(peak / 1024 / 1024).toFixed(0)} MB (target < 300 MB)`);
  } finally {
    clearInterval(sampler);
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
