import { seedDemoData } from "../../../api/demo/demo";
import { startTestServer, type TestServer } from "../../support/test-server";
import type { Locator } from "playwright-core";
import { openBrowser, signInDev, type TestBrowser } from "../../support/browser";

// The demo's fixed ids (api/demo/demo-ids.ts): Zwolle and its Wijkteam Midden.
const ZWOLLE = "55414a4f-c727-521c-9fd6-6e26325c15ad";
const MIDDEN = "dc7d242d-1e63-5bdf-9e07-5c88964945e8";

const HYPOTHESIS = `query ($filter: CaseFilter) {
  quadrantHypothesis(filter: $filter, lags: [0, 3, 6], unit: DISTRICT, granularity: MONTH,
      effort: HOURS, demand: NEW_CASES) {
    suppressedCells units { id name }
    lags { lag nObservations nUnits nPeriods points { unitId period effortPeriod effort demand }
      pearson { estimate lower upper } spearman { estimate lower upper }
      fixedEffects { slope standardError pValue lower upper }
      refused { code } sentence { nl en } } } }`;

// The page's formats (web/src/format.ts), written out again: the test must not borrow them.
const nl = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat("nl-NL", options);
const r3 = nl({ minimumFractionDigits: 3, maximumFractionDigits: 3 });
const est = nl({
  maximumSignificantDigits: 3,
  maximumFractionDigits: 0,
  roundingPriority: "morePrecision",
} as Intl.NumberFormatOptions);
const quantity = nl({ maximumFractionDigits: 4 });
const p = (value: number) => (value < 0.001 ? "< 0,001" : r3.format(value));
const range = (b: { lower: number; upper: number }, f: Intl.NumberFormat, to = "tot") =>
  `${f.format(b.lower)} ${to} ${f.format(b.upper)}`;

/** The estimates table's cells by column (one per lag), without the statistics' names. */
async function columnsOf(table: Locator): Promise<string[][]> {
  const rows = await table
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent ?? "")),
    );
  return rows[0].map((_, column) => rows.map((row) => row[column]));
}

interface Lag {
  lag: number;
  nObservations: number;
  nUnits: number;
  nPeriods: number;
  points: {
    unitId: string;
    period: string;
    effortPeriod: string;
    effort: number;
    demand: number;
  }[];
  pearson: { estimate: number; lower: number; upper: number } | null;
  spearman: { estimate: number; lower: number; upper: number } | null;
  fixedEffects: {
    slope: number;
    standardError: number;
    pValue: number;
    lower: number;
    upper: number;
  } | null;
  refused: { code: string } | null;
  sentence: { nl: string; en: string };
}

// The analyst's hypothesis page in a real Chromium against the real server and the demo data:
// the findings, estimates and points are quadrantHypothesis's, formatted the Dutch way.
describe("web: hypothese", () => {
  let t: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    t = await startTestServer({ config: { devSignIn: true } });
    await seedDemoData(t.database.dataSource);
    browser = await openBrowser(t.url);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("shows Zwolle's analyst the API's findings, estimates per lag and points", async () => {
    const { page } = browser;
    await page.goto("/hypothese");
    await signInDev(page, { role: "ANALYST", municipality: ZWOLLE });
    await page.getByRole("heading", { name: /^Hypothese/ }).waitFor();
    const table = page.locator("table", { hasText: "Schattingen per vertraging" });
    await table.waitFor();

    const analyst = await t.as("ANALYST", ZWOLLE);
    const api = (await analyst.ok(HYPOTHESIS, { filter: { municipalityId: ZWOLLE } }))
      .quadrantHypothesis;
    const lags = api.lags as Lag[];
    expect(lags.map((l) => l.lag)).toEqual([0, 3, 6]);
    expect(api.suppressedCells).toBe(0);
    expect(await page.locator(".finding").allTextContents()).toEqual(
      lags.map((l) => l.sentence.nl),
    );

    // One column per lag; the rows are the statistics.
    expect(await table.locator("thead th").allTextContents()).toEqual([
      "Grootheid",
      "Vertraging 0",
      "Vertraging 3",
      "Vertraging 6",
    ]);
    const columns = await columnsOf(table);
    for (const [index, lag] of lags.entries()) {
      expect(lag.refused).toBeNull();
      const [pearson, spearman, fe] = [lag.pearson!, lag.spearman!, lag.fixedEffects!];
      expect(columns[index]).toEqual([
        r3.format(pearson.estimate),
        range(pearson, r3),
        r3.format(spearman.estimate),
        range(spearman, r3),
        est.format(fe.slope),
        est.format(fe.standardError),
        range(fe, est),
        p(fe.pValue),
        String(lag.nObservations),
        String(lag.nUnits),
        String(lag.nPeriods),
      ]);
    }
    expect(await table.locator("tbody th").allTextContents()).toEqual([
      "Pearson r",
      "Pearson r: 95%-interval",
      "Spearman ρ",
      "Spearman ρ: 95%-interval",
      "Helling (vaste effecten)",
      "Standaardfout",
      "Helling (vaste effecten): 95%-interval",
      "p-waarde helling",
      "Waarnemingen",
      "Eenheden",
      "Perioden",
    ]);

    expect(await page.locator("[data-chart-ready] svg").count()).toBe(3);
    // Lag 3's points, in its folded table: every pair the API gave, in its order.
    const three = lags[1];
    const names = new Map(api.units.map((u: { id: string; name: string }) => [u.id, u.name]));
    const details = page.locator("figure details").nth(1);
    await details.locator("summary").click();
    const pointRows = details.locator("tbody tr");
    expect(await pointRows.count()).toBe(three.points.length);
    for (const i of [0, three.points.length - 1]) {
      const point = three.points[i];
      const cells = await pointRows.nth(i).locator("th, td").allTextContents();
      expect([cells[0], cells[3], cells[4]]).toEqual([
        names.get(point.unitId),
        quantity.format(point.effort),
        quantity.format(point.demand),
      ]);
    }
    await browser.screenshot("hypothese");
    expect(browser.errors).toEqual([]);

    // In English the findings are the API's English sentences; the numbers stay Dutch.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: /^Hypothesis/ }).waitFor();
    expect(await page.locator(".finding").allTextContents()).toEqual(
      lags.map((l) => l.sentence.en),
    );
    const english = await columnsOf(page.locator("table", { hasText: "Estimates per lag" }));
    expect(english[0][1]).toBe(range(lags[0].pearson!, r3, "to"));
    await page.getByRole("button", { name: "Nederlands" }).click();
  });

  it("says which lag the API could not estimate and why, and shows its refusals", async () => {
    const { page } = browser;
    await page.getByLabel("Eenheid").selectOption("TEAM");
    await page.getByLabel("Perioden", { exact: true }).selectOption("QUARTER");
    await page.getByLabel(/^Vertragingen/).fill("0, 5");
    await page.getByRole("button", { name: "Toon" }).click();
    const analyst = await t.as("ANALYST", ZWOLLE);
    const api = await analyst.ok(
      `{ quadrantHypothesis(filter: { municipalityId: "${ZWOLLE}" }, lags: [0, 5], unit: TEAM,
          granularity: QUARTER) { lags { lag refused { code reason { nl } } sentence { nl } } } }`,
    );
    const refused = api.quadrantHypothesis.lags[1];
    expect(refused.refused).not.toBeNull();
    const table = page.locator("table", { hasText: "Schattingen per vertraging" });
    await table.getByText(refused.refused.reason.nl).waitFor();
    const [zero, five] = await columnsOf(table);
    expect(zero[0]).not.toBe("");
    expect(five.slice(0, 8)).toEqual(Array(8).fill(""));
    expect(five.at(-1)).toBe(refused.refused.reason.nl);
    expect(zero.at(-1)).toBe("");
    expect(await page.locator(".finding").nth(1).textContent()).toBe(refused.sentence.nl);

    // A lag the API refuses as input: its message, clearly.
    await page.getByLabel(/^Vertragingen/).fill("40");
    await page.getByRole("button", { name: "Toon" }).click();
    await page.getByRole("alert").filter({ hasText: "lags[0]" }).waitFor();
    // Text that is no list of whole numbers is not sent.
    await page.getByLabel(/^Vertragingen/).fill("drie");
    await page.getByRole("button", { name: "Toon" }).click();
    await page.getByRole("alert").filter({ hasText: "hele getallen" }).waitFor();
    expect(browser.errors).toEqual([]);
  });

  it("tells a team lead how many cells of the whole municipality it does not see", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.goto("/hypothese");
    await signInDev(page, { role: "TEAM_LEAD", municipality: ZWOLLE, team: MIDDEN });
    const note = page.locator(".notice");
    await note.waitFor();
    const lead = await t.as("TEAM_LEAD", ZWOLLE, [MIDDEN]);
    const api = (await lead.ok(HYPOTHESIS, {})).quadrantHypothesis;
    expect(api.suppressedCells).toBeGreaterThan(0);
    expect(await note.textContent()).toMatch(
      new RegExp(`^${api.suppressedCells} cellen van het panel .* niet getoond`),
    );
    const lags = api.lags as Lag[];
    const details = page.locator("figure details");
    for (const [index, lag] of lags.entries()) {
      expect(await details.nth(index).locator("tbody tr").count()).toBe(lag.points.length);
    }
    // A lag whose every cell is withheld has no chart, and says so.
    const empty = lags.filter((l) => l.points.length === 0).length;
    expect(empty).toBeGreaterThan(0);
    expect(await page.getByText("Geen punten te tonen").count()).toBe(empty);
    expect(await page.locator("[data-chart-ready] svg").count()).toBe(3 - empty);
    await browser.screenshot("hypothese-teamleider");
    expect(browser.errors).toEqual([]);
  });
});
