import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { DataSource, EntityManager } from "typeorm";
import { returnedRows } from "../platform";
import { exportDirectory, parseExportFileName, reportFile } from "./report-files";

/**
 * Exports do not live forever. A finished export expires `KWADRANT_EXPORT_RETENTION_DAYS` (30)
 * after it finished: the worker's sweep marks it EXPIRED and deletes its files. The sweep also
 * deletes files no current export owns: those of an export that is gone (its municipality was
 * deleted), expired, withdrawn or failed at once; those of an earlier claim of an export still
 * queued or running (a worker that died, or lost it to another) once they are older than a
 * grace period, so that a slow worker is not cut off mid-file. An erasure withdraws every export
 * of the municipality at once (purgeMunicipalityExports).
 */
const ORPHAN_GRACE_MS = 15 * 60 * 1000;

type Runner = DataSource | EntityManager;

async function removeFiles(dir: string, rows: { id: string; claim: string | null }[]) {
  await Promise.all(
    rows.flatMap((row) =>
      (["xlsx", "csv"] as const).map((format) =>
        rm(reportFile(dir, row.id, format, row.claim), { force: true }),
      ),
    ),
  );
}

/** Marks the exports past their expiry EXPIRED and deletes their files; returns how many. */
async function expireExports(db: Runner, dir: string): Promise<number> {
  const result = await db.query(
    `UPDATE report_export SET status = 'EXPIRED'
      WHERE status = 'SUCCEEDED' AND expires_at <= now()
     RETURNING id, claim`,
  );
  const rows = returnedRows<{ id: string; claim: string | null }>(result);
  await removeFiles(dir, rows);
  return rows.length;
}

/**
 * Deletes files of the export folder that no export owns: the finished files of a SUCCEEDED
 * export and the files of a RUNNING export's current claim are kept; other files of an export
 * still QUEUED or RUNNING go once older than `graceMs`, the rest at once. Returns how many files
 * were deleted.
 */
async function sweepOrphanFiles(
  db: Runner,
  dir: string,
  graceMs = ORPHAN_GRACE_MS,
): Promise<number> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  const files = names
    .map((name) => ({ name, owner: parseExportFileName(name) }))
    .filter((file) => file.owner !== null);
  if (!files.length) return 0;
  const ids = [...new Set(files.map((file) => file.owner!.id))];
  const rows: { id: string; status: string; claim: string | null }[] = await db.query(
    "SELECT id, status, claim FROM report_export WHERE id = ANY($1::uuid[])",
    [ids],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  let deleted = 0;
  for (const { name, owner } of files) {
    const row = byId.get(owner!.id);
    const finished = !name.endsWith(".part") && !name.endsWith(".jsonl");
    const current =
      row !== undefined &&
      row.claim === owner!.claim &&
      ((row.status === "SUCCEEDED" && finished) || row.status === "RUNNING");
    if (current) continue;
    const file = path.join(dir, name);
    const open = row?.status === "RUNNING" || row?.status === "QUEUED";
    if (open) {
      const age = await stat(file).then(
        (s) => Date.now() - s.mtimeMs,
        () => null,
      );
      if (age === null || age < graceMs) continue;
    }
    await rm(file, { force: true });
    deleted += 1;
  }
  return deleted;
}

interface SweepResult {
  expired: number;
  orphansDeleted: number;
}

export async function sweepExports(
  db: Runner,
  dir: string,
  graceMs = ORPHAN_GRACE_MS,
): Promise<SweepResult> {
  const expired = await expireExports(db, dir);
  const orphansDeleted = await sweepOrphanFiles(db, dir, graceMs);
  return { expired, orphansDeleted };
}

/**
 * For erasure: withdraws every export of a municipality, inside the caller's transaction.
 * Finished exports are marked EXPIRED and their files deleted at once; queued and running ones
 * fail (a running worker finds its claim gone at its next step and deletes its own files), as
 * they may hold the erased data. Returns the number of exports withdrawn. The files are deleted
 * before the caller commits: should it roll back, those exports stay SUCCEEDED without files
 * and their downloads answer 404.
 */
export async function purgeMunicipalityExports(
  em: EntityManager,
  municipalityId: string,
  dir: string = exportDirectory(),
): Promise<number> {
  const finished = returnedRows<{ id: string; claim: string | null }>(
    await em.query(
      `UPDATE report_export SET status = 'EXPIRED', expires_at = LEAST(COALESCE(expires_at, now()), now())
        WHERE municipality_id = $1 AND status = 'SUCCEEDED'
       RETURNING id, claim`,
      [municipalityId],
    ),
  );
  const unfinished = returnedRows<{ id: string }>(
    await em.query(
      `UPDATE report_export SET status = 'FAILED', claim = NULL, phase = NULL, finished_at = now(),
              error = 'withdrawn: data of the municipality were erased while it waited or ran; ask for it again'
        WHERE municipality_id = $1 AND status IN ('QUEUED', 'RUNNING')
       RETURNING id`,
      [municipalityId],
    ),
  );
  await removeFiles(dir, finished);
  return finished.length + unfinished.length;
}
