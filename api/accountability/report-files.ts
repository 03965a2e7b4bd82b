import path from "node:path";

/**
 * Where finished workbooks live: the export folder (KWADRANT_EXPORT_DIR, default
 * <KWADRANT_DATA_DIR>/exports). The files of an export carry its id and the token of the claim
 * that built them, `<id>.<claim>.xlsx` and `.csv`, so two workers that both believe they own an
 * export never touch each other's files. They are written under a `.part` name and renamed when
 * complete, so a download never sees half a file. With several replicas the folder must be
 * shared storage (a volume all of them mount): the job row says which files are current, and any
 * replica may serve the download or sweep the folder.
 */
export type ReportFormat = "xlsx" | "csv";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function exportDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(
    env.KWADRANT_EXPORT_DIR || path.join(env.KWADRANT_DATA_DIR || "./data", "exports"),
  );
}

function stem(id: string, claim: string | null): string {
  if (!UUID.test(id)) throw new Error(`not an export id: ${id}`);
  if (claim !== null && !UUID.test(claim)) throw new Error(`not a claim token: ${claim}`);
  // Exports finished before claims existed have files named by their id alone.
  return claim === null ? id : `${id}.${claim}`;
}

export function reportFile(
  dir: string,
  id: string,
  format: ReportFormat,
  claim: string | null = null,
): string {
  return path.join(dir, `${stem(id, claim)}.${format}`);
}

/** Every file one claim of an export may write: the two results, their parts, the case spool. */
export function claimFiles(dir: string, id: string, claim: string) {
  const base = path.join(dir, stem(id, claim));
  return {
    xlsx: `${base}.xlsx`,
    csv: `${base}.csv`,
    xlsxPart: `${base}.xlsx.part`,
    csvPart: `${base}.csv.part`,
    spool: `${base}.cases.jsonl`,
  };
}

/** The export and claim a file in the export folder belongs to; null for anything else. */
export function parseExportFileName(name: string): { id: string; claim: string | null } | null {
  const match =
    /^([0-9a-f-]{36})(?:\.([0-9a-f-]{36}))?\.(?:xlsx|csv|cases\.jsonl)(?:\.part)?$/.exec(name);
  if (!match || !UUID.test(match[1]) || (match[2] && !UUID.test(match[2]))) return null;
  return { id: match[1], claim: match[2] ?? null };
}

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

/** Days a finished export stays downloadable: KWADRANT_EXPORT_RETENTION_DAYS, default 30. */
export function exportRetentionDays(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.KWADRANT_EXPORT_RETENTION_DAYS;
  if (text === undefined || text === "") return 30;
  const days = Number(text);
  if (!Number.isFinite(days) || days <= 0) {
    throw new Error(
      `KWADRANT_EXPORT_RETENTION_DAYS must be a positive number of days, got ${text}`,
    );
  }
  return days;
}
