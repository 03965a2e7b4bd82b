import type { DataSource } from "typeorm";
import { ReportExport } from "../../schema/report-export";
import { returnedRows } from "../platform";

/**
 * Claiming an export: the oldest queued one, or one whose worker has gone silent (no heartbeat
 * for `staleAfterMs`: its replica died, or hangs), is marked RUNNING with a fresh claim token
 * (FOR UPDATE SKIP LOCKED, so two workers never claim the same one at once). Each claim counts
 * as an attempt; an export claimed `maxAttempts` times without finishing is failed instead of
 * being run once more, so an export that kills its worker (out of memory) cannot go round
 * forever.
 */
const STALE_AFTER_MS = 5 * 60 * 1000;
const MAX_ATTEMPTS = 3;

export interface ClaimOptions {
  staleAfterMs?: number;
  maxAttempts?: number;
}

export interface ClaimedReport {
  job: ReportExport;
  /** The claim's token: the worker's updates and files carry it. */
  claim: string;
}

export function givenUpMessage(attempts: number): string {
  return `the export was started ${attempts} times and its worker stopped each time before it finished (a replica restarted or ran out of memory); ask for it again, with a narrower filter if it is large`;
}

export async function claimNextReport(
  db: DataSource,
  options: ClaimOptions = {},
): Promise<ClaimedReport | null> {
  const staleSeconds = (options.staleAfterMs ?? STALE_AFTER_MS) / 1000;
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  for (;;) {
    const result = await db.query(
      `
      WITH next AS (
        SELECT id FROM report_export
         WHERE status = 'QUEUED'
            OR (status = 'RUNNING' AND COALESCE(heartbeat_at, started_at) < now() - make_interval(secs => $1))
         ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
      ), given_up AS (SELECT r.attempts >= $2 AS over FROM report_export r JOIN next ON next.id = r.id)
      UPDATE report_export r SET
             attempts = r.attempts + 1,
             status = CASE WHEN g.over THEN 'FAILED' ELSE 'RUNNING' END,
             claim = CASE WHEN g.over THEN NULL ELSE gen_random_uuid() END,
             error = CASE WHEN g.over THEN $3::text ELSE NULL END,
             finished_at = CASE WHEN g.over THEN now() ELSE NULL END,
             phase = CASE WHEN g.over THEN NULL ELSE 'computing' END,
             started_at = now(), heartbeat_at = now(), progress = 0
        FROM next, given_up g WHERE r.id = next.id
      RETURNING r.id, r.status, r.claim`,
      [staleSeconds, maxAttempts, givenUpMessage(maxAttempts)],
    );
    const [row] = returnedRows<{ id: string; status: string; claim: string | null }>(result);
    if (!row) return null;
    if (row.status !== "RUNNING" || !row.claim) {
      console.warn(`report export ${row.id}: ${givenUpMessage(maxAttempts)}`);
      continue;
    }
    const job = await db.getRepository(ReportExport).findOneByOrFail({ id: row.id });
    return { job, claim: row.claim };
  }
}
