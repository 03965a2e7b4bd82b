import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { lockDataDir } from "../../../schema/data-dir-lock";

describe("the embedded database folder is held by one process", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "kwadrant-lock-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses a second holder until the first releases", () => {
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(/in use by process \d+/);
    release();
    lockDataDir(dir)();
  });

  it("refuses while another living process holds it", async () => {
    const other = spawn("sleep", ["30"]);
    try {
      writeFileSync(path.join(dir, "kwadrant.lock"), `${other.pid}\n`);
      expect(() => lockDataDir(dir)).toThrow(`in use by process ${other.pid}`);
    } finally {
      other.kill();
    }
  });

  it("takes over a lock left by a process that is gone, or by an earlier run with our pid", () => {
    const gone = spawnSync("true").pid;
    writeFileSync(path.join(dir, "kwadrant.lock"), `${gone}\n`);
    lockDataDir(dir)();
    // in a container the server is pid 1 after every restart: its own old lock is stale
    writeFileSync(path.join(dir, "kwadrant.lock"), `${process.pid}\n`);
    lockDataDir(dir)();
  });
});
