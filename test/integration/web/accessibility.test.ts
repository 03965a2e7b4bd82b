/// <reference lib="dom" />
import AxeBuilder from "@axe-core/playwright";
import { seedDemoData } from "../../../api/demo/demo";
import { startTestServer, type TestServer } from "../../support/test-server";
import { openBrowser, signInDev, type TestBrowser } from "../../support/browser";

const ZWOLLE = "55414a4f-c727-521c-9fd6-6e26325c15ad";
const PAGES = [
  "/",
  "/vergelijken",
  "/substitutie",
  "/kwadranten",
  "/casus",
  "/verantwoording",
  "/hypothese",
  "/trend",
  "/herverdeling",
];

// Every page a finance officer and an analyst open, checked by axe-core in a real Chromium, and
// walked with the Tab key: no serious violation, and every control can be reached.
describe("web: accessibility", () => {
  let t: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    t = await startTestServer({ config: { devSignIn: true } });
    await seedDemoData(t.database.dataSource);
    browser = await openBrowser(t.url);
    const { page } = browser;
    await page.goto("/");
    await signInDev(page, { role: "FINANCE", municipality: ZWOLLE });
  }, 120000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it.each(PAGES)("%s has no serious violation and Tab reaches every control", async (path) => {
    const { page } = browser;
    await page.goto(path);
    await page.locator("main h1").first().waitFor();
    await page.waitForLoadState("networkidle");
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(serious).toEqual([]);

    const controls = await page.evaluate(() =>
      Array.from(document.querySelectorAll("a[href], button, input, select, textarea"))
        .filter((e) => !(e as HTMLButtonElement).disabled && (e as HTMLElement).offsetParent)
        .map((e, i) => {
          e.setAttribute("data-control", String(i));
          return String(i);
        }),
    );
    const reached = new Set<string>();
    await page.locator("body").focus();
    // Charts and scroll containers may take a Tab stop too: walk until all are reached or the
    // focus has gone round the page twice.
    for (let i = 0; i < controls.length * 2 + 20 && reached.size < controls.length; i++) {
      await page.keyboard.press("Tab");
      const at = await page.evaluate(() => document.activeElement?.getAttribute("data-control"));
      if (at) reached.add(at);
    }
    const missed = await page.evaluate(
      (ids) =>
        ids.map((id) => document.querySelector(`[data-control="${id}"]`)?.outerHTML.slice(0, 120)),
      controls.filter((c) => !reached.has(c)),
    );
    expect(missed).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
