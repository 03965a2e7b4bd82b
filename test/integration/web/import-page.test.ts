import { seedDemoData } from "../../../api/demo/demo";
import { startTestServer, type TestServer } from "../../support/test-server";
import { openBrowser, signInDev, type TestBrowser } from "../../support/browser";

const ZWOLLE = "55414a4f-c727-521c-9fd6-6e26325c15ad";

// The import page in a real Chromium: a registration file with a bad row fails, writes nothing,
// and the page shows the row-by-row report as the API has it.
describe("web: import", () => {
  let t: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    t = await startTestServer({ config: { devSignIn: true }, importWorker: { pollMs: 50 } });
    await seedDemoData(t.database.dataSource);
    browser = await openBrowser(t.url);
  }, 120000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("uploads a CSV, follows the job and shows a bad row's reason", async () => {
    const { page } = browser;
    await page.goto("/import");
    await signInDev(page, { role: "ADMIN" });
    await page.getByRole("heading", { name: "Registraties importeren" }).waitFor();
    await page.getByLabel("Gemeente").selectOption(ZWOLLE);
    await page.getByLabel("Soort bestand").selectOption("ACTIVITIES");
    const csv = [
      "Registratie_ID;Casusnummer;Datum;Uren;Rol",
      "INZ-WEB-0001;ZW-BESTAAT-NIET;2026-02-02;1,5;SOCIAL_WORKER",
      "INZ-WEB-0002;ZW-BESTAAT-NIET;2026-02-31;veel;SOCIAL_WORKER",
    ].join("\n");
    await page.getByLabel("Bestand (CSV of XLSX)").setInputFiles({
      name: "inzet-web.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv),
    });
    await page.getByRole("button", { name: "Importeren" }).click();
    const report = page.locator("table", { hasText: "Rijen met een fout" });
    await report.waitFor({ timeout: 60000 });
    await page.getByText(/mislukt, niets geschreven/).waitFor();

    const [{ id }] = await t.database.dataSource.query(
      "SELECT id FROM import_job ORDER BY created_at DESC LIMIT 1",
    );
    const { importJob } = await t.ok(
      `query ($id: ID!) { importJob(id: $id) { status problems { row column value reason } } }`,
      { id },
    );
    expect(importJob.status).toBe("FAILED");
    expect(importJob.problems.length).toBeGreaterThan(0);
    const rows = await report.locator("tbody tr").all();
    expect(rows).toHaveLength(importJob.problems.length);
    for (const [index, problem] of importJob.problems.entries()) {
      const header = await rows[index].locator("th").textContent();
      const cells = await rows[index].locator("td").allTextContents();
      expect([header, ...cells]).toEqual([
        String(problem.row),
        problem.column,
        problem.value ?? "",
        problem.reason,
      ]);
    }
    const written = await t.database.dataSource.query(
      "SELECT count(*)::int AS n FROM support_activity WHERE external_ref LIKE 'INZ-WEB-%'",
    );
    expect(written[0].n).toBe(0);
    await browser.screenshot("import");
    expect(browser.errors).toEqual([]);
  });
});
