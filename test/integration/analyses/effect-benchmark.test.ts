import { seedDemoData } from "../../../api/demo/demo";
import { startTestServer, type GraphQLClient, type TestServer } from "../../support/test-server";

const SPREAD = "n min q1 median q3 max";
const ENTRY = `municipality own suppressed suppression suppressionReason counted cases investment
  presentValue npv sroiRatio netSroiRatio costPerCase paybackMonth discountedPaybackMonth
  distribution { investment { ${SPREAD} } npv { ${SPREAD} } sroiRatio { ${SPREAD} } }`;
const CATEGORY = `key label municipalities { ${ENTRY} }
  platform { municipalities cases investment presentValue npv sroiRatio costPerCase
    sroiRatioAcross { ${SPREAD} } costPerCaseAcross { ${SPREAD} } }
  ownRank { sroiRatio costPerCase of }`;
const BENCHMARK = `query($by: BenchmarkDimension!, $period: BenchmarkPeriodInput!, $modelId: ID,
    $settings: BenchmarkSettingsInput) {
  effectBenchmark(by: $by, period: $period, modelId: $modelId, settings: $settings) {
    dimension from to modelId minGroupSize
    categories { ${CATEGORY} } total { ${CATEGORY} } } }`;
const COMPARE = `query($groupBy: EffectGroupBy!, $filter: CaseFilter) {
  effectComparison(groupBy: $groupBy, filter: $filter) {
    groups { key label cases investment presentValue npv sroiRatio netSroiRatio paybackMonth
      discountedPaybackMonth distribution { investment { ${SPREAD} } npv { ${SPREAD} } sroiRatio { ${SPREAD} } } }
    total { cases investment presentValue npv sroiRatio paybackMonth } } }`;

const PERIOD = { from: "2025-01-01", to: "2025-12-31" };
const cents = (euros: string) => BigInt(euros.replace(".", ""));
const sum = (values: string[]) => values.reduce((total, v) => total + cents(v), 0n);
const euros = (c: bigint) => {
  const sign = c < 0n ? "-" : "";
  const a = c < 0n ? -c : c;
  return `${sign}${a / 100n}.${String(a % 100n).padStart(2, "0")}`;
};
const FIGURES = ["cases", "investment", "presentValue", "npv", "sroiRatio", "paybackMonth"];
const pick = (row: any, fields = FIGURES) => Object.fromEntries(fields.map((f) => [f, row[f]]));

/** The platform line sums exactly the counted entries, and its pooled ratios follow from them. */
function expectPlatformLineAddsUp(category: any) {
  const counted = category.municipalities.filter((e: any) => e.counted);
  const { platform } = category;
  expect(platform.municipalities).toBe(counted.length);
  expect(platform.cases).toBe(counted.reduce((n: number, e: any) => n + e.cases, 0));
  for (const field of ["investment", "presentValue", "npv"]) {
    expect(platform[field]).toBe(euros(sum(counted.map((e: any) => e[field]))));
  }
  if (counted.length > 0) {
    const ratio = Number(cents(platform.presentValue)) / Number(cents(platform.investment));
    expect(Number(platform.sroiRatio)).toBeCloseTo(ratio, 3);
    expect(platform.sroiRatioAcross.n).toBe(counted.filter((e: any) => e.sroiRatio).length);
  }
}

describe("effectBenchmark between the demo municipalities", () => {
  let t: TestServer;
  let zwolle: string;
  let analyst: GraphQLClient;
  let others: { id: string; code: string; name: string }[];
  let foreignWords: string[];
  const codeOf = (result: any) => result.errors?.[0]?.extensions?.code;
  const fieldOf = (result: any) => result.errors?.[0]?.extensions?.field;

  beforeAll(async () => {
    t = await startTestServer();
    await seedDemoData(t.database.dataSource);
    const db = t.database.dataSource;
    [{ id: zwolle }] = await db.query("SELECT id FROM municipality WHERE code = 'GM0193'");
    others = await db.query("SELECT id, code, name FROM municipality WHERE id <> $1", [zwolle]);
    const teams: { name: string }[] = await db.query(
      "SELECT DISTINCT name FROM team WHERE municipality_id <> $1 AND name NOT IN (SELECT name FROM team WHERE municipality_id = $1)",
      [zwolle],
    );
    const districts: { name: string }[] = await db.query(
      "SELECT DISTINCT name FROM district WHERE municipality_id <> $1 AND name NOT IN (SELECT name FROM district WHERE municipality_id = $1)",
      [zwolle],
    );
    const ids: { id: string }[] = await db.query(
      `SELECT id FROM team WHERE municipality_id <> $1 UNION SELECT id FROM district WHERE municipality_id <> $1
       UNION SELECT id FROM arrangement WHERE municipality_id <> $1 UNION SELECT id FROM price_list WHERE municipality_id <> $1`,
      [zwolle],
    );
    const references: { reference: string }[] = await db.query(
      "SELECT reference FROM case_record WHERE municipality_id <> $1 LIMIT 200",
      [zwolle],
    );
    foreignWords = [
      ...others.flatMap((m) => [m.id, m.code, m.name]),
      ...teams.map((r) => r.name),
      ...districts.map((r) => r.name),
      ...ids.map((r) => r.id),
      ...references.map((r) => r.reference),
      "GM",
    ];
    analyst = await t.as("ANALYST", zwolle);
  }, 120_000);
  afterAll(() => t.stop());

  it("shows ADMIN every municipality by name, each category's platform line adding up", async () => {
    const result = await t.gql(BENCHMARK, { by: "QUADRANT", period: PERIOD });
    expect(result.errors).toBeUndefined();
    const benchmark = result.data.effectBenchmark;
    const names = benchmark.total.municipalities.map((e: any) => e.municipality);
    expect([...names].sort()).toEqual(
      ["Zwolle", ...others.map((m) => m.name)].sort((a, b) => a.localeCompare(b)),
    );
    expect(benchmark.total.municipalities.every((e: any) => !e.own && !e.suppressed)).toBe(true);
    expect(benchmark.total.ownRank).toBeNull();
    for (const category of [...benchmark.categories, benchmark.total]) {
      expectPlatformLineAddsUp(category);
    }
    // ADMIN sees every case's spread in full, min and max included.
    const utrecht = benchmark.total.municipalities.find((e: any) => e.municipality === "Utrecht");
    expect(utrecht.distribution.npv.min).not.toBeNull();
    // Each municipality's categories add up to its total (all its cases fall in one category).
    for (const entry of benchmark.total.municipalities) {
      const rows = benchmark.categories.map((c: any) =>
        c.municipalities.find((e: any) => e.municipality === entry.municipality),
      );
      expect(rows.reduce((n: number, e: any) => n + e.cases, 0)).toBe(entry.cases);
      expect(euros(sum(rows.map((e: any) => e.investment)))).toBe(entry.investment);
    }
    // One comparison per municipality, in the statements of effectComparison (a few per batch
    // of 500 cases, not per case), plus two: the municipalities and the model's check.
    let comparisons = 0;
    for (const id of [zwolle, ...others.map((m) => m.id)]) {
      const comparison = await t.gql(COMPARE, {
        groupBy: "QUADRANT",
        filter: { municipalityId: id, ...PERIOD },
      });
      expect(comparison.errors).toBeUndefined();
      comparisons += comparison.extensions!.sqlStatements!;
    }
    const statements = result.extensions!.sqlStatements!;
    expect(statements).toBeLessThanOrEqual(comparisons + 2);
  });

  it("shows Zwolle's analyst Zwolle by name and the others only as labels, with nothing that identifies them", async () => {
    const result = await analyst.gql(BENCHMARK, { by: "ARRANGEMENT_FORM", period: PERIOD });
    expect(result.errors).toBeUndefined();
    const benchmark = result.data.effectBenchmark;
    const body = JSON.stringify(result);
    for (const word of foreignWords)
      expect({ word, found: body.includes(word) }).toEqual({ word, found: false });

    const entries = benchmark.total.municipalities;
    expect(entries[0]).toMatchObject({ municipality: "Zwolle", own: true, suppressed: false });
    const labels = entries.slice(1).map((e: any) => e.municipality);
    expect(labels).toEqual(["gemeente A", "gemeente B", "gemeente C", "gemeente D"]);
    expect(entries.slice(1).every((e: any) => !e.own)).toBe(true);
    // The letters follow the total SROI ratio, highest first: not names, codes or ids.
    const ratios = entries.slice(1).map((e: any) => Number(e.sroiRatio));
    expect([...ratios].sort((a, b) => b - a)).toEqual(ratios);
    // The same label in every category; min and max (single cases) withheld for the others.
    for (const category of benchmark.categories) {
      expect(category.municipalities.map((e: any) => e.municipality)).toEqual([
        "Zwolle",
        ...labels,
      ]);
      for (const entry of category.municipalities.slice(1)) {
        if (entry.suppressed) continue;
        expect(entry.distribution.npv.min).toBeNull();
        expect(entry.distribution.npv.max).toBeNull();
        expect(entry.distribution.npv.median).not.toBeNull();
      }
      expectPlatformLineAddsUp(category);
      expect(category.ownRank.of).toBe(category.platform.municipalities);
    }
    expect(benchmark.total.ownRank.sroiRatio).toBeGreaterThanOrEqual(1);
    expect(benchmark.total.ownRank.sroiRatio).toBeLessThanOrEqual(5);
    const same = await analyst.ok(BENCHMARK, { by: "ARRANGEMENT_FORM", period: PERIOD });
    expect(same.effectBenchmark.total.municipalities.map((e: any) => e.municipality)).toEqual([
      "Zwolle",
      ...labels,
    ]);
  });

  it("withholds the small groups of other municipalities, never Zwolle's own from Zwolle", async () => {
    const benchmark = (await analyst.ok(BENCHMARK, { by: "ARRANGEMENT_FORM", period: PERIOD }))
      .effectBenchmark;
    // Zwolle's poverty signalling table (Signaaltafel armoede, CONNECT_PEOPLE) had 5 cases.
    const connect = benchmark.categories.find((c: any) => c.key === "CONNECT_PEOPLE");
    const own = connect.municipalities[0];
    expect(own).toMatchObject({ municipality: "Zwolle", suppressed: false, counted: false });
    expect(own.cases).toBeLessThan(10);
    expect(own.distribution.npv.min).not.toBeNull();
    expect(connect.ownRank).toMatchObject({ sroiRatio: null, costPerCase: null });
    const withheld = benchmark.categories
      .flatMap((c: any) => c.municipalities)
      .filter((e: any) => e.suppressed);
    expect(withheld.length).toBeGreaterThan(0);
    for (const entry of withheld) {
      expect(entry.own).toBe(false);
      expect(entry).toMatchObject({
        cases: null,
        investment: null,
        sroiRatio: null,
        distribution: null,
      });
      expect(["TOO_FEW_CASES", "COMPLEMENTARY"]).toContain(entry.suppression);
      expect(entry.suppressionReason).toBeTruthy();
    }
    // Whatever is shown of another municipality rests on at least 10 cases.
    for (const category of [...benchmark.categories, benchmark.total]) {
      for (const entry of category.municipalities.slice(1)) {
        if (!entry.suppressed) expect(entry.cases).toBeGreaterThanOrEqual(10);
      }
    }
    // ADMIN sees the same groups in full, but the platform line is the same for everyone.
    const admin = (await t.ok(BENCHMARK, { by: "ARRANGEMENT_FORM", period: PERIOD }))
      .effectBenchmark;
    const adminConnect = admin.categories.find((c: any) => c.key === "CONNECT_PEOPLE");
    expect(adminConnect.municipalities.every((e: any) => !e.suppressed)).toBe(true);
    expect(adminConnect.platform).toEqual(connect.platform);
  });

  it("gives Zwolle effectComparison's figures for Zwolle over the same period", async () => {
    const filter = { municipalityId: zwolle, ...PERIOD };
    const byQuadrant = (await analyst.ok(BENCHMARK, { by: "QUADRANT", period: PERIOD }))
      .effectBenchmark;
    const quadrants = (await analyst.ok(COMPARE, { groupBy: "QUADRANT", filter })).effectComparison;
    const ownIn = (category: any) => category.municipalities.find((e: any) => e.own);
    const fields = [...FIGURES, "netSroiRatio", "discountedPaybackMonth", "distribution"];
    expect(byQuadrant.categories.map((c: any) => [c.key, pick(ownIn(c), fields)])).toEqual(
      quadrants.groups.map((g: any) => [g.key, pick(g, fields)]),
    );
    expect(pick(ownIn(byQuadrant.total))).toEqual(pick(quadrants.total));

    const byForm = (await analyst.ok(BENCHMARK, { by: "ARRANGEMENT_FORM", period: PERIOD }))
      .effectBenchmark;
    const arrangements = (await analyst.ok(COMPARE, { groupBy: "ARRANGEMENT", filter }))
      .effectComparison;
    const arrangement = (label: string) => arrangements.groups.find((g: any) => g.label === label);
    const form = (key: string | null) => ownIn(byForm.categories.find((c: any) => c.key === key));
    expect(pick(form("GROUP_OFFER"))).toEqual(pick(arrangement("Opvoedgroep + gezinscoaching")));
    expect(pick(form("INDIVIDUAL_SUPPORT"))).toEqual(
      pick(arrangement("Individuele begeleiding schulden")),
    );
    expect(pick(form(null))).toEqual(pick(arrangement("(zonder arrangement)")));
    // MIXED holds two of Zwolle's arrangements: its sums are theirs, to the cent.
    const mixed = [
      arrangement("Budgetcursus in groep + individuele schuldhulp"),
      arrangement("Wijkverpleging + zorgcoöperatie voor thuiswonende ouderen"),
    ];
    expect(form("MIXED").cases).toBe(mixed[0].cases + mixed[1].cases);
    for (const field of ["investment", "presentValue", "npv"]) {
      expect(form("MIXED")[field]).toBe(euros(sum(mixed.map((g: any) => g[field]))));
    }
    expect(pick(ownIn(byForm.total))).toEqual(pick(arrangements.total));
  });

  it("is for ADMIN and ANALYST only", async () => {
    for (const role of ["FINANCE", "TEAM_LEAD", "PROFESSIONAL"] as const) {
      const [{ id: team }] = await t.database.dataSource.query(
        "SELECT id FROM team WHERE municipality_id = $1 LIMIT 1",
        [zwolle],
      );
      const teams = role === "FINANCE" ? undefined : [team];
      const client = await t.as(role, zwolle, teams);
      const result = await client.gql(BENCHMARK, { by: "QUADRANT", period: PERIOD });
      expect({ role, code: codeOf(result), data: result.data ?? null }).toEqual({
        role,
        code: "FORBIDDEN",
        data: null,
      });
    }
  });

  it("refuses bad input naming the field", async () => {
    const refused = async (
      variables: Record<string, unknown>,
      field: string,
      code = "BAD_USER_INPUT",
    ) => {
      const result = await analyst.gql(BENCHMARK, { by: "QUADRANT", period: PERIOD, ...variables });
      expect({ code: codeOf(result), field: fieldOf(result) }).toEqual({ code, field });
    };
    await refused({ period: { from: "2025-02-01", to: "2025-12-31" } }, "period.from");
    await refused({ period: { from: "2025-01-01", to: "2025-12-30" } }, "period.to");
    await refused({ period: { from: "2025-07-01", to: "2025-03-31" } }, "period.to");
    await refused({ settings: { discountRate: "2" } }, "settings.discountRate");
    await refused({ settings: { reportYear: 1800 } }, "settings.reportYear");
    await refused({ modelId: "not-an-id" }, "modelId");
    await refused({ modelId: "00000000-0000-4000-8000-000000000000" }, "modelId", "NOT_FOUND");
    const result = await analyst.gql(BENCHMARK, {
      by: "ARRANGEMENT_FORM",
      period: PERIOD,
      modelId: "0a000000-0000-4000-8000-00000000000a",
    });
    expect(fieldOf(result)).toBe("modelId");
  });
});
