import type { DataSource } from "typeorm";

/** How long work waits for the replica to catch up, unless it says otherwise. */
const DEFAULT_WAIT_MS = 30000;

/**
 * The read replica (DATABASE_READ_URL): a streaming standby of the primary that the heavy
 * read-only analyses read from. It trails the primary by the replication lag; the helpers here
 * measure that lag and let work that must see everything committed so far (an export's
 * figures) wait until the replica has replayed it.
 */

/** True when the heavy reads go to a replica of their own (not to the primary itself). */
export function hasReadReplica(primary: DataSource, reads: DataSource): boolean {
  return primary !== reads;
}

/** The primary's current WAL position: everything committed so far lies at or before it. */
async function primaryPosition(primary: DataSource): Promise<string> {
  const [row]: { lsn: string }[] = await primary.query("SELECT pg_current_wal_lsn()::text AS lsn");
  return row.lsn;
}

/**
 * Whether the replica has replayed the primary's WAL up to `lsn`. A server that is not in
 * recovery (DATABASE_READ_URL pointing at the primary itself) has, by definition.
 */
async function replayedUpTo(reads: DataSource, lsn: string): Promise<boolean> {
  const [row]: { done: boolean | null }[] = await reads.query(
    "SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() >= $1::pg_lsn ELSE true END AS done",
    [lsn],
  );
  return row.done === true;
}

/**
 * Waits until the replica has replayed everything the primary had committed when this was
 * called; false when it has not within `timeoutMs`. With no replica of its own, true at once.
 */
export async function replicaCaughtUp(
  primary: DataSource,
  reads: DataSource,
  {
    timeoutMs = DEFAULT_WAIT_MS,
    pollMs = 50,
    signal,
  }: { timeoutMs?: number; pollMs?: number; signal?: AbortSignal } = {},
): Promise<boolean> {
  if (!hasReadReplica(primary, reads)) return true;
  const lsn = await primaryPosition(primary);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await replayedUpTo(reads, lsn)) return true;
    if (Date.now() >= deadline || signal?.aborted) return false;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** What /health says about the replica: up, and how many bytes of WAL it has still to replay. */
export async function replicaHealth(
  primary: DataSource,
  reads: DataSource,
): Promise<{ replica: "up"; replicaLagBytes: number | null } | { replica: "down" }> {
  try {
    const [row]: { lsn: string | null }[] = await reads.query(
      "SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn()::text END AS lsn",
    );
    if (row.lsn === null) return { replica: "up", replicaLagBytes: null };
    const [lag]: { bytes: string }[] = await primary.query(
      "SELECT GREATEST(pg_wal_lsn_diff(pg_current_wal_lsn(), $1::pg_lsn), 0)::bigint::text AS bytes",
      [row.lsn],
    );
    return { replica: "up", replicaLagBytes: Number(lag.bytes) };
  } catch {
    return { replica: "down" };
  }
}

/**
 * The data source for reads that must see everything committed before now (an export's
 * figures, asked for by a request that has committed): the replica once it has replayed up to
 * the primary's present position, or the primary itself when it has not within `timeoutMs`.
 */
export async function caughtUpReads(
  primary: DataSource,
  reads: DataSource,
  options: { timeoutMs?: number; pollMs?: number; signal?: AbortSignal; what?: string } = {},
): Promise<DataSource> {
  if (!hasReadReplica(primary, reads)) return primary;
  try {
    if (await replicaCaughtUp(primary, reads, options)) return reads;
    if (options.signal?.aborted) return primary;
    console.warn(
      `${options.what ?? "reads"}: the read replica trails the primary by more than ${options.timeoutMs ?? DEFAULT_WAIT_MS} ms; reading on the primary`,
    );
  } catch (error) {
    console.warn(
      `${options.what ?? "reads"}: the read replica does not answer; reading on the primary:`,
      error,
    );
  }
  return primary;
}
