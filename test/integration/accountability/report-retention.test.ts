import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ReportLease } from "../../../api/accountability/report-lease";
import {
  purgeMunicipalityExports,
  sweepExports,
} from "../../../api/accountability/report-retention";
import { startReportWorker } from "../../../api/accountability/report-worker";
import { createMunicipality } from "../../support/organisation-fixtures";
import { download } from "../../support/report-helpers";
import { startTestServer, type TestServer } from "../../support/test-server";

/**
 * Exports expire: the worker's sweep deletes expired files and orphaned ones (a deleted
 * municipality's, a lost claim's leftovers), a download of an expired export answers 410, and
 * an erasure withdraws every export of its municipality at once.
 */
describe("retention of exported workbooks", () => {
  let t: TestServer;
  let dir: string;
  let zwolle: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "kwadrant-retention-"));
    t = await startTestServer({ exportDir: dir, reportWorker: false });
    zwolle = (await createMunicipality(t, "GM0193", "Zwolle")).id;
  });
  afterAll(async () => {
    await t?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await t.database.dataSource.query("DELETE FROM report_export");
    for (const name of await readdir(dir)) await rm(path.join(dir, name), { force: true });
  });

  const db = () => t.database.dataSource;
  /** An export row as a worker leaves it, with its files when it has any. */
  async function exportRow(
    municipalityId: string,
    status: string,
    options: { expiresInMinutes?: number; files?: string[] } = {},
  ): Promise<{ id: string; claim: string }> {
    const claim = randomUUID();
    const [{ id }] = await db().query(
      `INSERT INTO report_export (municipality_id, language, filter, status, claim, attempts, finished_at, expires_at)
       VALUES ($1, 'NL', $2::jsonb, $3, $4, 1, now(), now() + make_interval(mins => $5)) RETURNING id`,
      [
        municipalityId,
        JSON.stringify({ municipalityId, from: "2025-01-01", to: "2025-12-31" }),
        status,
        claim,
        options.expiresInMinutes ?? 60,
      ],
    );
    for (const suffix of options.files ?? []) {
      await writeFile(path.join(dir, `${id}.${claim}.${suffix}`), "content");
    }
    return { id, claim };
  }
  const statusOf = async (id: string) =>
    (await db().query("SELECT status, claim FROM report_export WHERE id = $1", [id]))[0];
  const files = async () => (await readdir(dir)).sort();
  const age = (name: string, minutes: number) => {
    const then = new Date(Date.now() - minutes * 60_000);
    return utimes(path.join(dir, name), then, then);
  };

  it("deletes an expired export's files and answers its download with 410", async () => {
    const old = await exportRow(zwolle, "SUCCEEDED", {
      expiresInMinutes: -1,
      files: ["xlsx", "csv"],
    });
    const fresh = await exportRow(zwolle, "SUCCEEDED", { files: ["xlsx", "csv"] });
    const finance = {
      authorization: `Bearer ${await t.tokenFor("FINANCE", zwolle)}`,
    };
    // past its time, it is gone even before the sweep came by
    const early = await download(t, `/reports/${old.id}.xlsx`, finance);
    expect(early.response.status).toBe(410);
    expect(await sweepExports(db(), dir)).toEqual({ expired: 1, orphansDeleted: 0 });
    expect(await statusOf(old.id)).toMatchObject({ status: "EXPIRED" });
    expect(await files()).toEqual([
      `${fresh.id}.${fresh.claim}.csv`,
      `${fresh.id}.${fresh.claim}.xlsx`,
    ]);
    const gone = await download(t, `/reports/${old.id}.csv`, finance);
    expect(gone.response.status).toBe(410);
    expect(JSON.parse(gone.body.toString())).toMatchObject({ error: "GONE" });
    expect(JSON.parse(gone.body.toString()).message).toMatch(
      /^this export expired on \d{4}-\d{2}-\d{2} and its files were deleted; ask for a new one$/,
    );
    // others still learn nothing
    const deventer = (await createMunicipality(t, "GM0150", "Deventer")).id;
    const stranger = { authorization: `Bearer ${await t.tokenFor("FINANCE", deventer)}` };
    expect((await download(t, `/reports/${old.id}.xlsx`, stranger)).response.status).toBe(404);
    const seen = await t.ok(
      `query($id: ID!) { reportExport(id: $id) { status downloadUrl expiresAt } }`,
      {
        id: old.id,
      },
    );
    expect(seen.reportExport).toMatchObject({ status: "EXPIRED", downloadUrl: null });
    expect((await download(t, `/reports/${fresh.id}.xlsx`, finance)).response.status).toBe(200);
    await t.ok(`mutation($id: ID!) { deleteMunicipality(id: $id) { id } }`, { id: deventer });
  });

  it("is swept by the report worker as it polls", async () => {
    const old = await exportRow(zwolle, "SUCCEEDED", { expiresInMinutes: -1, files: ["xlsx"] });
    const worker = startReportWorker(db(), { dir, pollMs: 20, sweepMs: 0 });
    try {
      for (let i = 0; i < 200 && (await statusOf(old.id)).status !== "EXPIRED"; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await worker.stop();
    }
    expect(await statusOf(old.id)).toMatchObject({ status: "EXPIRED" });
    expect(await files()).toEqual([]);
  });

  it("deletes files no export owns, never a running export's current ones", async () => {
    const other = (await createMunicipality(t, "GM0150", "Deventer")).id;
    const orphaned = await exportRow(other, "SUCCEEDED", { files: ["xlsx", "csv"] });
    // the municipality is deleted, its export rows with it: the files have no owner any more
    await t.ok(`mutation($id: ID!) { deleteMunicipality(id: $id) { id } }`, { id: other });
    const running = await exportRow(zwolle, "RUNNING", { files: ["xlsx.part", "cases.jsonl"] });
    const stale = `${running.id}.${randomUUID()}.xlsx.part`; // of a claim taken over
    await writeFile(path.join(dir, stale), "old");
    await writeFile(path.join(dir, "notes.txt"), "not ours");
    // the deleted municipality's files go at once; an earlier claim's part file after a while
    expect(await sweepExports(db(), dir)).toEqual({ expired: 0, orphansDeleted: 2 });
    expect(await files()).toContain(stale);
    for (const name of await files()) await age(name, 30);
    expect(await sweepExports(db(), dir)).toEqual({ expired: 0, orphansDeleted: 1 });
    expect(await files()).toEqual(
      [
        `${running.id}.${running.claim}.cases.jsonl`,
        `${running.id}.${running.claim}.xlsx.part`,
        "notes.txt",
      ].sort(),
    );
    expect(orphaned.id).toBeTruthy();
  });

  it("withdraws every export of a municipality in the caller's transaction", async () => {
    const done = await exportRow(zwolle, "SUCCEEDED", { files: ["xlsx", "csv"] });
    const queued = await exportRow(zwolle, "QUEUED");
    const running = await exportRow(zwolle, "RUNNING", { files: ["xlsx.part"] });
    const failed = await exportRow(zwolle, "FAILED");
    const deventer = (await createMunicipality(t, "GM0150", "Deventer")).id;
    const elsewhere = await exportRow(deventer, "SUCCEEDED", { files: ["xlsx"] });
    const withdrawn = await db().transaction((em) => purgeMunicipalityExports(em, zwolle, dir));
    expect(withdrawn).toBe(3);
    expect(await statusOf(done.id)).toMatchObject({ status: "EXPIRED" });
    expect(await statusOf(queued.id)).toMatchObject({ status: "FAILED", claim: null });
    expect(await statusOf(running.id)).toMatchObject({ status: "FAILED", claim: null });
    expect(await statusOf(failed.id)).toMatchObject({ status: "FAILED" });
    expect(await statusOf(elsewhere.id)).toMatchObject({ status: "SUCCEEDED" });
    // the running worker's next step finds its claim gone (it then deletes its own part file)
    expect(
      await new ReportLease(db(), running.id, running.claim).update("heartbeat_at = now()"),
    ).toBe(false);
    expect(await files()).toEqual(
      [
        `${running.id}.${running.claim}.xlsx.part`,
        `${elsewhere.id}.${elsewhere.claim}.xlsx`,
      ].sort(),
    );
    await db().query("DELETE FROM report_export WHERE municipality_id = $1", [deventer]);
    await t.ok(`mutation($id: ID!) { deleteMunicipality(id: $id) { id } }`, { id: deventer });
  });

  it("answers GET and HEAD only; HEAD is no download", async () => {
    const done = await exportRow(zwolle, "SUCCEEDED", { files: ["xlsx", "csv"] });
    const post = await fetch(`${t.url}/reports/${done.id}.xlsx`, {
      method: "POST",
      headers: t.headers,
    });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
    const head = await fetch(`${t.url}/reports/${done.id}.xlsx`, {
      method: "HEAD",
      headers: t.headers,
    });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe("7");
    expect(head.headers.get("content-disposition")).toBe(
      `attachment; filename="Verantwoording Zwolle 2025.xlsx"; filename*=UTF-8''Verantwoording%20Zwolle%202025.xlsx`,
    );
    const [{ n }] = await db().query(
      "SELECT count(*)::int AS n FROM audit_event WHERE action = 'DOWNLOAD' AND detail->>'reportExportId' = $1",
      [done.id],
    );
    expect(n).toBe(0);
  });
});
