import { seedDemoData } from "../../../api/demo/demo";
import { startTestServer, type TestServer } from "../../support/test-server";

const GROUP = `key label cases investment presentValue npv sroiRatio ratioLow ratioHigh paybackMonth
  nominal { costs returns net }
  byStakeholder { stakeholder pays gains net } matrix { payer beneficiary value }
  distribution { npv { n min q1 median q3 max } sroiRatio { n min median max } }
  timeline { period costs returns net cumulative discountedCosts discountedReturns }`;
const COMPARE = `query($groupBy: EffectGroupBy!, $filter: CaseFilter, $range: Boolean!,
    $settings: StoredEffectSettingsInput) {
  effectComparison(groupBy: $groupBy, filter: $filter, sensitivityRange: $range, settings: $settings) {
    groupBy cases unpricedActivities
    settingsUsed { baseDate horizonMonths discountRate }
    pricing { versionNumber reportYear itemsUsed }
    groups { ${GROUP} } total { ${GROUP} } } }`;

const cents = (euros: string) => BigInt(euros.replace(".", ""));
const sum = (values: string[]) => values.reduce((total, v) => total + cents(v), 0n);

/** Every sum of a comparison's total is the sum of its groups, to the cent. */
function expectGroupsAddUp(comparison: any) {
  const { groups, total } = comparison;
  expect(groups.reduce((n: number, g: any) => n + g.cases, 0)).toBe(comparison.cases);
  for (const field of ["investment", "presentValue", "npv"]) {
    expect(sum(groups.map((g: any) => g[field]))).toBe(cents(total[field]));
  }
  for (const field of ["costs", "returns", "net"]) {
    expect(sum(groups.map((g: any) => g.nominal[field]))).toBe(cents(total.nominal[field]));
  }
  for (const row of total.byStakeholder) {
    const rows = groups.flatMap((g: any) =>
      g.byStakeholder.filter((r: any) => r.stakeholder === row.stakeholder),
    );
    expect(sum(rows.map((r: any) => r.gains))).toBe(cents(row.gains));
    expect(sum(rows.map((r: any) => r.pays))).toBe(cents(row.pays));
  }
  for (const group of [...groups, total]) {
    // A group's timeline adds up to its totals, and its matrix to its present value.
    expect(sum(group.timeline.map((r: any) => r.discountedCosts))).toBe(cents(group.investment));
    expect(sum(group.timeline.map((r: any) => r.discountedReturns))).toBe(
      cents(group.presentValue),
    );
    expect(sum(group.timeline.map((r: any) => r.costs))).toBe(cents(group.nominal.costs));
    expect(sum(group.matrix.map((c: any) => c.value))).toBe(cents(group.presentValue));
    expect(group.distribution.npv.n).toBe(group.cases);
    const last = group.timeline[group.timeline.length - 1];
    expect(last.cumulative).toBe(group.nominal.net);
  }
}

describe("effect comparison over the demo data", () => {
  let t: TestServer;
  let zwolle: string;
  const comparisons = new Map<string, any>();
  const compare = async (groupBy: string, range = false) => {
    const result = await t.gql(COMPARE, { groupBy, filter: { municipalityId: zwolle }, range });
    expect(result.errors).toBeUndefined();
    comparisons.set(groupBy, result.data.effectComparison);
    return {
      comparison: result.data.effectComparison,
      statements: result.extensions!.sqlStatements!,
    };
  };

  beforeAll(async () => {
    t = await startTestServer();
    await seedDemoData(t.database.dataSource);
    [{ id: zwolle }] = await t.database.dataSource.query(
      "SELECT id FROM municipality WHERE code = 'GM0193'",
    );
  }, 120_000);
  afterAll(() => t.stop());

  it("compares Zwolle's arrangements: groups add up to the total, to the cent", async () => {
    const { comparison, statements } = await compare("ARRANGEMENT", true);
    expect(comparison.cases).toBeGreaterThan(500);
    expect(comparison.pricing).toMatchObject({ versionNumber: 1, reportYear: 2025 });
    expectGroupsAddUp(comparison);
    // Cases are computed in batches of 500 with their support summed in SQL: the statement
    // count depends on the number of batches, not on the number of cases or activities.
    expect(statements).toBeLessThanOrEqual(12);

    const labels = comparison.groups.map((g: any) => g.label);
    expect(labels).toContain("(zonder arrangement)");
    expect(labels).toContain("Opvoedgroep + gezinscoaching");
    for (const group of comparison.groups) {
      // Pooled ratio = Σ PV ÷ Σ investment; the pessimistic and optimistic ratios bracket it.
      const ratio = Number(cents(group.presentValue)) / Number(cents(group.investment));
      expect(Number(group.sroiRatio)).toBeCloseTo(ratio, 3);
      expect(Number(group.ratioLow)).toBeLessThanOrEqual(Number(group.sroiRatio));
      expect(Number(group.ratioHigh)).toBeGreaterThanOrEqual(Number(group.sroiRatio));
    }
    // Varied: within every arrangement with more than a few cases some pay off and some do not.
    const large = comparison.groups.filter((g: any) => g.cases >= 20);
    expect(large.length).toBeGreaterThanOrEqual(4);
    expect(large.some((g: any) => cents(g.distribution.npv.min) < 0n)).toBe(true);
    for (const group of large) expect(cents(group.distribution.npv.max)).toBeGreaterThan(0n);
    // Costs come before the benefit: the cumulative balance starts negative.
    expect(cents(comparison.total.timeline[0].cumulative)).toBeLessThan(0n);
    expect(comparison.total.paybackMonth).toBeGreaterThan(1);
  });

  it("groups the same cases by team, district and quadrant to the same total", async () => {
    const totals = new Set<string>();
    for (const groupBy of ["TEAM", "DISTRICT", "QUADRANT"]) {
      const { comparison } = await compare(groupBy);
      expectGroupsAddUp(comparison);
      totals.add(`${comparison.total.investment} ${comparison.total.presentValue}`);
    }
    totals.add(
      `${comparisons.get("ARRANGEMENT").total.investment} ${comparisons.get("ARRANGEMENT").total.presentValue}`,
    );
    expect(totals.size).toBe(1);
    expect(comparisons.get("TEAM").groups.map((g: any) => g.label)).toEqual([
      "Wijkteam Midden",
      "Wijkteam Noord",
      "Wijkteam Oost",
      "Wijkteam West",
      "Wijkteam Zuid",
    ]);
    const quadrants = comparisons.get("QUADRANT").groups.map((g: any) => g.label);
    expect(quadrants.length).toBeGreaterThanOrEqual(3);
  });

  it("gives a case the same effect alone as in the comparison", async () => {
    const settings = comparisons.get("ARRANGEMENT").settingsUsed;
    const [row] = await t.database.dataSource.query(
      `SELECT c.id, c.reference FROM case_record c WHERE c.municipality_id = $1
        AND EXISTS (SELECT 1 FROM outcome o WHERE o.case_id = c.id AND o.duration_years IS NOT NULL)
        ORDER BY c.reference LIMIT 1`,
      [zwolle],
    );
    const alone = await t.ok(
      `query($id: ID!, $s: StoredEffectSettingsInput) { case(id: $id) { effect(settings: $s) { investment presentValue npv } } }`,
      { id: row.id, s: { baseDate: settings.baseDate, horizonMonths: settings.horizonMonths } },
    );
    const filtered = await t.ok(COMPARE, {
      groupBy: "TEAM",
      filter: { municipalityId: zwolle, referenceContains: row.reference },
      settings: { baseDate: settings.baseDate, horizonMonths: settings.horizonMonths },
      range: false,
    });
    expect(filtered.effectComparison.cases).toBe(1);
    expect(alone.case.effect).toEqual({
      investment: filtered.effectComparison.total.investment,
      presentValue: filtered.effectComparison.total.presentValue,
      npv: filtered.effectComparison.total.npv,
    });
  });

  it("computes the effects of a page of cases in the same few statements as of one", async () => {
    const page = (first: number) =>
      t.gql(
        `query($f: CaseFilter, $first: Int) { cases(filter: $f, first: $first) {
          edges { node { reference effect { investment npv sroiRatio paybackMonth } } } } }`,
        { f: { municipalityId: zwolle }, first },
      );
    const one = await page(1);
    const hundred = await page(100);
    expect(one.errors).toBeUndefined();
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data.cases.edges).toHaveLength(100);
    expect(hundred.extensions!.sqlStatements).toBe(one.extensions!.sqlStatements);
    expect(hundred.extensions!.sqlStatements).toBeLessThanOrEqual(12);
    // Some cases pay off, some do not.
    const npvs = hundred.data.cases.edges.map((e: any) => cents(e.node.effect.npv));
    expect(npvs.some((npv: bigint) => npv > 0n)).toBe(true);
    expect(npvs.some((npv: bigint) => npv < 0n)).toBe(true);
  });
});
