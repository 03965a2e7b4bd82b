import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { seedDemoData } from "../../../api/demo/demo";
import { startTestServer, type TestServer } from "../../support/test-server";
import { openBrowser, signInDev, type TestBrowser } from "../../support/browser";

const ZWOLLE = "55414a4f-c727-521c-9fd6-6e26325c15ad";

// The finance officer's page in a real Chromium: ask for a workbook, watch its progress bar,
// download it through a signed link, and find it among the earlier exports.
describe("web: verantwoording", () => {
  let t: TestServer;
  let browser: TestBrowser;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "kwadrant-web-export-"));
    t = await startTestServer({
      config: { devSignIn: true },
      exportDir: dir,
      reportWorker: { pollMs: 100 },
    });
    await seedDemoData(t.database.dataSource);
    browser = await openBrowser(t.url);
  }, 120000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("exports a quarter of Zwolle with a progress bar and downloads the workbook", async () => {
    const { page } = browser;
    await page.goto("/verantwoording");
    await signInDev(page, { role: "FINANCE", municipality: ZWOLLE });
    await page.getByRole("heading", { name: "Verantwoording", exact: true }).waitFor();
    await page.getByLabel("Van", { exact: true }).fill("2025-01-01");
    await page.getByLabel("Tot en met", { exact: true }).fill("2025-03-31");
    await page.getByRole("button", { name: "Verantwoording maken" }).click();
    await page.getByRole("progressbar", { name: "Voortgang van de export" }).waitFor();
    await page.getByText(/^Klaar: 100/).waitFor({ timeout: 120000 });
    expect(
      await page
        .getByRole("progressbar", { name: "Voortgang van de export" })
        .getAttribute("value"),
    ).toBe("100");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Excel deze export" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("Verantwoording Zwolle 2025-01-01 – 2025-03-31.xlsx");
    const file = await readFile((await download.path())!);
    expect(file.subarray(0, 2).toString()).toBe("PK");

    const finance = await t.as("FINANCE", ZWOLLE);
    const { reportExports } = await finance.ok(
      `query ($m: ID) { reportExports(municipalityId: $m) { id status cases } }`,
      { m: ZWOLLE },
    );
    expect(reportExports).toHaveLength(1);
    const table = page.locator("table", { hasText: "Eerdere exports" });
    await table.locator("tbody tr").first().waitFor();
    const cells = await table.locator("tbody tr").first().locator("td").allTextContents();
    expect(cells[1]).toBe("Klaar");
    expect(cells[2]).toBe(new Intl.NumberFormat("nl-NL").format(reportExports[0].cases));
    await browser.screenshot("verantwoording");
    expect(browser.errors).toEqual([]);
  }, 180000);

  it("gives a team lead no link to the page", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await signInDev(page, { role: "TEAM_LEAD", municipality: ZWOLLE });
    const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
    await nav.getByRole("link").first().waitFor();
    expect(await nav.getByRole("link").allTextContents()).not.toContain("Verantwoording");
    await page.goto("/verantwoording");
    await page.getByText("Deze pagina is niet beschikbaar voor uw rol.").waitFor();
  });
});
