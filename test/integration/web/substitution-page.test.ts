import { seedDemoData } from "../../../api/demo/demo";
import { startTestServer, type TestServer } from "../../support/test-server";
import { openBrowser, signInDev, type TestBrowser } from "../../support/browser";

const ZWOLLE = "55414a4f-c727-521c-9fd6-6e26325c15ad";
const MIDDEN = "dc7d242d-1e63-5bdf-9e07-5c88964945e8";
const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
const hours = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });

// The analyst's substitution page in a real Chromium: the stacked areas' table equals the API's
// substitution rows for the whole municipality, costs and hours, both scenarios.
describe("web: substitutie", () => {
  let t: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    t = await startTestServer({ config: { devSignIn: true } });
    await seedDemoData(t.database.dataSource);
    browser = await openBrowser(t.url);
  }, 120000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("shows the API's figures per care layer and month", async () => {
    const { page } = browser;
    await page.goto("/substitutie");
    await signInDev(page, { role: "ANALYST", municipality: ZWOLLE });
    await page.getByRole("heading", { name: "Substitutie" }).waitFor();
    const year = new Date().getFullYear() - 1;
    const analyst = await t.as("ANALYST", ZWOLLE);
    const api = (
      await analyst.ok(
        `query ($from: Date!, $to: Date!) { substitution(from: $from, to: $to) {
           rows { period scenario careLayer hours costs } } }`,
        { from: `${year}-01-01`, to: `${year}-12-31` },
      )
    ).substitution.rows as {
      period: string;
      scenario: string;
      careLayer: string;
      hours: string;
      costs: string;
    }[];
    const periods = [...new Set(api.map((r) => r.period))].sort();
    expect(periods.length).toBeGreaterThan(0);
    const layers = ["ZERO_LINE", "FIRST_LINE", "SECOND_LINE"];
    const expected = (scenario: string, measure: "hours" | "costs") =>
      periods.map((period) =>
        layers.map((layer) => {
          const value =
            api.find(
              (r) => r.period === period && r.scenario === scenario && r.careLayer === layer,
            )?.[measure] ?? "0";
          return measure === "costs"
            ? euro.format(value as unknown as number)
            : hours.format(value as unknown as number);
        }),
      );
    const shown = async () => {
      const rows = page.locator("figure table tbody tr");
      await rows.first().waitFor();
      const all = [];
      for (const row of await rows.all()) all.push(await row.locator("td").allTextContents());
      return all;
    };
    expect(await shown()).toEqual(expected("INTERVENTION", "costs"));
    expect(await page.locator("[data-chart-ready] svg").count()).toBe(1);
    await browser.screenshot("substitutie");

    await page.getByLabel("Maat").selectOption("hours");
    await page.getByLabel("Scenario").selectOption("REFERENCE");
    await page.getByText("Per zorglaag per maand: Uren, Referentie").first().waitFor();
    expect(await shown()).toEqual(expected("REFERENCE", "hours"));
    expect(browser.errors).toEqual([]);
  });

  it("shows a team lead looking at the whole municipality which cells it may not see, not as zero", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.goto("/substitutie");
    await signInDev(page, { role: "TEAM_LEAD", municipality: ZWOLLE, team: MIDDEN });
    await page.getByRole("heading", { name: "Substitutie" }).waitFor();
    const year = new Date().getFullYear() - 1;
    const lead = await t.as("TEAM_LEAD", ZWOLLE, [MIDDEN]);
    const api = await lead.ok(
      `query ($from: Date!, $to: Date!) { substitution(from: $from, to: $to) {
         suppressedCells { period careLayer scenario } } }`,
      { from: `${year}-01-01`, to: `${year}-12-31` },
    );
    const hidden = (
      api.substitution.suppressedCells as { period: string; scenario: string }[]
    ).filter((cell) => cell.scenario === "INTERVENTION" && !cell.period.includes("/"));
    expect(hidden.length).toBeGreaterThan(0);
    await page
      .getByRole("note")
      .filter({ hasText: /^Niet getoond/ })
      .waitFor();
    const cells = await page.locator("figure table tbody td").allTextContents();
    expect(cells.filter((text) => text === "niet getoond")).toHaveLength(hidden.length);
    await browser.screenshot("substitutie-teamleider");
    expect(browser.errors).toEqual([]);
  });
});
