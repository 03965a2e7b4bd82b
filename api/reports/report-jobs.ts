import { EventEmitter } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { DataSource } from "typeorm";
import { writeAccountabilityWorkbook, writeCaseCsv, type Language } from "../../reports";
import { Municipality } from "../../schema/municipality";
import { ReportExport, ReportExportStatus, type ReportFilter } from "../../schema/report-export";
import { ApiError, BadInputError, NotFoundError } from "../errors";
import type { TenantScope } from "../scope";
import { findVisible, requireId } from "../services/stored-objects";
import { CaseRowFile } from "./case-row-file";
import { assembleReportData } from "./report-data";
import { reportFile, type ReportFormat } from "./report-files";

/**
 * Report exports live in the `report_export` table, so any replica may build them: a request
 * enqueues, a worker claims the oldest queued export (FOR UPDATE SKIP LOCKED), computes the
 * figures with the effect comparison service, spools the case rows to a file, writes the
 * workbook and the case CSV to the export folder, and records the outcome. Progress (0–1) is
 * written to the row as the work goes, outside any transaction, so every replica sees it.
 */
export const reportQueue = new EventEmitter();

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the filter before anything is queued: every problem names its field. */
async function checkFilter(db: DataSource, scope: TenantScope, filter: ReportFilter) {
  filter.municipalityId = requireId("filter.municipalityId", filter.municipalityId);
  await findVisible(
    db.manager,
    Municipality,
    "Municipality",
    filter.municipalityId,
    scope,
    "filter.municipalityId",
    "x.id",
  );
  if (!DATE.test(filter.from)) throw new BadInputError("filter.from", "must be a date YYYY-MM-DD");
  if (!DATE.test(filter.to)) throw new BadInputError("filter.to", "must be a date YYYY-MM-DD");
  if (filter.to < filter.from) {
    throw new BadInputError("filter.to", "must be on or after filter.from");
  }
  for (const [field, table] of [
    ["teamId", "team"],
    ["districtId", "district"],
    ["arrangementId", "arrangement"],
  ] as const) {
    const id = filter[field];
    if (!id) continue;
    filter[field] = requireId(`filter.${field}`, id);
    const [found] = await db.query(
      `SELECT 1 FROM ${table} WHERE id = $1 AND municipality_id = $2`,
      [filter[field], filter.municipalityId],
    );
    if (!found) throw new NotFoundError(table, filter[field]!, `filter.${field}`);
  }
}

export interface ReportRequest {
  filter: ReportFilter;
  language: Language;
  /** The user who asks (from the token); null until authentication is in place. */
  requestedBy: string | null;
}

export async function enqueueReport(
  db: DataSource,
  scope: TenantScope,
  request: ReportRequest,
): Promise<ReportExport> {
  const filter = { ...request.filter };
  await checkFilter(db, scope, filter);
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO report_export (municipality_id, requested_by, language, filter)
     VALUES ($1, $2, $3, $4::jsonb) RETURNING id`,
    [filter.municipalityId, request.requestedBy, request.language, JSON.stringify(filter)],
  );
  reportQueue.emit("queued");
  return db.getRepository(ReportExport).findOneByOrFail({ id });
}

/** A RUNNING export without a heartbeat this long lost its replica: another worker takes it. */
const STALE_AFTER_SECONDS = 300;

/**
 * Takes the oldest queued (or abandoned) export and marks it RUNNING, or returns null when none
 * waits.
 */
export async function claimNextReport(db: DataSource): Promise<ReportExport | null> {
  const result = await db.query(
    `
    WITH next AS (
      SELECT id FROM report_export
       WHERE status = 'QUEUED'
          OR (status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => $1))
       ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
    )
    UPDATE report_export r SET status = 'RUNNING', started_at = now(), heartbeat_at = now(),
           progress = 0, phase = 'computing', error = NULL
      FROM next WHERE r.id = next.id
    RETURNING r.id`,
    [STALE_AFTER_SECONDS],
  );
  // TypeORM answers an UPDATE with [rows, affected count]
  const rows: { id: string }[] = Array.isArray(result[0]) ? result[0] : result;
  if (!rows[0]) return null;
  return db.getRepository(ReportExport).findOneByOrFail({ id: rows[0].id });
}

class Aborted extends Error {}

/** What the export row says about a failure: the API's own message, else nothing internal. */
function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return "the report stopped on an unexpected error; ask for it again";
}

async function writeFile(path: string, write: (out: Writable) => Promise<void>) {
  const part = `${path}.part`;
  const out = createWriteStream(part);
  const closed = once(out, "close");
  try {
    await write(out);
    if (!out.writableEnded) out.end();
    await closed;
  } catch (error) {
    out.destroy();
    await rm(part, { force: true });
    throw error;
  }
  await rename(part, path);
  return (await stat(path)).size;
}

export interface RunReportOptions {
  /** Aborts between batches: the export goes back to QUEUED. */
  signal?: AbortSignal;
}

export async function runReportJob(
  db: DataSource,
  job: ReportExport,
  dir: string,
  options: RunReportOptions = {},
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const spool = new CaseRowFile(reportFile(dir, job.id, "csv") + ".cases.jsonl");
  let shown = -1;
  const report = async (fraction: number, phase: string) => {
    const rounded = Math.floor(fraction * 100) / 100;
    if (rounded <= shown) return;
    shown = rounded;
    await db.query(
      "UPDATE report_export SET progress = $2, phase = $3, heartbeat_at = now() WHERE id = $1",
      [job.id, Math.min(rounded, 1), phase],
    );
  };
  let pending: Promise<void> = Promise.resolve();
  try {
    const data = await assembleReportData(
      db,
      { kind: "municipalities", ids: [job.municipalityId] },
      job.filter,
      {
        language: job.language,
        requestedBy: job.requestedBy,
        async onCase(row) {
          if (options.signal?.aborted) throw new Aborted();
          await spool.add(row);
        },
        onProgress: (fraction) => {
          pending = pending.then(() => report(0.8 * fraction, "computing"));
        },
      },
    );
    await pending;
    await spool.close();
    await report(0.8, "writing");
    const cases = spool.source();
    const xlsx = await writeFile(reportFile(dir, job.id, "xlsx"), (out) =>
      writeAccountabilityWorkbook(data, cases, out, (done, total) => {
        pending = pending.then(() => report(0.8 + (0.15 * done) / total, "writing"));
      }),
    );
    await pending;
    const csv = await writeFile(reportFile(dir, job.id, "csv"), (out) =>
      writeCaseCsv(cases, job.language, out),
    );
    await db.query(
      `UPDATE report_export SET status = $2, progress = 1, phase = NULL, cases = $3,
              xlsx_bytes = $4, csv_bytes = $5, finished_at = now() WHERE id = $1`,
      [job.id, ReportExportStatus.SUCCEEDED, data.total.cases, xlsx, csv],
    );
  } catch (error) {
    await pending.catch(() => undefined);
    if (options.signal?.aborted) {
      await db.query(
        `UPDATE report_export SET status = 'QUEUED', started_at = NULL, progress = 0, phase = NULL
          WHERE id = $1`,
        [job.id],
      );
    } else {
      if (!(error instanceof ApiError)) console.error(`report export ${job.id} stopped:`, error);
      await db.query(
        `UPDATE report_export SET status = 'FAILED', phase = NULL, error = $2, finished_at = now()
          WHERE id = $1`,
        [job.id, errorText(error)],
      );
    }
  } finally {
    await spool.close().catch(() => undefined);
    await rm(spool.path, { force: true });
  }
}

export function reportUrl(job: Pick<ReportExport, "id" | "status">, format: ReportFormat) {
  return job.status === ReportExportStatus.SUCCEEDED ? `/reports/${job.id}.${format}` : null;
}
