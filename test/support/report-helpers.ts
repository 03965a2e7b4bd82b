import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import {
  writeAccountabilityWorkbook,
  type AccountabilityReportData,
  type CaseRowSource,
  type WorkbookOptions,
} from "../../reports";
import type { TestServer } from "./test-server";

/** Helpers of the accountability workbook tests: ask for an export, wait, download, read. */
export const EXPORT_JOB = `id status progress phase cases language downloadUrl csvUrl error`;

export async function exportReport(
  t: TestServer,
  filter: Record<string, unknown>,
  language = "NL",
): Promise<{ job: any; seen: number[] }> {
  const queued = (
    await t.ok(
      `mutation($filter: ReportFilter!, $language: Language) {
        exportAccountabilityReport(filter: $filter, language: $language) { ${EXPORT_JOB} } }`,
      { filter, language },
    )
  ).exportAccountabilityReport;
  const seen: number[] = [queued.progress];
  for (let attempt = 0; attempt < 3000; attempt++) {
    const job = (
      await t.ok(`query($id: ID!) { reportExport(id: $id) { ${EXPORT_JOB} } }`, { id: queued.id })
    ).reportExport;
    seen.push(job.progress);
    if (job.status === "SUCCEEDED" || job.status === "FAILED") return { job, seen };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`report export ${queued.id} did not finish`);
}

/** GET a report path, as the default ADMIN unless other headers are given ({} for none). */
export async function download(t: TestServer, path: string, headers?: Record<string, string>) {
  const response = await fetch(`${t.url}${path}`, { headers: headers ?? t.headers });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

/** Builds a workbook in memory with the streaming builder. */
export async function buildWorkbook(
  data: AccountabilityReportData,
  cases: CaseRowSource,
  options: WorkbookOptions = {},
): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeAccountabilityWorkbook(data, cases, out, options);
  return Buffer.concat(chunks);
}

/** Writes the case rows as CSV in memory. */
export async function collect(write: (out: PassThrough) => Promise<void>): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  await write(out);
  return Buffer.concat(chunks).toString("utf8");
}

export async function readWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as any);
  return workbook;
}

/** The row whose first cell is `label` (the first, or the n-th). */
export function rowLabelled(sheet: ExcelJS.Worksheet, label: string, nth = 0): ExcelJS.Row {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row) => {
    if (row.getCell(1).value === label) rows.push(row);
  });
  if (!rows[nth]) throw new Error(`no row "${label}" on ${sheet.name}`);
  return rows[nth];
}

/** A formula cell's formula and cached result. */
export function formulaOf(cell: ExcelJS.Cell): { formula: string; result: unknown } {
  const value = cell.value as { formula?: string; result?: unknown } | null;
  if (!value || typeof value.formula !== "string") {
    throw new Error(`${cell.address} holds no formula but ${JSON.stringify(cell.value)}`);
  }
  return { formula: value.formula, result: value.result };
}

/** Euros text of the API → the cell number it must equal. */
export const euro = (text: string) => Number(text);

export const COMPARISON = `query($groupBy: EffectGroupBy!, $filter: CaseFilter, $settings: StoredEffectSettingsInput) {
  effectComparison(groupBy: $groupBy, filter: $filter, settings: $settings, sensitivityRange: true) {
    cases
    groups { key label cases investment presentValue npv nominal { costs returns net } sroiRatio ratioLow ratioHigh paybackMonth }
    total { cases investment presentValue npv nominal { costs returns net } sroiRatio ratioLow ratioHigh paybackMonth
            byStakeholder { stakeholder pays gains net } timeline(granularity: MONTH) { period costs returns } }
    pricing { versionNumber reportYear itemsUsed }
    settingsUsed { baseDate horizonMonths }
  } }`;

/** Every case of a filter with its effect under the given settings, by reference. */
export async function caseEffects(
  t: TestServer,
  filter: Record<string, unknown>,
  settings: Record<string, unknown>,
): Promise<Map<string, any>> {
  const effects = new Map<string, any>();
  let after: string | null = null;
  for (;;) {
    const page: any = (
      await t.ok(
        `query($filter: CaseFilter, $after: String, $settings: StoredEffectSettingsInput) {
          cases(filter: $filter, first: 100, after: $after) {
            edges { node { reference effect(settings: $settings) {
              investment presentValue npv sroiRatio paybackMonth nominal { costs returns net } } } }
            pageInfo { hasNextPage endCursor } } }`,
        { filter, after, settings },
      )
    ).cases;
    for (const edge of page.edges) effects.set(edge.node.reference, edge.node.effect);
    if (!page.pageInfo.hasNextPage) return effects;
    after = page.pageInfo.endCursor;
  }
}
