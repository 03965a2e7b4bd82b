import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { seedDemoData } from "../../../api/demo/demo";
import { claimNextReport, givenUpMessage } from "../../../api/accountability/report-claim";
import { runReportJob } from "../../../api/accountability/report-run";
import { download, EXPORT_JOB } from "../../support/report-helpers";
import { startTestServer, type TestServer } from "../../support/test-server";

/**
 * Export jobs claimed by several replicas: a claim is a token, every update is fenced with it,
 * and files carry it. A slow worker that lost its export to another stops without touching the
 * new owner's row or files; a heartbeat finds a lost claim; an export that keeps killing its
 * worker fails after three attempts; a shutdown puts it back in the queue.
 */
describe("report export jobs taken over by another worker", () => {
  let t: TestServer;
  let dir: string;
  let filter: Record<string, unknown>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "kwadrant-takeover-"));
    // No worker in the server: the test claims and runs the exports itself.
    t = await startTestServer({ exportDir: dir, reportWorker: false });
    await seedDemoData(t.database.dataSource);
    const [row] = await t.database.dataSource.query(
      `SELECT m.id AS "municipalityId", t.id AS "teamId" FROM municipality m
         JOIN team t ON t.municipality_id = m.id WHERE m.code = 'GM0193' ORDER BY t.name LIMIT 1`,
    );
    filter = { ...row, from: "2025-01-01", to: "2025-12-31" };
  }, 120000);
  afterAll(async () => {
    await t?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await t.database.dataSource.query("DELETE FROM report_export");
    for (const name of await readdir(dir)) await rm(path.join(dir, name), { force: true });
  });

  const db = () => t.database.dataSource;
  async function enqueue(language = "NL"): Promise<string> {
    const data = await t.ok(
      `mutation($filter: ReportFilter!, $language: Language) {
        exportAccountabilityReport(filter: $filter, language: $language) { id } }`,
      { filter, language },
    );
    return data.exportAccountabilityReport.id;
  }
  const row = async (id: string) =>
    (
      await db().query(
        "SELECT status, claim, attempts, error, progress FROM report_export WHERE id = $1",
        [id],
      )
    )[0];
  const silence = (id: string) =>
    db().query(
      "UPDATE report_export SET heartbeat_at = now() - interval '10 minutes' WHERE id = $1",
      [id],
    );

  it("gives two workers claiming at once two different exports, each with its own token", async () => {
    const ids = [await enqueue("NL"), await enqueue("EN")];
    const claims = await Promise.all([claimNextReport(db()), claimNextReport(db())]);
    expect(claims.map((c) => c!.job.id).sort()).toEqual([...ids].sort());
    expect(claims[0]!.claim).not.toBe(claims[1]!.claim);
    // both beat now: neither is taken again
    expect(await claimNextReport(db())).toBeNull();
    for (const claim of claims)
      expect(await row(claim!.job.id)).toMatchObject({
        status: "RUNNING",
        attempts: 1,
        claim: claim!.claim,
      });
  });

  it("lets a slow worker that lost its export stop without touching the new owner's row or files", async () => {
    const id = await enqueue();
    const slow = (await claimNextReport(db()))!;
    let reached!: () => void;
    let release!: () => void;
    const writing = new Promise<void>((resolve) => (reached = resolve));
    const paused = new Promise<void>((resolve) => (release = resolve));
    const first = runReportJob(db(), slow, dir, {
      heartbeatMs: 3_600_000,
      async onPhase(phase) {
        if (phase !== "writing") return;
        reached();
        await paused;
      },
    });
    await writing;
    // The slow worker went quiet: another replica takes the export over and finishes it.
    await silence(id);
    const fast = (await claimNextReport(db()))!;
    expect(fast.job.id).toBe(id);
    expect(fast.claim).not.toBe(slow.claim);
    expect(await runReportJob(db(), fast, dir)).toBe("SUCCEEDED");
    release();
    expect(await first).toBe("LOST");

    expect(await row(id)).toMatchObject({
      status: "SUCCEEDED",
      claim: fast.claim,
      attempts: 2,
      error: null,
    });
    expect((await readdir(dir)).sort()).toEqual([
      `${id}.${fast.claim}.csv`,
      `${id}.${fast.claim}.xlsx`,
    ]);
    const job = (await t.ok(`query($id: ID!) { reportExport(id: $id) { ${EXPORT_JOB} } }`, { id }))
      .reportExport;
    const file = await download(t, job.downloadUrl);
    expect(file.response.status).toBe(200);
    expect(file.body.subarray(0, 2).toString()).toBe("PK");
  }, 120000);

  it("stops a worker whose heartbeat finds the claim gone, leaving the row to its owner", async () => {
    const id = await enqueue();
    const claimed = (await claimNextReport(db()))!;
    const other = randomUUID();
    const outcome = await runReportJob(db(), claimed, dir, {
      heartbeatMs: 20,
      async onPhase(phase) {
        if (phase !== "csv") return;
        await db().query("UPDATE report_export SET claim = $2 WHERE id = $1", [id, other]);
        await new Promise((resolve) => setTimeout(resolve, 200));
      },
    });
    expect(outcome).toBe("LOST");
    expect(await row(id)).toMatchObject({ status: "RUNNING", claim: other });
    expect(await readdir(dir)).toEqual([]);
  }, 120000);

  it("fails an export claimed three times without finishing, with a message that says so", async () => {
    const id = await enqueue();
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const claimed = await claimNextReport(db());
      expect(claimed?.job.id).toBe(id);
      // its worker dies: no heartbeat any more
      await silence(id);
    }
    expect(await claimNextReport(db())).toBeNull();
    expect(await row(id)).toMatchObject({
      status: "FAILED",
      claim: null,
      attempts: 4,
      error: givenUpMessage(3),
    });
  });

  it("puts an export back in the queue on shutdown, without counting the attempt", async () => {
    const id = await enqueue();
    const claimed = (await claimNextReport(db()))!;
    const shutdown = new AbortController();
    const outcome = await runReportJob(db(), claimed, dir, {
      signal: shutdown.signal,
      onPhase(phase) {
        if (phase === "writing") shutdown.abort();
      },
    });
    expect(outcome).toBe("REQUEUED");
    expect(await row(id)).toMatchObject({
      status: "QUEUED",
      claim: null,
      attempts: 0,
      progress: 0,
    });
    expect(await readdir(dir)).toEqual([]);
  }, 120000);
});
