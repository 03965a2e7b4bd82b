import { EventEmitter } from "node:events";
import type { DataSource, EntityManager } from "typeorm";
import { ImportJob } from "../../schema/import-job";
import { Municipality } from "../../schema/municipality";
import { ImportKind, ImportStatus } from "../../schema/registration-enums";
import {
  BadInputError,
  jobContentSource,
  type TenantScope,
  findVisible,
  returnedRows,
  hasSingleConnection,
  scoped,
  requireId,
} from "../platform";
import { fileFormatOf } from "./registration-reader";
import {
  runRegistrationImport,
  type ImportProgress,
  type ImportResult,
} from "./registration-import";
import { liveImportJobs } from "./import-progress";
/**
 * Import jobs live in the `import_job` table, file included, so that any replica may run them:
 * a request enqueues, a worker claims the oldest queued job (FOR UPDATE SKIP LOCKED, so two
 * workers never take the same one), runs the import and records the outcome. FAILED means
 * nothing was written; SUCCEEDED is recorded in the import's own transaction, so it is true
 * exactly when the rows are there. The file is dropped from the row once the job is done.
 */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Tells this process's workers that a job is waiting (the others find it when they poll). */
export const importQueue = new EventEmitter();

interface EnqueueImport {
  municipalityId: string;
  kind: ImportKind;
  filename: string;
  content: Buffer;
}

export async function enqueueImport(
  db: DataSource,
  scope: TenantScope,
  input: EnqueueImport,
): Promise<ImportJob> {
  await findVisible(
    db.manager,
    Municipality,
    "Municipality",
    input.municipalityId,
    scope,
    "municipalityId",
    "x.id",
  );
  if (!fileFormatOf(input.filename))
    throw new BadInputError("file.filename", "must end in .csv or .xlsx");
  if (!input.content.length) throw new BadInputError("file.contentBase64", "the file is empty");
  if (input.content.length > MAX_FILE_BYTES)
    throw new BadInputError("file.contentBase64", "the file is larger than 64 MB");
  // Inserted and read back in one transaction: a worker cannot claim the job in between, so
  // the answer shows it QUEUED as it was stored.
  const job = await db.transaction(async (em) => {
    const [{ id }]: { id: string }[] = await em.query(
      `INSERT INTO import_job (municipality_id, kind, filename, content) VALUES ($1, $2, $3, $4)
       RETURNING id`,
      [input.municipalityId.toLowerCase(), input.kind, input.filename, input.content],
    );
    return em.getRepository(ImportJob).findOneByOrFail({ id });
  });
  importQueue.emit("queued");
  return job;
}

interface ClaimedJob {
  id: string;
  municipalityId: string;
  kind: ImportKind;
  filename: string;
  size: number;
  createdAt: Date;
  startedAt: Date;
}

/**
 * A running job that has not reported a batch for this long is taken to be orphaned by a
 * replica that died, and is run again (its transaction died with it). Batches take well under a
 * second; on PGlite there is one process, whose worker runs one job at a time.
 */
const STALE_AFTER_MS = 5 * 60 * 1000;

/**
 * Takes the oldest queued (or orphaned) job and marks it RUNNING, or returns null when none is
 * waiting.
 */
export async function claimNextImportJob(
  db: DataSource,
  staleAfterMs = STALE_AFTER_MS,
): Promise<ClaimedJob | null> {
  const result: ClaimedJob[] | [ClaimedJob[], number] = await db.query(
    `
    WITH next AS (
      SELECT id FROM import_job
       WHERE status = 'QUEUED'
          OR (status = 'RUNNING' AND COALESCE(heartbeat_at, started_at) < now() - make_interval(secs => $1))
       ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
    )
    UPDATE import_job j SET status = 'RUNNING', started_at = now(), heartbeat_at = now(),
           rows_done = 0, rows_total = NULL
      FROM next WHERE j.id = next.id
    RETURNING j.id, j.municipality_id AS "municipalityId", j.kind, j.filename,
              octet_length(j.content) AS size, j.created_at AS "createdAt",
              j.started_at AS "startedAt"`,
    [staleAfterMs / 1000],
  );
  return returnedRows<ClaimedJob>(result)[0] ?? null;
}

function summary(result: ImportResult): string {
  const more = result.problemCount - result.problems.length;
  const count = `${result.problemCount} problem${result.problemCount === 1 ? "" : "s"}`;
  return `${count} in the file${more > 0 ? ` (the first ${result.problems.length} are listed)` : ""}; nothing was written`;
}

/** What the job row says about an error that stopped the import (no SQL, no stack). */
function errorText(error: unknown): string {
  const pg = error as { code?: string; constraint?: string };
  if (pg.code?.startsWith("23")) {
    return `the database refused a row${pg.constraint ? ` (${pg.constraint})` : ""}, perhaps because the data changed during the import; nothing was written — import the file again`;
  }
  if (pg.code === "57014") return "the import took too long and was stopped; nothing was written";
  return "the import stopped on an unexpected error; nothing was written";
}

async function finish(
  em: EntityManager | DataSource,
  id: string,
  status: ImportStatus,
  result: Omit<ImportResult, "succeeded" | "problemCount">,
  error: string | null,
) {
  await em.query(
    `UPDATE import_job SET status = $2, rows_total = $3, rows_done = COALESCE($3, rows_done),
            rows_inserted = $4, rows_updated = $5, rows_unchanged = $6, problems = $7::jsonb,
            error = $8, finished_at = now(), content = NULL
      WHERE id = $1`,
    [
      id,
      status,
      result.rowsTotal,
      result.rowsInserted,
      result.rowsUpdated,
      result.rowsUnchanged,
      JSON.stringify(result.problems),
      error,
    ],
  );
}

export interface RunJobOptions {
  /** Aborts between batches: the job goes back to QUEUED, nothing written. */
  signal?: AbortSignal;
  /** Called after each progress report is visible (tests use it to look from outside). */
  observe?: (jobId: string, progress: ImportProgress) => Promise<void> | void;
}

export async function runImportJob(
  db: DataSource,
  job: ClaimedJob,
  options: RunJobOptions = {},
): Promise<void> {
  const live = hasSingleConnection(db);
  const snapshot: ImportJob = Object.assign(new ImportJob(), {
    ...job,
    content: null,
    status: ImportStatus.RUNNING,
    rowsTotal: null as number | null,
    rowsDone: 0,
    rowsInserted: 0,
    rowsUpdated: 0,
    rowsUnchanged: 0,
    problems: [],
    error: null,
    finishedAt: null,
  });
  if (live) liveImportJobs.set(job.id, snapshot);
  try {
    const result = await runRegistrationImport(db, {
      municipalityId: job.municipalityId,
      kind: job.kind,
      source: jobContentSource(job.id, job.filename, job.size ?? 0),
      signal: options.signal,
      async onProgress(progress) {
        snapshot.rowsDone = progress.rowsDone;
        snapshot.rowsTotal = progress.rowsTotal;
        if (!live) {
          // a pool connection of its own, outside the import's transaction: others see it now
          await db.query(
            `UPDATE import_job SET rows_done = $2, rows_total = $3, heartbeat_at = now()
              WHERE id = $1`,
            [job.id, progress.rowsDone, progress.rowsTotal],
          );
        }
        await options.observe?.(job.id, progress);
      },
      beforeCommit: (em, result) => finish(em, job.id, ImportStatus.SUCCEEDED, result, null),
    });
    if (!result.succeeded) await finish(db, job.id, ImportStatus.FAILED, result, summary(result));
  } catch (error) {
    if (options.signal?.aborted) {
      await db.query(
        `UPDATE import_job SET status = 'QUEUED', started_at = NULL, rows_done = 0, rows_total = NULL
          WHERE id = $1`,
        [job.id],
      );
    } else {
      console.error(`import job ${job.id} stopped:`, error);
      const empty = { rowsTotal: null, rowsInserted: 0, rowsUpdated: 0, rowsUnchanged: 0 };
      await finish(db, job.id, ImportStatus.FAILED, { ...empty, problems: [] }, errorText(error));
    }
  } finally {
    liveImportJobs.delete(job.id);
  }
}

/** One import job the caller may see, or null. */
export function findImportJob(
  db: DataSource,
  scope: TenantScope,
  id: string,
): Promise<ImportJob | null> {
  const query = db.getRepository(ImportJob).createQueryBuilder("x").where("x.id = :id", { id });
  return scoped(query, scope, "x.municipality_id").getOne();
}

/** The latest 50 import jobs the caller may see (of one municipality), newest first. */
export function latestImportJobs(
  db: DataSource,
  scope: TenantScope,
  municipalityId?: string,
): Promise<ImportJob[]> {
  const query = db.getRepository(ImportJob).createQueryBuilder("x");
  if (municipalityId)
    query.andWhere("x.municipality_id = :m", { m: requireId("municipalityId", municipalityId) });
  return scoped(query, scope, "x.municipality_id")
    .orderBy("x.created_at", "DESC")
    .addOrderBy("x.id", "DESC")
    .take(50)
    .getMany();
}
