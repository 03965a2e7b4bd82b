import { seedDemoData } from "../../../api/demo/demo";
import { startTestServer, type TestServer } from "../../support/test-server";
import { openBrowser, signInDev, type TestBrowser } from "../../support/browser";

// The demo's fixed ids (api/demo/demo-ids.ts): Zwolle and its Wijkteam Midden.
const ZWOLLE = "55414a4f-c727-521c-9fd6-6e26325c15ad";
const MIDDEN = "dc7d242d-1e63-5bdf-9e07-5c88964945e8";

const CATEGORY = `key label
  municipalities { municipality own suppressed suppression counted cases investment presentValue
    npv sroiRatio costPerCase paybackMonth }
  platform { municipalities cases investment presentValue npv sroiRatio costPerCase
    sroiRatioAcross { n q1 median q3 } }
  ownRank { sroiRatio costPerCase of }`;
const BENCHMARK = `query ($by: BenchmarkDimension!, $period: BenchmarkPeriodInput!) {
  effectBenchmark(by: $by, period: $period) {
    minGroupSize categories { ${CATEGORY} } total { ${CATEGORY} } } }`;
// The demo's registrations cover 2025 and the first quarter of 2026.
const PERIOD = { from: "2025-01-01", to: "2025-12-31" };

// The page's formats (web/src/format.ts), written out again: the test must not borrow them.
const euroFormat = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
const ratioFormat = new Intl.NumberFormat("nl-NL", {
  minimumFractionDigits: 3,
  maximumFractionDigits: 3,
});
const dash = <V>(value: V | null, format: (v: V) => string) =>
  value === null ? "–" : format(value);
const euro = (v: string | null) => dash(v, (x) => euroFormat.format(x as unknown as number));
const ratio = (v: string | null) => dash(v, (x) => ratioFormat.format(x as unknown as number));
const count = (v: number | null) => dash(v, (x) => x.toLocaleString("nl-NL"));

interface Entry {
  municipality: string;
  own: boolean;
  suppressed: boolean;
  suppression: string | null;
  counted: boolean;
  cases: number | null;
  investment: string | null;
  presentValue: string | null;
  npv: string | null;
  sroiRatio: string | null;
  costPerCase: string | null;
  paybackMonth: number | null;
}
interface Category {
  key: string | null;
  label: string;
  municipalities: Entry[];
  platform: Record<string, any>;
  ownRank: { sroiRatio: number | null; costPerCase: number | null; of: number } | null;
}

// The analyst's benchmark in a real Chromium against the real server and the demo data's five
// municipalities: every figure is effectBenchmark's, Zwolle by name and the others anonymised.
describe("web: benchmark", () => {
  let t: TestServer;
  let browser: TestBrowser;
  let otherNames: string[];

  beforeAll(async () => {
    t = await startTestServer({ config: { devSignIn: true } });
    await seedDemoData(t.database.dataSource);
    const others: { name: string }[] = await t.database.dataSource.query(
      "SELECT name FROM municipality WHERE id <> $1",
      [ZWOLLE],
    );
    otherNames = others.map((m) => m.name);
    browser = await openBrowser(t.url);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("shows Zwolle's analyst every category's figures as the API gives them, the others anonymised", async () => {
    const { page } = browser;
    await page.goto("/benchmark");
    await signInDev(page, { role: "ANALYST", municipality: ZWOLLE });
    await page.getByRole("heading", { name: "Benchmark tussen gemeenten" }).waitFor();
    await page.getByLabel("Van jaar").selectOption("2025");
    await page.getByLabel("Van kwartaal").selectOption("1");
    await page.getByLabel("Tot en met jaar").selectOption("2025");
    await page.getByLabel("Tot en met kwartaal").selectOption("4");
    await page.getByRole("button", { name: "Toon" }).click();
    await page.locator(".benchmark-category table").first().waitFor();

    const analyst = await t.as("ANALYST", ZWOLLE);
    const api = (await analyst.ok(BENCHMARK, { by: "ARRANGEMENT_FORM", period: PERIOD }))
      .effectBenchmark;
    const categories: Category[] = [api.total, ...api.categories];
    expect(categories.length).toBeGreaterThan(3);
    const tables = page.locator(".benchmark-category table");
    expect(await tables.count()).toBe(categories.length);
    let withheld = 0;
    for (const [index, category] of categories.entries()) {
      const table = tables.nth(index);
      expect(await table.locator("caption").textContent()).toBe(category.label);
      expect(await table.locator("tbody th").allTextContents()).toEqual(
        category.municipalities.map((m) => m.municipality),
      );
      for (const [row, m] of category.municipalities.entries()) {
        const cells = await table.locator("tbody tr").nth(row).locator("td").allTextContents();
        expect(cells.slice(0, 7)).toEqual([
          count(m.cases),
          euro(m.investment),
          euro(m.presentValue),
          euro(m.npv),
          ratio(m.sroiRatio),
          euro(m.costPerCase),
          count(m.paybackMonth),
        ]);
        if (m.suppression === "TOO_FEW_CASES") {
          expect(cells[7]).toBe(`niet getoond: minder dan ${api.minGroupSize} casussen`);
          withheld++;
        }
        if (m.suppressed) expect(cells[7]).toMatch(/^niet getoond/);
      }
      const platform = category.platform;
      const footer = await table.locator("tfoot td").allTextContents();
      expect(await table.locator("tfoot th").textContent()).toBe(
        `Platform (${platform.municipalities} gemeenten)`,
      );
      expect(footer.slice(0, 6)).toEqual([
        count(platform.cases),
        euro(platform.investment),
        euro(platform.presentValue),
        euro(platform.npv),
        ratio(platform.sroiRatio),
        euro(platform.costPerCase),
      ]);
      const facts = page.locator(".benchmark-category").nth(index).locator("dd");
      const across = platform.sroiRatioAcross;
      expect(await facts.nth(0).textContent()).toBe(
        `mediaan ${ratio(across.median)} (Q1 ${ratio(across.q1)}, Q3 ${ratio(across.q3)}; n = ${across.n})`,
      );
      const rank = category.ownRank!;
      expect(await facts.nth(2).textContent()).toBe(
        rank.sroiRatio || rank.costPerCase
          ? `SROI: ${rank.sroiRatio ?? "–"} van ${rank.of} · Kosten per casus: ${rank.costPerCase ?? "–"} van ${rank.of}`
          : "niet gerangschikt: de eigen groep telt niet mee",
      );
    }
    expect(withheld).toBeGreaterThan(0);

    // The chart's table: per category every municipality's SROI ratio and the median.
    const chartTable = page.locator("figure table");
    const names = api.total.municipalities.map((m: Entry) => m.municipality);
    expect(names).toEqual(["Zwolle", "gemeente A", "gemeente B", "gemeente C", "gemeente D"]);
    expect(await chartTable.locator("thead th").allTextContents()).toEqual([
      "Categorie",
      ...names,
      "Q1",
      "Mediaan",
      "Q3",
    ]);
    for (const [index, category] of categories.entries()) {
      const cells = await chartTable.locator("tbody tr").nth(index).locator("td").allTextContents();
      expect(cells).toEqual([
        ...category.municipalities.map((m) => ratio(m.sroiRatio)),
        ratio(category.platform.sroiRatioAcross.q1),
        ratio(category.platform.sroiRatioAcross.median),
        ratio(category.platform.sroiRatioAcross.q3),
      ]);
    }
    expect(await page.locator("[data-chart-ready] svg").count()).toBe(1);

    // Zwolle by name; no other municipality's name anywhere on the page.
    const text = (await page.locator("body").textContent()) ?? "";
    expect(text).toContain("Zwolle");
    expect(otherNames.length).toBe(4);
    for (const name of otherNames)
      expect({ name, found: text.includes(name) }).toEqual({
        name,
        found: false,
      });
    await browser.screenshot("benchmark");
    expect(browser.errors).toEqual([]);
  });

  it("compares by quadrant in model A, and shows the API's refusal of a period that runs backwards", async () => {
    const { page } = browser;
    await page.getByLabel("Vergelijken per").selectOption("QUADRANT");
    await page.getByLabel("Kwadrantmodel").waitFor();
    await page.getByRole("button", { name: "Toon" }).click();
    const analyst = await t.as("ANALYST", ZWOLLE);
    const api = (await analyst.ok(BENCHMARK, { by: "QUADRANT", period: PERIOD })).effectBenchmark;
    const labels = [api.total, ...api.categories].map((c: Category) => c.label);
    await page.locator(".benchmark-category caption", { hasText: labels[1] }).waitFor();
    expect(await page.locator(".benchmark-category caption").allTextContents()).toEqual(labels);
    const own = await page
      .locator(".benchmark-category table")
      .first()
      .locator("tbody tr")
      .first()
      .locator("td")
      .allTextContents();
    expect(own[4]).toBe(ratio(api.total.municipalities[0].sroiRatio));

    await page.getByLabel("Van kwartaal").selectOption("3");
    await page.getByLabel("Tot en met kwartaal").selectOption("1");
    await page.getByRole("button", { name: "Toon" }).click();
    await page.getByRole("alert").filter({ hasText: "period.to" }).waitFor();
    expect(await page.locator(".benchmark-category").count()).toBe(0);
    expect(browser.errors).toEqual([]);
  });

  it("gives a team lead no benchmark link, and no benchmark", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.goto("/benchmark");
    await signInDev(page, { role: "TEAM_LEAD", municipality: ZWOLLE, team: MIDDEN });
    const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
    const links = await nav.getByRole("link").allTextContents();
    expect(links).toContain("Hypothese");
    expect(links).not.toContain("Benchmark");
    await page.getByText("Deze pagina is niet beschikbaar voor uw rol.").waitFor();
    expect(browser.errors).toEqual([]);
  });
});
