import { seedDemoData } from "../../../api/demo/demo";
import { startTestServer, type TestServer } from "../../support/test-server";
import { openBrowser, signInDev, type TestBrowser } from "../../support/browser";

const ZWOLLE = "55414a4f-c727-521c-9fd6-6e26325c15ad";

// The analyst's GraphQL IDE in a real Chromium: bundled with the app, it loads and queries with
// the signed-in token, and the browser asks nothing of any other origin (no CDN, no telemetry).
describe("web: GraphQL-verkenner", () => {
  let t: TestServer;
  let browser: TestBrowser;
  const foreign: string[] = [];

  beforeAll(async () => {
    t = await startTestServer({ config: { devSignIn: true } });
    await seedDemoData(t.database.dataSource);
    browser = await openBrowser(t.url);
    browser.page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(t.url) && !url.startsWith("data:") && !url.startsWith("blob:"))
        foreign.push(url);
    });
  }, 120000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("opens from the header and runs a query as the signed-in analyst", async () => {
    const { page } = browser;
    await page.goto("/");
    await signInDev(page, { role: "ANALYST", municipality: ZWOLLE });
    await page.getByRole("link", { name: "GraphQL-verkenner" }).click();
    await page.waitForURL("**/graphiql");
    const run = page.getByRole("button", { name: /Execute query/ });
    await run.waitFor({ timeout: 30000 });
    await page.locator(".graphiql-editor .monaco-editor").first().waitFor();
    await run.click();
    await page.getByText('"ANALYST"').waitFor({ timeout: 30000 });
    await page.getByText('"Zwolle"').first().waitFor();
    await browser.screenshot("graphiql");
    expect(foreign).toEqual([]);
    expect(browser.errors).toEqual([]);
  });

  it("is not offered to a team lead", async () => {
    const { page } = browser;
    await page.goto("/");
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await signInDev(page, { role: "TEAM_LEAD", municipality: ZWOLLE, team: { index: 1 } });
    expect(await page.getByRole("link", { name: "GraphQL-verkenner" }).count()).toBe(0);
  });
});
