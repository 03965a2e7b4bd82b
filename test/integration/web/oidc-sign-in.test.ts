import { seedDemoData } from "../../../api/demo/demo";
import { readOidcConfig } from "../../../api/platform/config";
import { startTestServer, type TestServer } from "../../support/test-server";
import { openBrowser, type TestBrowser } from "../../support/browser";
import {
  CLAIM_NAMES,
  freePort,
  startOidcProvider,
  type TestOidcProvider,
} from "../../support/oidc-provider";

// Signing in through the municipality's identity provider in a real Chromium: a real OpenID
// provider on another loopback port (cross-origin), authorization code with PKCE, its login
// form and consent, back to the page the user opened, with the provider's access token.
describe("web: inloggen bij de identiteitsprovider van de gemeente", () => {
  let idp: TestOidcProvider;
  let t: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    const port = await freePort();
    idp = await startOidcProvider({ redirectUri: `http://127.0.0.1:${port}/auth/callback` });
    const oidc = readOidcConfig({
      KWADRANT_OIDC_ISSUER: idp.issuer,
      KWADRANT_OIDC_CLIENT_ID: idp.clientId,
      KWADRANT_OIDC_AUDIENCE: idp.audience,
      KWADRANT_OIDC_ROLE_CLAIM: CLAIM_NAMES.roleClaim,
      KWADRANT_OIDC_MUNICIPALITY_CLAIM: CLAIM_NAMES.municipalityClaim,
      KWADRANT_OIDC_TEAMS_CLAIM: CLAIM_NAMES.teamsClaim,
    });
    t = await startTestServer({ config: { port, oidc } });
    await seedDemoData(t.database.dataSource);
    browser = await openBrowser(t.url);
    // The provider's development login page (oidc-provider's own, not Kwadrant's) links a
    // Google font and has no favicon; on the closed test network both would be logged as load
    // errors that are not the application's, so they are answered empty here. Every other
    // request, the provider's and Kwadrant's, goes through untouched.
    await browser.context.route(/^https:\/\/fonts\.googleapis\.com\//, (route) =>
      route.fulfill({ status: 200, contentType: "text/css", body: "" }),
    );
    await browser.context.route(`${idp.issuer}/favicon.ico`, (route) =>
      route.fulfill({ status: 204 }),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
    await idp?.stop();
  });

  /** The token and the UserManager's user in the tab's sessionStorage. */
  async function signInKeys(): Promise<string[]> {
    const keys = await browser.page.evaluate<string[]>("Object.keys(sessionStorage)");
    return keys.filter((key) => key === "kwadrant.token" || key.startsWith("oidc.user")).sort();
  }

  it("signs in at the provider and returns to /vergelijken as the team lead of Wijkteam Midden", async () => {
    const { page } = browser;
    await page.goto("/vergelijken");
    await page.getByRole("heading", { name: "Inloggen bij uw gemeente" }).waitFor();
    // No developer sign-in beside the identity provider.
    expect(await page.getByLabel("Rol").count()).toBe(0);
    await page.getByRole("button", { name: "Inloggen" }).click();

    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.locator('input[name="login"]').fill("teamleider");
    await page.locator('input[name="password"]').fill("willekeurig");
    await page.getByRole("button", { name: "Sign-in" }).click();
    await page.getByRole("button", { name: "Continue" }).click();

    await page.waitForURL(`${t.url}/vergelijken`);
    await page.getByRole("heading", { name: "Arrangementen vergelijken" }).waitFor();
    await page.locator("table").first().waitFor();
    expect(await page.locator(".who").textContent()).toBe("TEAM_LEAD · Zwolle · Wijkteam Midden");
    expect(await page.locator("table tbody tr").count()).toBeGreaterThan(1);

    // The bearer token is the provider's access token, kept for this tab only.
    const token = await page.evaluate<string | null>(`sessionStorage.getItem("kwadrant.token")`);
    const payload = JSON.parse(Buffer.from(token!.split(".")[1], "base64url").toString());
    expect(payload).toMatchObject({ iss: idp.issuer, aud: idp.audience, sub: "teamleider" });
    expect(await signInKeys()).toEqual([
      "kwadrant.token",
      `oidc.user:${idp.issuer}:${idp.clientId}`,
    ]);
    await browser.screenshot("oidc-vergelijken");
    expect(browser.errors).toEqual([]);
  });

  it("signs out: the token and the provider's user of the tab are gone", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.getByRole("heading", { name: "Inloggen bij uw gemeente" }).waitFor();
    expect(await signInKeys()).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
