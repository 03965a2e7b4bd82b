import { seedDemoData } from "../../../api/demo/demo";
import { startTestServer, type TestServer } from "../../support/test-server";
import { openBrowser, signInDev, type TestBrowser } from "../../support/browser";

const ZWOLLE = "55414a4f-c727-521c-9fd6-6e26325c15ad";
const MIDDEN = "dc7d242d-1e63-5bdf-9e07-5c88964945e8";
const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
const integer = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });

// The team lead's case page in a real Chromium: the list counts what cases counts, a search by
// reference finds the case, and its detail shows the effect and timeline case(id) gives.
describe("web: casus", () => {
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

  it("lists the team's cases and opens one with the API's effect", async () => {
    const { page } = browser;
    await page.goto("/casus");
    await signInDev(page, { role: "TEAM_LEAD", municipality: ZWOLLE, team: MIDDEN });
    await page.getByRole("heading", { name: "Casussen" }).waitFor();

    const lead = await t.as("TEAM_LEAD", ZWOLLE, [MIDDEN]);
    const list = await lead.ok(
      `{ cases(first: 20) { totalCount edges { node { id reference } } } }`,
    );
    await page.getByText(`Casussen: ${integer.format(list.cases.totalCount)}`).waitFor();
    const rows = page.locator("table tbody tr");
    expect(await rows.count()).toBe(Math.min(20, list.cases.totalCount));

    const chosen = list.cases.edges[list.cases.edges.length - 1].node;
    await page.getByLabel("Zoek op kenmerk").fill(chosen.reference);
    await page.getByText("Casussen: 1", { exact: true }).waitFor();
    await page.getByRole("link", { name: chosen.reference, exact: true }).click();
    await page.getByRole("heading", { name: `Casus ${chosen.reference}` }).waitFor();

    const detail = await lead.ok(
      `query ($id: ID!) { case(id: $id) {
         activities { id } outcomes { id }
         effect { investment npv timeline { period cumulative } } } }`,
      { id: chosen.id },
    );
    const fact = (term: string) =>
      page.locator(`dl.facts dt:text-is("${term}") + dd`).textContent();
    expect(await fact("Investering (CW)")).toBe(euro.format(detail.case.effect.investment));
    expect(await fact("NCW")).toBe(euro.format(detail.case.effect.npv));

    const events = page.locator("table", { hasText: "Soort en scenario" }).locator("tbody tr");
    expect(await events.count()).toBe(detail.case.activities.length + detail.case.outcomes.length);
    // the month is the row header; then costs, returns, balance
    const balance = page.locator("table", { hasText: "Cumulatief saldo" }).locator("tbody tr");
    expect(await balance.count()).toBe(detail.case.effect.timeline.length);
    const last = detail.case.effect.timeline[detail.case.effect.timeline.length - 1];
    expect((await balance.last().locator("td").allTextContents())[2]).toBe(
      euro.format(last.cumulative),
    );
    expect(await page.locator("[data-chart-ready] svg").count()).toBe(2);
    await browser.screenshot("casus");
    expect(browser.errors).toEqual([]);
  });
});
