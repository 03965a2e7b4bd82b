import { seedDemoData } from "../../../api/demo/demo";
import { startTestServer, type TestServer } from "../../support/test-server";
import { openBrowser, signInDev, type TestBrowser } from "../../support/browser";

// The demo's fixed ids (api/demo/demo-ids.ts): Zwolle and its Wijkteam Midden.
const ZWOLLE = "55414a4f-c727-521c-9fd6-6e26325c15ad";
const MIDDEN = "dc7d242d-1e63-5bdf-9e07-5c88964945e8";

const euro = (value: string | null) =>
  value === null
    ? "–"
    : new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(
        value as unknown as number,
      );
const ratio = (value: string | null) =>
  value === null
    ? "–"
    : new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(
        value as unknown as number,
      );
const integer = (value: number | null) =>
  value === null ? "–" : new Intl.NumberFormat("nl-NL").format(value);

const TREND = `query ($filter: CaseFilter, $cohort: CohortGranularity!) {
  effectTrend(groupBy: ARRANGEMENT, cohort: $cohort, filter: $filter, sensitivityRange: true,
    settings: { discountFirstYear: false, optimismBias: { B: "0.1", C: "0.25" } }) {
    groups { label cases investment npv sroiRatio costPerCase
      cohorts { period cases investment presentValue npv sroiRatio ratioLow ratioHigh costPerCase
        cohortPaybackMonth } }
    total { cases npv }
    suppressedGroups { label period } } }`;

interface Cohort {
  period: string;
  cases: number;
  investment: string;
  presentValue: string;
  npv: string;
  sroiRatio: string | null;
  ratioLow: string | null;
  ratioHigh: string | null;
  costPerCase: string | null;
  cohortPaybackMonth: number | null;
}
interface Group {
  label: string;
  cases: number;
  investment: string;
  npv: string;
  sroiRatio: string | null;
  costPerCase: string | null;
  cohorts: Cohort[];
}

// The trend page in a real Chromium against the real server and the demo data: each group's
// cohorts in the table equal effectTrend's for the team lead, figure for figure.
describe("web: trend per cohort", () => {
  let t: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    t = await startTestServer({ config: { devSignIn: true } });
    await seedDemoData(t.database.dataSource);
    browser = await openBrowser(t.url);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  const trendOf = async (cohort: "YEAR" | "QUARTER", filter: Record<string, unknown>) => {
    const lead = await t.as("TEAM_LEAD", ZWOLLE, [MIDDEN]);
    const api = await lead.ok(TREND, { cohort, filter });
    return api.effectTrend as { groups: Group[]; total: any; suppressedGroups: any[] };
  };

  /** Every group's table on the page shows its cohorts as the API answers them. */
  async function expectTables(groups: Group[]) {
    const { page } = browser;
    for (const group of groups) {
      const table = page.locator("table", {
        has: page.locator("caption", { hasText: `${group.label}: per cohort` }),
      });
      expect(await table.locator("tbody th").allTextContents()).toEqual(
        group.cohorts.map((c) => c.period),
      );
      for (const cohort of group.cohorts) {
        const row = table
          .locator("tbody tr")
          .filter({ has: page.getByRole("rowheader", { name: cohort.period, exact: true }) });
        // columns: cases, investment, present value, NPV, SROI, low, high, cost per case, payback
        expect(await row.locator("td").allTextContents()).toEqual([
          integer(cohort.cases),
          euro(cohort.investment),
          euro(cohort.presentValue),
          euro(cohort.npv),
          ratio(cohort.sroiRatio),
          ratio(cohort.ratioLow),
          ratio(cohort.ratioHigh),
          euro(cohort.costPerCase),
          integer(cohort.cohortPaybackMonth),
        ]);
      }
      const footer = await table.locator("tfoot td").allTextContents();
      expect(footer.slice(0, 4)).toEqual([
        integer(group.cases),
        euro(group.investment),
        expect.any(String),
        euro(group.npv),
      ]);
      expect(footer[7]).toBe(euro(group.costPerCase));
    }
  }

  it("shows the team lead its own team's arrangements per year cohort, as effectTrend answers", async () => {
    const { page } = browser;
    await page.goto("/trend");
    await signInDev(page, { role: "TEAM_LEAD", municipality: ZWOLLE, team: MIDDEN });
    await page.getByRole("heading", { name: "Trend per cohort" }).waitFor();
    await page.locator("table").first().waitFor();
    expect(await page.getByLabel("Team", { exact: true }).inputValue()).toBe(MIDDEN);
    expect(await page.getByLabel("Cohort", { exact: true }).inputValue()).toBe("YEAR");

    const trend = await trendOf("YEAR", { teamId: MIDDEN });
    expect(trend.suppressedGroups).toEqual([]);
    // The demo's cases opened in 2025 and 2026: an arrangement has a trend over two years.
    const multi = trend.groups.filter((g) => g.cohorts.length >= 2);
    expect(multi.length).toBeGreaterThanOrEqual(3);
    expect(multi[0].cohorts.map((c) => c.period)).toEqual(["2025", "2026"]);
    await expectTables(trend.groups);
    const total = page.locator("table", {
      has: page.locator("caption", { hasText: "Totaal: per cohort" }),
    });
    expect((await total.locator("tfoot td").allTextContents())[3]).toBe(euro(trend.total.npv));
    expect(await page.locator("[data-chart-ready] svg").count()).toBe(2);
    // one line per group in the SROI chart's legend
    const legend = await page.locator("[data-chart-ready]").first().textContent();
    for (const group of trend.groups) expect(legend).toContain(group.label);
    await browser.screenshot("trend");
    expect(browser.errors).toEqual([]);
  });

  it("shows the quarter cohorts when asked", async () => {
    const { page } = browser;
    await page.getByLabel("Cohort", { exact: true }).selectOption("QUARTER");
    await page.getByRole("button", { name: "Toon" }).click();
    await page.getByRole("rowheader", { name: "2025-Q1", exact: true }).first().waitFor();
    const trend = await trendOf("QUARTER", { teamId: MIDDEN });
    expect(Math.max(...trend.groups.map((g) => g.cohorts.length))).toBeGreaterThanOrEqual(4);
    await expectTables(trend.groups);
    expect(await page.locator("[data-chart-ready] svg").count()).toBe(2);
    await browser.screenshot("trend-kwartalen");
    expect(browser.errors).toEqual([]);
  });

  it("tells a team lead which groups and cells of the whole municipality it may not see", async () => {
    const { page } = browser;
    await page.getByLabel("Team", { exact: true }).selectOption("");
    await page.getByRole("button", { name: "Toon" }).click();
    const note = page.getByText(/^Niet getoond/);
    await note.waitFor();
    const trend = await trendOf("QUARTER", {});
    expect(trend.suppressedGroups.length).toBeGreaterThanOrEqual(2);
    const text = await note.textContent();
    for (const hidden of trend.suppressedGroups)
      expect(text).toContain(hidden.period ? `${hidden.label} (${hidden.period})` : hidden.label);
    await expectTables(trend.groups);
    // A hidden group has no table.
    const captions = await page.locator("caption").allTextContents();
    for (const hidden of trend.suppressedGroups.filter((s) => !s.period))
      expect(captions).not.toContain(`${hidden.label}: per cohort`);
    await browser.screenshot("trend-gemeente");
    expect(browser.errors).toEqual([]);
  });
});
