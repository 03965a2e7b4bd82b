import { seedDemoData } from "../../../api/demo/demo";
import { MODEL_A_ID } from "../../../schema/quadrant-model";
import { startTestServer, type TestServer } from "../../support/test-server";
import { openBrowser, signInDev, type TestBrowser } from "../../support/browser";

const ZWOLLE = "55414a4f-c727-521c-9fd6-6e26325c15ad";
const oneDecimal = new Intl.NumberFormat("nl-NL", {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const hours = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });
const xy = (x: string, y: string) =>
  `${oneDecimal.format(x as unknown as number)}; ${oneDecimal.format(y as unknown as number)}`;

// The analyst's quadrant page in a real Chromium on the demo data: the survey's team means, the
// provisions' places and the effort per team and quadrant equal the API's, in two requests.
describe("web: kwadranten", () => {
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

  it("shows the survey, the provisions and the effort as the API gives them", async () => {
    const { page } = browser;
    await page.goto("/kwadranten");
    // Listening from before the sign-in: the sign-in form itself sends nothing to /graphql.
    const graphql: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/graphql")) graphql.push(request.postData() ?? "");
    });
    await signInDev(page, { role: "ANALYST", municipality: ZWOLLE });
    await page.getByRole("heading", { name: "Kwadranten", level: 1 }).waitFor();

    const analyst = await t.as("ANALYST", ZWOLLE);
    const year = new Date().getFullYear() - 1;
    const api = await analyst.ok(
      `query ($modelId: ID!, $from: Date!, $to: Date!) {
         positionSurveys(filter: { modelId: $modelId }) { edges { node { id title
           summary(groupBy: TEAM) { group subject horizon n meanX meanY quadrantClass } } } }
         provisions(first: 100) { edges { node { name placement(modelId: $modelId) { x y quadrantClass } } } }
         effortByQuadrant(modelId: $modelId, filter: { from: $from, to: $to }) {
           team { name } quadrantClass hours offerCount } }`,
      { modelId: MODEL_A_ID, from: `${year}-01-01`, to: `${year}-12-31` },
    );
    const survey = api.positionSurveys.edges[0].node;
    expect(survey.title).toBe("Positiebepaling Zwolle 2025");

    const means = page.locator("table", { hasText: "Gemiddelde positie per team" });
    await means.locator("tbody tr").first().waitFor();
    const own = survey.summary.filter((s: { subject: string }) => s.subject === "SELF");
    expect(await means.locator("tbody tr").count()).toBe(own.length);
    for (const row of own) {
      const tr = means.locator("tbody tr").filter({
        has: page.getByRole("rowheader", { name: row.group, exact: true }),
        hasText: row.horizon === "CURRENT" ? "nu" : "gewenst",
      });
      const cells = await tr.locator("td").allTextContents();
      // moment, respondents, mean x, mean y, class, shift
      expect(cells[1]).toBe(String(row.n));
      expect(cells[2]).toBe(oneDecimal.format(row.meanX));
      expect(cells[3]).toBe(oneDecimal.format(row.meanY));
      expect(cells[4].split(" · ")[0]).toBe(row.quadrantClass);
    }

    const provisions = page.locator("table", { hasText: "Zorglaag" }).locator("tbody tr");
    const placed = api.provisions.edges
      .map((e: { node: { name: string; placement: { x: string; y: string } | null } }) => e.node)
      .filter((p: { placement: unknown }) => p.placement);
    expect(await provisions.count()).toBe(placed.length);
    const first = placed.sort((a: { name: string }, b: { name: string }) =>
      a.name.localeCompare(b.name, "nl"),
    )[0];
    const firstCells = await provisions.first().locator("td").allTextContents();
    expect(xy(firstCells[1].replace(",", "."), firstCells[2].replace(",", "."))).toBe(
      xy(first.placement.x, first.placement.y),
    );

    const effort = page.locator("table", { hasText: "Uren (interventie)" }).locator("tbody tr");
    expect(await effort.count()).toBe(api.effortByQuadrant.length);
    const firstEffort = api.effortByQuadrant[0];
    const effortCells = await effort.first().locator("td").allTextContents();
    expect(effortCells[1]).toBe(hours.format(firstEffort.hours));
    expect(effortCells[2]).toBe(String(firstEffort.offerCount));

    expect(await page.locator("[data-chart-ready] svg").count()).toBe(3);
    // The viewer and the navigation's data, then the page's choices and its data: one request
    // for the page's figures, not one per chart.
    expect(graphql.filter((body) => body.includes("QuadrantPage")).length).toBe(1);
    expect(graphql.filter((body) => body.includes("QuadrantChoices")).length).toBe(1);
    await browser.screenshot("kwadranten");
    await page
      .locator("figure")
      .first()
      .screenshot({ path: "test-results/screenshots/kwadranten-positiebepaling.png" });
    await page
      .locator("figure")
      .nth(1)
      .screenshot({ path: "test-results/screenshots/kwadranten-voorzieningen.png" });

    await page.getByLabel("Positie van").selectOption("TEAM");
    await page.getByText("Positiebepaling Zwolle 2025: Positie van het team").first().waitFor();
    expect(browser.errors).toEqual([]);
  });
});
