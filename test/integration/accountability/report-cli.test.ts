import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { runReportCommand, UsageError, writeAtomically } from "../../../api/cli/report-command";
import { seedDemoData } from "../../../api/demo/demo";
import {
  readWorkbook,
  rowLabelled,
  formulaOf,
  euro,
  COMPARISON,
} from "../../support/report-helpers";
import { startTestServer, type TestServer } from "../../support/test-server";
import { readFile } from "node:fs/promises";

/**
 * `npm run report` against a database: it refuses one that is not migrated (and changes
 * nothing), writes the workbook and the CSV under a temporary name renamed when complete, and
 * records the export in the audit log as cli:<user>.
 */
class Sink extends Writable {
  text = "";
  isTTY = false;
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

describe("the report command line", () => {
  let t: TestServer;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "kwadrant-cli-"));
    t = await startTestServer({ reportWorker: false });
    await seedDemoData(t.database.dataSource);
  }, 120000);
  afterAll(async () => {
    await t?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  function run(args: string[]) {
    const progress = new Sink();
    const lines: string[] = [];
    const done = runReportCommand(t.database.dataSource, args, {
      progress: progress as unknown as NodeJS.WriteStream,
      log: (line) => lines.push(line),
    });
    return { done, progress, lines };
  }
  const base = ["--municipality", "GM0193", "--from", "2025-01-01", "--to", "2025-12-31"];

  it("refuses a database that lacks a migration, and leaves it as it was", async () => {
    const db = t.database.dataSource;
    const [last] = await db.query(
      "SELECT id, timestamp, name FROM migrations ORDER BY timestamp DESC LIMIT 1",
    );
    await db.query("DELETE FROM migrations WHERE id = $1", [last.id]);
    try {
      const { done } = run([...base, "--out", path.join(dir, "x.xlsx")]);
      await expect(done).rejects.toThrow(
        new UsageError(
          "the database lacks 1 migration(s) of this version: run npm run migrate first",
        ),
      );
      const [{ n }] = await db.query("SELECT count(*)::int AS n FROM migrations");
      const [{ m }] = await db.query(
        "SELECT count(*)::int AS m FROM audit_event WHERE action = 'EXPORT'",
      );
      expect({ n, m }).toEqual({ n: db.migrations.length - 1, m: 0 });
    } finally {
      await db.query("INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)", [
        last.id,
        last.timestamp,
        last.name,
      ]);
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it("writes the workbook and the CSV, with progress, and audits the export as cli:<user>", async () => {
    const out = path.join(dir, "verantwoording.xlsx");
    const csv = path.join(dir, "casussen.csv");
    const { done, progress, lines } = run([
      ...base,
      "--out",
      out,
      "--csv",
      csv,
      "--group-by",
      "TEAM",
    ]);
    expect(await done).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(["casussen.csv", "verantwoording.xlsx"]);
    expect(progress.text).toMatch(/^computing: \d+\/\d+ cases/m);
    expect(progress.text).toMatch(/^workbook: [\d,]+\/[\d,]+ case rows/m);
    expect(progress.text).toMatch(/^csv: [\d,]+\/[\d,]+ cases \(100%\)/m);
    const filter = {
      municipalityId: (
        await t.database.dataSource.query("SELECT id FROM municipality WHERE code = 'GM0193'")
      )[0].id,
      from: "2025-01-01",
      to: "2025-12-31",
    };
    const api = (await t.ok(COMPARISON, { groupBy: "TEAM", filter })).effectComparison.total;
    expect(lines[0]).toContain(`${api.cases} cases`);
    const workbook = await readWorkbook(await readFile(out));
    expect(workbook.getWorksheet("Vergelijking per team")).toBeDefined();
    expect(
      formulaOf(rowLabelled(workbook.getWorksheet("Samenvatting")!, "Totaal").getCell(9)).result,
    ).toBe(euro(api.presentValue));
    const [row] = await t.database.dataSource.query(
      "SELECT actor, role, token_id, municipality_id, detail FROM audit_event WHERE action = 'EXPORT'",
    );
    expect(row).toMatchObject({
      actor: `cli:${os.userInfo().username}`,
      role: "ADMIN",
      token_id: "cli",
      municipality_id: null,
      detail: {
        municipalityId: filter.municipalityId,
        language: "NL",
        out: "verantwoording.xlsx",
        csv: "casussen.csv",
      },
    });
    expect(workbook.creator).toBe(`cli:${os.userInfo().username}`);
  }, 120000);

  it("removes the part file when writing fails, and leaves no file behind", async () => {
    const target = path.join(dir, "broken.xlsx");
    await expect(
      writeAtomically(target, async (out) => {
        out.write("half a workbook");
        throw new Error("disk full");
      }),
    ).rejects.toThrow("disk full");
    expect((await readdir(dir)).filter((name) => name.startsWith("broken"))).toEqual([]);
  });
});
