import { seedDemoData } from "../../../api/demo/demo";
import { startTestServer, type TestServer } from "../../support/test-server";
import { openBrowser, signInDev, type TestBrowser } from "../../support/browser";

// The demo's fixed ids (api/demo/demo-ids.ts): Zwolle and its Wijkteam Midden.
const ZWOLLE = "55414a4f-c727-521c-9fd6-6e26325c15ad";
const MIDDEN = "dc7d242d-1e63-5bdf-9e07-5c88964945e8";
const COURSE = "Budgetcursus in groep + individuele schuldhulp";
const DEBT = "Individuele begeleiding schulden";
const SIGNAL = "Signaaltafel armoede";

const euro = (value: string) =>
  new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(
    value as unknown as number,
  );
const ratio = (value: string | null) =>
  value === null
    ? "–"
    : new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(
        value as unknown as number,
      );
const integer = (value: number) => new Intl.NumberFormat("nl-NL").format(value);
const hours = (value: string | null) =>
  value === null
    ? "–"
    : new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 }).format(
        value as unknown as number,
      );
const percent = (value: string) =>
  new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 1 }).format(
    value as unknown as number,
  );

const AMOUNT = "value low high";
const TOTALS = `cases cost { ${AMOUNT} } socialReturn { ${AMOUNT} } net { ${AMOUNT} } sroiRatio { ${AMOUNT} }`;
const SCENARIO = `query ($filter: CaseFilter, $moves: [ReallocationMoveInput!]!) {
  reallocationScenario(filter: $filter, moves: $moves,
    settings: { discountFirstYear: false, optimismBias: { B: "0.1", C: "0.25" } }) {
    baseline { ${TOTALS} } projected { ${TOTALS} } difference { ${TOTALS} }
    moves { fromLabel toLabel share basis casesMoved casesReceived hoursMoved costDifference
      socialReturnDifference netDifference }
    arrangements { label observedCases projectedCases observedHours hoursPerCase costPerCase
      socialReturnPerCase netPerCase } } }`;

// The what-if page in a real Chromium against the real server and the demo data: a move typed
// into the form gives reallocationScenario's figures, ranges and case counts; a refused move
// shows the API's own message.
describe("web: herverdelen (wat als)", () => {
  let t: TestServer;
  let browser: TestBrowser;
  let ids: Map<string, string>;

  beforeAll(async () => {
    t = await startTestServer({ config: { devSignIn: true } });
    await seedDemoData(t.database.dataSource);
    browser = await openBrowser(t.url);
    const rows: { id: string; name: string }[] = await t.database.dataSource.query(
      "SELECT id, name FROM arrangement WHERE municipality_id = $1",
      [ZWOLLE],
    );
    ids = new Map(rows.map((r) => [r.name, r.id]));
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  const lead = () => t.as("TEAM_LEAD", ZWOLLE, [MIDDEN]);
  const move = (index: number) =>
    browser.page.getByRole("group", { name: `Verschuiving ${index}`, exact: true });

  async function enterMove(index: number, from: string, to: string, percentText: string) {
    await move(index).getByLabel("Van arrangement").selectOption({ label: from });
    await move(index).getByLabel("Naar arrangement").selectOption({ label: to });
    await move(index).getByLabel("Aandeel (%)").fill(percentText);
  }

  /** The rows of a table (by caption) as their cells' texts, the row header first. */
  async function rowsOf(caption: string) {
    const table = browser.page.locator("table", {
      has: browser.page.locator("caption", { hasText: caption }),
    });
    await table.waitFor();
    const rows = table.locator("tbody tr");
    const texts: string[][] = [];
    for (let i = 0; i < (await rows.count()); i += 1)
      texts.push(await rows.nth(i).locator("th, td").allTextContents());
    return texts;
  }

  it("projects one move entered in the form as reallocationScenario does, with range and case counts", async () => {
    const { page } = browser;
    await page.goto("/herverdeling");
    await signInDev(page, { role: "TEAM_LEAD", municipality: ZWOLLE, team: MIDDEN });
    await page.getByRole("heading", { name: "Herverdelen (wat als)" }).waitFor();
    expect(await page.getByLabel("Team", { exact: true }).inputValue()).toBe(MIDDEN);
    await move(1).getByRole("option", { name: COURSE }).first().waitFor({ state: "attached" });
    await enterMove(1, DEBT, COURSE, "25");
    await page.getByRole("button", { name: "Bereken" }).click();

    const api = (
      await (
        await lead()
      ).ok(SCENARIO, {
        filter: { teamId: MIDDEN },
        moves: [
          { fromArrangementId: ids.get(DEBT), toArrangementId: ids.get(COURSE), share: "0.25" },
        ],
      })
    ).reallocationScenario;
    const { baseline, projected, difference } = api;
    const money = (key: string, label: string) => [
      label,
      ...[baseline[key].value, projected[key].value, projected[key].low, projected[key].high],
      ...[difference[key].value, difference[key].low, difference[key].high],
    ];
    expect(await rowsOf("Huidig en scenario, met bandbreedte")).toEqual([
      ["Casussen", integer(baseline.cases), integer(projected.cases), "", ""].concat([
        integer(difference.cases),
        "",
        "",
      ]),
      money("cost", "Kosten (CW)").map((v, i) => (i ? euro(v) : v)),
      money("socialReturn", "Opbrengst (CW)").map((v, i) => (i ? euro(v) : v)),
      money("net", "Netto (NCW)").map((v, i) => (i ? euro(v) : v)),
      ["SROI", ratio(baseline.sroiRatio.value), ratio(projected.sroiRatio.value)]
        .concat([ratio(projected.sroiRatio.low), ratio(projected.sroiRatio.high)])
        .concat([ratio(difference.sroiRatio.value), ratio(difference.sroiRatio.low)])
        .concat([ratio(difference.sroiRatio.high)]),
    ]);
    // A range, not one number: the scenario's cost is a real interval on the demo data.
    expect(projected.cost.low).not.toBe(projected.cost.high);

    const [m] = api.moves;
    expect(m).toMatchObject({ fromLabel: DEBT, toLabel: COURSE, basis: "CASES", share: "0.25" });
    expect(await rowsOf("Per verschuiving")).toEqual([
      ["1", DEBT, COURSE, "Casussen", percent(m.share), integer(m.casesMoved)]
        .concat([integer(m.casesReceived), hours(m.hoursMoved), euro(m.costDifference)])
        .concat([euro(m.socialReturnDifference), euro(m.netDifference)]),
    ]);
    expect(await rowsOf("Waarop de cijfers rusten")).toEqual(
      api.arrangements.map((a: any) => [
        a.label,
        integer(a.observedCases),
        integer(a.projectedCases),
        hours(a.observedHours),
        hours(a.hoursPerCase),
        euro(a.costPerCase),
        euro(a.socialReturnPerCase),
        euro(a.netPerCase),
      ]),
    );
    expect(api.arrangements.map((a: any) => a.observedCases)).toEqual([10, 10]);
    expect(await page.locator("[data-chart-ready] svg").count()).toBe(2);
    await browser.screenshot("herverdeling");
    expect(browser.errors).toEqual([]);
  });

  it("adds and removes moves, and names the move and field the API refuses", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: "Verschuiving toevoegen" }).click();
    await enterMove(2, COURSE, COURSE, "50");
    await page.getByRole("button", { name: "Bereken" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const refused = await (
      await lead()
    ).gql(SCENARIO, {
      filter: { teamId: MIDDEN },
      moves: [
        { fromArrangementId: ids.get(DEBT), toArrangementId: ids.get(COURSE), share: "0.25" },
        { fromArrangementId: ids.get(COURSE), toArrangementId: ids.get(COURSE), share: "0.5" },
      ],
    });
    const [error] = refused.errors!;
    expect(error.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "moves[1].toArrangementId",
    });
    expect(await alert.textContent()).toBe(
      `Fout (Verschuiving 2, Naar arrangement): ${error.message}`,
    );
    expect(await move(2).getByLabel("Naar arrangement").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("table").count()).toBe(0);
    await browser.screenshot("herverdeling-fout");
    await move(2).getByRole("button", { name: "Verwijderen" }).click();
    expect(await move(2).count()).toBe(0);
    await page.getByRole("button", { name: "Bereken" }).click();
    await page.locator("caption", { hasText: "Per verschuiving" }).waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(browser.errors).toEqual([]);
  });

  it("shows the SUPPRESSED refusal of a too-small arrangement outside the team lead's team", async () => {
    const { page } = browser;
    await page.getByLabel("Team", { exact: true }).selectOption("");
    await enterMove(1, COURSE, SIGNAL, "10");
    await page.getByRole("button", { name: "Bereken" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const refused = await (
      await lead()
    ).gql(SCENARIO, {
      filter: {},
      moves: [
        { fromArrangementId: ids.get(COURSE), toArrangementId: ids.get(SIGNAL), share: "0.1" },
      ],
    });
    const [error] = refused.errors!;
    expect(error.extensions).toMatchObject({
      code: "SUPPRESSED",
      field: "moves[0].toArrangementId",
    });
    expect(await alert.textContent()).toBe(
      `Niet getoond (te weinig casussen) (Verschuiving 1, Naar arrangement): ${error.message}`,
    );
    await browser.screenshot("herverdeling-klein");
    expect(browser.errors).toEqual([]);
  });
});
