import { seedDemoData } from "../../../api/demo/demo";
import { startTestServer, type TestServer, type GraphQLClient } from "../../support/test-server";

const FIGURES = "key label cases investment presentValue npv";
const COMPARE = `query($groupBy: EffectGroupBy!, $filter: CaseFilter) {
  effectComparison(groupBy: $groupBy, filter: $filter) {
    cases groups { ${FIGURES} } total { ${FIGURES} } suppressedGroups { key label reason } } }`;
const TREND = `query($filter: CaseFilter) {
  effectTrend(groupBy: ARRANGEMENT, cohort: QUARTER, filter: $filter) {
    groups { ${FIGURES} cohorts { period cases investment } }
    total { cases investment cohorts { period cases investment } }
    suppressedGroups { key label period reason } } }`;
const HYPOTHESIS = `query($filter: CaseFilter) {
  quadrantHypothesis(filter: $filter, lags: [0, 3]) {
    suppressedCells panel { unitId period effort demand effortCases demandCases }
    lags { lag points { unitId period effortPeriod } fixedEffects { slope lower upper } } } }`;

const REALLOCATE = `query($moves: [ReallocationMoveInput!]!) {
  reallocationScenario(moves: $moves) { baseline { cost { value } } arrangements { label observedCases } } }`;

const cents = (euros: string) => BigInt(euros.replace(".", ""));
const K = 10;

describe("disclosure control: no small group is shown to a role that may not read its cases", () => {
  let t: TestServer;
  let zwolle: string;
  let analyst: GraphQLClient;
  let lead: GraphQLClient;
  let full: any;

  beforeAll(async () => {
    t = await startTestServer();
    await seedDemoData(t.database.dataSource);
    [{ id: zwolle }] = await t.database.dataSource.query(
      "SELECT id FROM municipality WHERE code = 'GM0193'",
    );
    analyst = await t.as("ANALYST", zwolle);
    // A team lead reads municipality-wide aggregates but only its own team's cases.
    const [{ id: teamId }] = await t.database.dataSource.query(
      "SELECT id FROM team WHERE municipality_id = $1 ORDER BY name LIMIT 1",
      [zwolle],
    );
    lead = await t.as("TEAM_LEAD", zwolle, [teamId]);
    full = (await analyst.ok(COMPARE, { groupBy: "ARRANGEMENT" })).effectComparison;
  }, 120_000);
  afterAll(() => t.stop());

  it("shows the analysts every group, small ones included", () => {
    expect(full.suppressedGroups).toEqual([]);
    expect(full.groups.some((g: any) => g.cases < K)).toBe(true);
  });

  it("hides small groups from a team lead of another team, with complements: the total minus the shown groups gives none away", async () => {
    const answer = (await lead.ok(COMPARE, { groupBy: "ARRANGEMENT" })).effectComparison;
    expect(answer.total).toEqual(full.total);
    const small = full.groups.filter((g: any) => g.cases < K).map((g: any) => g.label);
    const hidden = answer.suppressedGroups.map((g: any) => g.label);
    for (const label of small) expect(hidden).toContain(label);
    expect(answer.groups.every((g: any) => g.cases >= K)).toBe(true);
    expect(answer.suppressedGroups.some((g: any) => g.reason === "COMPLEMENTARY")).toBe(true);
    // What an attacker can compute: total − shown = the hidden groups together, never one alone.
    const rest = answer.total.cases - answer.groups.reduce((n: number, g: any) => n + g.cases, 0);
    expect(rest).toBeGreaterThanOrEqual(K);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    const restInvestment =
      cents(answer.total.investment) -
      answer.groups.reduce((sum: bigint, g: any) => sum + cents(g.investment), 0n);
    for (const group of full.groups.filter((g: any) => hidden.includes(g.label))) {
      expect(cents(group.investment)).not.toBe(restInvestment);
    }
  });

  it("gives a team lead of another team no minimum or maximum, one case's figure; quartiles stay", async () => {
    const query = `query { effectComparison(groupBy: ARRANGEMENT) {
      groups { label distribution { npv { n min q1 median q3 max } } }
      total { distribution { investment { n min max } npv { min median max } } } } }`;
    const seen = (await lead.ok(query)).effectComparison;
    const all = (await analyst.ok(query)).effectComparison;
    expect(all.total.distribution.npv.min).not.toBeNull();
    expect(seen.total.distribution.npv).toEqual({
      ...all.total.distribution.npv,
      min: null,
      max: null,
    });
    expect(seen.total.distribution.investment.max).toBeNull();
    for (const group of seen.groups) {
      const full = all.groups.find((g: any) => g.label === group.label);
      expect(group.distribution.npv).toEqual({ ...full.distribution.npv, min: null, max: null });
    }
  });

  it("refuses to isolate a small group through a filter", async () => {
    const smallest = full.groups
      .filter((g: any) => g.key && g.cases < K)
      .sort((a: any, b: any) => a.cases - b.cases)[0];
    const isolated = await lead.gql(COMPARE, {
      groupBy: "DISTRICT",
      filter: { arrangementId: smallest.key },
    });
    expect(isolated.errors?.[0]?.extensions?.code).toBe("SUPPRESSED");
    expect(isolated.data).toBeNull();
    // The analyst may.
    const own = await analyst.gql(COMPARE, {
      groupBy: "TEAM",
      filter: { arrangementId: smallest.key },
    });
    expect(own.errors).toBeUndefined();
    expect(own.data.effectComparison.total.cases).toBe(smallest.cases);
  });

  it("refuses differences by a few days, and filters across the groups", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ from: "2025-01-02", to: "2025-12-31" }, "filter.from"],
      [{ from: "2025-01-01", to: "2025-12-30" }, "filter.to"],
      [{ domain: "INCOME_DEBTS" }, "filter.domain"],
      [{ kind: "HELP_REQUEST" }, "filter.kind"],
    ];
    for (const [filter, field] of cases) {
      const refused = await lead.gql(COMPARE, { groupBy: "TEAM", filter });
      expect({ field, extensions: refused.errors?.[0]?.extensions }).toMatchObject({
        field,
        extensions: { code: "SUPPRESSED", field },
      });
      expect((await analyst.gql(COMPARE, { groupBy: "TEAM", filter })).errors).toBeUndefined();
    }
  });

  it("refuses a team or district filter that differs from the whole by fewer than the minimum", async () => {
    // A district with only a few cases: the municipality minus it would give it away.
    const byDistrict = (await analyst.ok(COMPARE, { groupBy: "DISTRICT" })).effectComparison;
    const small = byDistrict.groups.find((g: any) => g.key && g.cases > 0 && g.cases < K);
    const rows: { id: string }[] = await t.database.dataSource.query(
      "SELECT id FROM district WHERE municipality_id = $1 ORDER BY name LIMIT 1",
      [zwolle],
    );
    const districtId = small?.key ?? rows[0].id;
    const answer = await lead.gql(COMPARE, { groupBy: "ARRANGEMENT", filter: { districtId } });
    if (small) expect(answer.errors?.[0]?.extensions?.code).toBe("SUPPRESSED");
    else expect(answer.errors).toBeUndefined();
  });

  it("lets a team lead see its own team's groups in full, and finance officers every group", async () => {
    const [{ id: teamId }] = await t.database.dataSource.query(
      "SELECT id FROM team WHERE municipality_id = $1 ORDER BY name LIMIT 1",
      [zwolle],
    );
    const finance = await t.as("FINANCE", zwolle);
    const all = (await finance.ok(COMPARE, { groupBy: "ARRANGEMENT" })).effectComparison;
    expect(all.groups).toEqual(full.groups);
    const own = (await lead.ok(COMPARE, { groupBy: "ARRANGEMENT", filter: { teamId } }))
      .effectComparison;
    const analystView = (await analyst.ok(COMPARE, { groupBy: "ARRANGEMENT", filter: { teamId } }))
      .effectComparison;
    expect(own.suppressedGroups).toEqual([]);
    expect(own.groups).toEqual(analystView.groups);
  });

  it("refuses a reallocation naming an arrangement the comparison hides: one of fewer cases, or its complement", async () => {
    const seen = (await lead.ok(COMPARE, { groupBy: "ARRANGEMENT" })).effectComparison;
    const shownGroups = seen.groups.filter((g: any) => g.key);
    const small = seen.suppressedGroups.find((g: any) => g.key && g.reason === "SMALL_GROUP");
    const complement = seen.suppressedGroups.find(
      (g: any) => g.key && g.reason === "COMPLEMENTARY",
    );
    expect(shownGroups.length).toBeGreaterThanOrEqual(2);
    expect(complement).toBeDefined();
    const moves = (from: any, to: any) => [
      { fromArrangementId: from.key, toArrangementId: to.key, share: "0.5" },
    ];
    for (const hidden of [small, complement]) {
      const refused = await lead.gql(REALLOCATE, { moves: moves(shownGroups[0], hidden) });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: "SUPPRESSED",
        field: "moves[0].toArrangementId",
      });
    }
    const shown = await lead.gql(REALLOCATE, { moves: moves(shownGroups[0], shownGroups[1]) });
    expect(shown.errors).toBeUndefined();
    expect(
      (await analyst.gql(REALLOCATE, { moves: moves(shownGroups[0], small) })).errors,
    ).toBeUndefined();
  });

  it("hides trend cells so that neither a group's total nor a cohort's total gives one away", async () => {
    const fullTrend = (await analyst.ok(TREND, {})).effectTrend;
    const answer = (await lead.ok(TREND, {})).effectTrend;
    const truth = new Map<string, number>();
    for (const g of fullTrend.groups)
      for (const c of g.cohorts) truth.set(`${g.label}|${c.period}`, c.cases);
    for (const group of answer.groups) {
      for (const cohort of group.cohorts) expect(cohort.cases).toBeGreaterThanOrEqual(K);
      const rest = group.cases - group.cohorts.reduce((n: number, c: any) => n + c.cases, 0);
      const hiddenCells = answer.suppressedGroups.filter(
        (s: any) => s.label === group.label && s.period,
      );
      expect(rest === 0 || (rest >= K && hiddenCells.length >= 2)).toBe(true);
    }
    for (const cohort of answer.total.cohorts) {
      const shown = answer.groups.flatMap((g: any) =>
        g.cohorts.filter((c: any) => c.period === cohort.period),
      );
      const rest = cohort.cases - shown.reduce((n: number, c: any) => n + c.cases, 0);
      const hiddenInColumn =
        [...truth].filter(([key, n]) => key.endsWith(`|${cohort.period}`) && n > 0).length -
        shown.length;
      expect(rest === 0 || (rest >= K && hiddenInColumn >= 2)).toBe(true);
    }
    expect(answer.total.cases).toBe(fullTrend.total.cases);
  });

  it("hides hypothesis cells on fewer than the minimum, and keeps the estimates", async () => {
    const whole = (await analyst.ok(HYPOTHESIS, {})).quadrantHypothesis;
    const answer = (await lead.ok(HYPOTHESIS, {})).quadrantHypothesis;
    expect(whole.suppressedCells).toBe(0);
    expect(answer.suppressedCells).toBeGreaterThan(0);
    expect(answer.panel.length).toBe(whole.panel.length - answer.suppressedCells);
    for (const cell of answer.panel) {
      for (const n of [cell.effortCases, cell.demandCases]) expect(n === 0 || n >= K).toBe(true);
    }
    const shown = new Set(answer.panel.map((c: any) => `${c.unitId} ${c.period}`));
    for (const lag of answer.lags) {
      for (const point of lag.points) {
        expect(shown.has(`${point.unitId} ${point.period}`)).toBe(true);
        expect(shown.has(`${point.unitId} ${point.effortPeriod}`)).toBe(true);
      }
    }
    expect(answer.lags.map((l: any) => l.fixedEffects)).toEqual(
      whole.lags.map((l: any) => l.fixedEffects),
    );
  });
});
