import path from "node:path";

/**
 * Where finished workbooks live: the export folder (KWADRANT_EXPORT_DIR, default
 * <KWADRANT_DATA_DIR>/exports), one `<id>.xlsx` and `<id>.csv` per export. Files are written
 * under a `.part` name and renamed when complete, so a download never sees half a file. With
 * several replicas the folder must be shared storage (a volume all of them mount), as the job
 * row says which export exists and any replica may serve the download.
 */
export type ReportFormat = "xlsx" | "csv";

export function exportDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(
    env.KWADRANT_EXPORT_DIR || path.join(env.KWADRANT_DATA_DIR || "./data", "exports"),
  );
}

export function reportFile(dir: string, id: string, format: ReportFormat): string {
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`not an export id: ${id}`);
  return path.join(dir, `${id}.${format}`);
}

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};
