import { seedDemoData } from "../../../api/demo/demo";
import { startTestServer, type TestServer } from "../../support/test-server";
import { openBrowser, signInDev, type TestBrowser } from "../../support/browser";

// The demo's fixed ids (api/demo/demo-ids.ts): Zwolle and its Wijkteam Midden.
const ZWOLLE = "55414a4f-c727-521c-9fd6-6e26325c15ad";
const MIDDEN = "dc7d242d-1e63-5bdf-9e07-5c88964945e8";

const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
const ratio = (value: string) =>
  new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(
    value as unknown as number,
  );

// The team lead's page in a real Chromium against the real server and the demo data: signed in
// through the developer sign-in, every group's figures equal effectComparison's.
describe("web: arrangementen vergelijken", () => {
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

  it("signs in as the team lead of Wijkteam Midden and shows the API's figures per arrangement", async () => {
    const { page } = browser;
    await page.goto("/vergelijken");
    await signInDev(page, { role: "TEAM_LEAD", municipality: ZWOLLE, team: MIDDEN });
    await page.getByRole("heading", { name: "Arrangementen vergelijken" }).waitFor();
    await page.locator("table").first().waitFor();

    const lead = await t.as("TEAM_LEAD", ZWOLLE, [MIDDEN]);
    const api = await lead.ok(
      `query ($teamId: ID) { effectComparison(groupBy: ARRANGEMENT, filter: { teamId: $teamId },
         sensitivityRange: true, settings: { discountFirstYear: false, optimismBias: { B: "0.1", C: "0.25" } }) {
         groups { label npv sroiRatio ratioLow ratioHigh } total { npv } } }`,
      { teamId: MIDDEN },
    );
    const groups = api.effectComparison.groups as {
      label: string;
      npv: string;
      sroiRatio: string;
      ratioLow: string;
      ratioHigh: string;
    }[];
    expect(groups.length).toBeGreaterThan(1);
    const table = page.locator("table").first();
    for (const group of groups) {
      const row = table
        .locator("tbody tr")
        .filter({ has: page.getByRole("rowheader", { name: group.label, exact: true }) });
      const cells = await row.locator("td").allTextContents();
      // columns: cases, investment, present value, NPV, SROI, low, high, payback
      expect(cells[3]).toBe(euro.format(group.npv as unknown as number));
      expect(cells[4]).toBe(ratio(group.sroiRatio));
      expect(cells[5]).toBe(ratio(group.ratioLow));
      expect(cells[6]).toBe(ratio(group.ratioHigh));
    }
    const totalCells = await table.locator("tfoot td").allTextContents();
    expect(totalCells[3]).toBe(euro.format(api.effectComparison.total.npv));
    expect(await page.locator("[data-chart-ready] svg").count()).toBeGreaterThanOrEqual(4);
    await browser.screenshot("vergelijken");
    expect(browser.errors).toEqual([]);
  });

  it("tells a team lead which groups of the whole municipality it may not see", async () => {
    const { page } = browser;
    await page.goto("/vergelijken");
    await page.getByLabel("Team").selectOption("");
    await page.getByRole("button", { name: "Toon" }).click();
    const note = page.getByText(/^Niet getoond/);
    await note.waitFor();
    const lead = await t.as("TEAM_LEAD", ZWOLLE, [MIDDEN]);
    const api = await lead.ok(
      `{ effectComparison(groupBy: ARRANGEMENT) { groups { label } suppressedGroups { label } } }`,
    );
    const hidden = api.effectComparison.suppressedGroups.map((g: { label: string }) => g.label);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    for (const label of hidden) expect(await note.textContent()).toContain(label);
    const rows = await page.locator("table").first().locator("tbody th").allTextContents();
    expect(rows).toEqual(api.effectComparison.groups.map((g: { label: string }) => g.label));
  });

  it("links only to the pages the role may open", async () => {
    const nav = browser.page.getByRole("navigation", { name: "Hoofdmenu" });
    expect(await nav.getByRole("link").allTextContents()).toEqual([
      "Overzicht",
      "Arrangementen vergelijken",
      "Substitutie",
      "Kwadranten",
      "Casus",
      "Hypothese",
      "Trend",
      "Herverdelen",
    ]);
  });

  it("shows the team's months on the overview as teamMonths answers them", async () => {
    const { page } = browser;
    await page.getByRole("link", { name: "Overzicht" }).click();
    await page.getByRole("heading", { name: "Overzicht" }).waitFor();
    const year = new Date().getFullYear() - 1;
    const lead = await t.as("TEAM_LEAD", ZWOLLE, [MIDDEN]);
    const api = await lead.ok(
      `query ($teamId: ID!, $from: Date!, $to: Date!) {
         teamMonths(teamId: $teamId, from: $from, to: $to) { month individualHours collectiveHours } }`,
      { teamId: MIDDEN, from: `${year}-01-01`, to: `${year}-12-31` },
    );
    const table = page.locator("table", { hasText: "Individueel (uur)" });
    await table.waitFor();
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBe(api.teamMonths.length);
    const hours = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });
    const first = await rows.first().locator("td").allTextContents();
    expect(first[3]).toBe(hours.format(api.teamMonths[0].individualHours));
    expect(first[4]).toBe(hours.format(api.teamMonths[0].collectiveHours));
    await browser.screenshot("overzicht");
    expect(browser.errors).toEqual([]);
  });
});
