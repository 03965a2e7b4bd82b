import type { ImportJob } from "../../schema/import-job";

/**
 * Running import jobs of this process, for the single-connection database only.
 *
 * On PostgreSQL a running job writes `rows_done` to its `import_job` row after every batch,
 * from a pool connection outside the import's transaction, so every replica reads progress
 * from the table. Embedded PGlite has one connection, and the import's transaction holds it
 * until the end: nothing else can write or even read the table meanwhile. There the job keeps
 * its progress here too, and the `importJob` query answers from this map, without touching the
 * database, while the job runs. PGlite is one process by nature, so nothing is lost by that.
 */
export const liveImportJobs = new Map<string, ImportJob>();
