import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const LOCK_FILE = "kwadrant.lock";

/** The folder is held by another living process: says which, and what to do instead. */
export class DataDirInUseError extends Error {}

/** Folders this process holds (a lock with our pid but not in here is from an earlier process). */
const held = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite is one PostgreSQL in one process: a second process on the same data folder (a CLI
 * while the server runs) would corrupt it. The folder is claimed with a lock file holding the
 * owner's pid; a lock left by a process that is gone is taken over. Returns the release.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: "wx" });
      held.add(file);
      return () => {
        held.delete(file);
        rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(file, "utf8").trim()) || 0;
      const ours = owner === process.pid;
      if ((ours && held.has(file)) || (!ours && owner > 0 && isRunning(owner))) {
        throw new DataDirInUseError(
          `The embedded database in ${dataDir} is in use by process ${owner} (a running Kwadrant server?). ` +
            "It serves one process at a time: stop that process first, use the GraphQL API of the running server, " +
            "or run both on PostgreSQL with DATABASE_URL.",
        );
      }
      rmSync(file, { force: true }); // left by a process that is gone
    }
  }
  throw new Error(`Could not lock the embedded database in ${dataDir}`);
}
