import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { seedDemoData } from "../../../api/demo/demo";
import { startTestServer, type TestServer } from "../../support/test-server";
import { download, exportReport } from "../../support/report-helpers";

const LINK = `mutation ($id: ID!, $format: ReportFileFormat) {
  createDownloadLink(exportId: $id, format: $format) { url expiresAt } }`;

/**
 * Download links a browser can click: signed for one file of one export, expiring in minutes,
 * refused when forged or for another file, audited like a download with a bearer header.
 */
describe("signed download links", () => {
  let t: TestServer;
  let dir: string;
  let zwolle: string;
  let exportId: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "kwadrant-links-"));
    t = await startTestServer({
      exportDir: dir,
      reportWorker: { pollMs: 50 },
      config: { linkMinutes: 2 },
    });
    await seedDemoData(t.database.dataSource);
    [{ id: zwolle }] = await t.database.dataSource.query(
      "SELECT id FROM municipality WHERE code = 'GM0193'",
    );
    const { job } = await exportReport(t, {
      municipalityId: zwolle,
      from: "2025-01-01",
      to: "2025-03-31",
    });
    expect(job.status).toBe("SUCCEEDED");
    exportId = job.id;
  }, 180000);
  afterAll(async () => {
    await t?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("gives a finance officer a link that downloads without a header, and audits it", async () => {
    const finance = await t.as("FINANCE", zwolle);
    const before = Date.now();
    const { createDownloadLink: link } = await finance.ok(LINK, { id: exportId });
    expect(link.url).toMatch(new RegExp(`^/reports/${exportId}\\.xlsx\\?link=`));
    const expires = Date.parse(link.expiresAt) - before;
    expect(expires).toBeGreaterThan(110_000);
    expect(expires).toBeLessThanOrEqual(121_000);

    const { response, body } = await download(t, link.url, {});
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    expect(body.subarray(0, 2).toString()).toBe("PK");

    const csv = (await finance.ok(LINK, { id: exportId, format: "CSV" })).createDownloadLink;
    const csvDownload = await download(t, csv.url, {});
    expect(csvDownload.response.status).toBe(200);
    expect(csvDownload.response.headers.get("content-type")).toContain("text/csv");

    const rows: { role: string; detail: Record<string, unknown> }[] =
      await t.database.dataSource.query(
        `SELECT role, detail FROM audit_event WHERE action = 'DOWNLOAD' ORDER BY at`,
      );
    expect(rows.map((r) => r.role)).toEqual(["FINANCE", "FINANCE"]);
    expect(rows.map((r) => r.detail)).toEqual([
      expect.objectContaining({ reportExportId: exportId, format: "xlsx", link: true }),
      expect.objectContaining({ reportExportId: exportId, format: "csv", link: true }),
    ]);
  });

  it("refuses a link for another file, a tampered link, and links for roles that may not download", async () => {
    const finance = await t.as("FINANCE", zwolle);
    const { url } = (await finance.ok(LINK, { id: exportId })).createDownloadLink;
    const asCsv = url.replace(".xlsx?", ".csv?");
    expect((await download(t, asCsv, {})).response.status).toBe(403);
    const tampered = `${url.slice(0, -3)}${url.slice(-3) === "AAA" ? "BBB" : "AAA"}`;
    const refused = await download(t, tampered, {});
    expect(refused.response.status).toBe(403);
    expect(JSON.parse(refused.body.toString())).toMatchObject({ error: "FORBIDDEN" });

    const lead = await t.as("TEAM_LEAD", zwolle);
    const denied = await lead.gql(LINK, { id: exportId });
    expect(denied.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const [{ id: other }] = await t.database.dataSource.query(
      "SELECT id FROM municipality WHERE code <> 'GM0193' LIMIT 1",
    );
    const foreign = await (await t.as("FINANCE", other)).gql(LINK, { id: exportId });
    expect(foreign.errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND" } });
    expect(foreign.errors?.[0].message).toContain("exportId");
  });

  it("lists the municipality's earlier exports with their expiry", async () => {
    const finance = await t.as("FINANCE", zwolle);
    const { reportExports } = await finance.ok(
      `query ($m: ID) { reportExports(municipalityId: $m) { id status expiresAt downloadUrl } }`,
      { m: zwolle },
    );
    expect(reportExports).toEqual([
      expect.objectContaining({ id: exportId, status: "SUCCEEDED", expiresAt: expect.any(String) }),
    ]);
    const bad = await finance.gql(`{ reportExports(first: 0) { id } }`);
    expect(bad.errors?.[0].message).toBe("first: must be between 1 and 100");
  });
});
