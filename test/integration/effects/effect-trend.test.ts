import { seedDemoData } from "../../../api/demo/demo";
import { startTestServer, type TestServer } from "../../support/test-server";

const FIGURES = `key label cases investment presentValue npv sroiRatio paybackMonth
  nominal { costs returns net } byStakeholder { stakeholder pays gains net }
  distribution { npv { n median } sroiRatio { n median } }`;
const TREND = `query($groupBy: EffectGroupBy!, $cohort: CohortGranularity!, $filter: CaseFilter,
    $settings: StoredEffectSettingsInput, $modelId: ID) {
  effectTrend(groupBy: $groupBy, cohort: $cohort, filter: $filter, settings: $settings, modelId: $modelId) {
    groupBy cohort cases settingsUsed { baseDate horizonMonths } pricing { versionNumber }
    groups { ${FIGURES} costPerCase
      cohorts { period ${FIGURES} costPerCase cohortPaybackMonth timeline(granularity: YEAR) { costs } } }
    total { ${FIGURES} costPerCase cohorts { period ${FIGURES} costPerCase } } } }`;
const COMPARE = `query($groupBy: EffectGroupBy!, $filter: CaseFilter, $modelId: ID) {
  effectComparison(groupBy: $groupBy, filter: $filter, modelId: $modelId) {
    cases groups { ${FIGURES} } total { ${FIGURES} } } }`;

const cents = (euros: string) => BigInt(euros.replace(".", ""));
const sum = (values: string[]) => values.reduce((total, v) => total + cents(v), 0n);
const MONEY = ["investment", "presentValue", "npv"] as const;
const NOMINAL = ["costs", "returns", "net"] as const;

/** The parts' cases and sums equal the whole's, to the cent, stakeholder by stakeholder. */
function expectAddUp(parts: any[], whole: any) {
  expect(parts.reduce((n, part) => n + part.cases, 0)).toBe(whole.cases);
  for (const field of MONEY) expect(sum(parts.map((p) => p[field]))).toBe(cents(whole[field]));
  for (const field of NOMINAL) {
    expect(sum(parts.map((p) => p.nominal[field]))).toBe(cents(whole.nominal[field]));
  }
  for (const row of whole.byStakeholder) {
    const rows = parts.flatMap((p) =>
      p.byStakeholder.filter((r: any) => r.stakeholder === row.stakeholder),
    );
    expect(sum(rows.map((r: any) => r.pays))).toBe(cents(row.pays));
    expect(sum(rows.map((r: any) => r.gains))).toBe(cents(row.gains));
  }
}

/** Every invariant of a trend: cohorts → group, groups → total, a period's cells → its total. */
function expectTrendAddsUp(trend: any) {
  expect(trend.total.cases).toBe(trend.cases);
  expectAddUp(trend.groups, trend.total);
  expectAddUp(trend.total.cohorts, trend.total);
  for (const group of trend.groups) {
    expectAddUp(group.cohorts, group);
    const periods = group.cohorts.map((c: any) => c.period);
    expect(periods).toEqual([...periods].sort());
    for (const cohort of group.cohorts) {
      expect(cohort.key).toBe(group.key);
      expect(cohort.distribution.npv.n).toBe(cohort.cases);
      expect(sum(cohort.timeline.map((r: any) => r.costs))).toBe(cents(cohort.nominal.costs));
    }
  }
  for (const total of trend.total.cohorts) {
    const cells = trend.groups.flatMap((g: any) =>
      g.cohorts.filter((c: any) => c.period === total.period),
    );
    expectAddUp(cells, total);
  }
}

describe("effect trend over the demo data", () => {
  let t: TestServer;
  let zwolle: string;
  let foreign: { municipality: string; team: string };
  const trend = async (variables: Record<string, unknown>) => {
    const result = await t.gql(TREND, { filter: { municipalityId: zwolle }, ...variables });
    expect(result.errors).toBeUndefined();
    return { trend: result.data.effectTrend, statements: result.extensions!.sqlStatements! };
  };

  beforeAll(async () => {
    t = await startTestServer();
    await seedDemoData(t.database.dataSource);
    [{ id: zwolle }] = await t.database.dataSource.query(
      "SELECT id FROM municipality WHERE code = 'GM0193'",
    );
    [foreign] = await t.database.dataSource.query(
      `SELECT t.municipality_id AS municipality, t.id AS team FROM team t
        WHERE t.municipality_id <> $1 ORDER BY t.name LIMIT 1`,
      [zwolle],
    );
  }, 120_000);
  afterAll(() => t.stop());

  it("splits effectComparison's arrangements into year cohorts that add up to the cent", async () => {
    const { trend: byYear, statements } = await trend({ groupBy: "ARRANGEMENT", cohort: "YEAR" });
    const compared = await t.gql(COMPARE, {
      groupBy: "ARRANGEMENT",
      filter: { municipalityId: zwolle },
    });
    expect(compared.errors).toBeUndefined();
    const comparison = compared.data.effectComparison;
    expect(byYear.cases).toBeGreaterThan(500);
    expect(byYear.groups.length).toBeGreaterThanOrEqual(4);
    expect(new Set(byYear.total.cohorts.map((c: any) => c.period)).size).toBeGreaterThan(1);
    expectTrendAddsUp(byYear);
    // The groups (and the total) are effectComparison's for the same filter, figure for figure.
    const strip = ({ costPerCase: _perCase, cohorts: _cohorts, ...figures }: any) => figures;
    expect(byYear.groups.map(strip)).toEqual(comparison.groups);
    expect(strip(byYear.total)).toEqual(comparison.total);
    // The cohorts are one more grouping of the same pass: no statement more than the comparison.
    expect(statements).toBeLessThanOrEqual(compared.extensions!.sqlStatements!);
    expect(statements).toBeLessThanOrEqual(12);
  });

  it("puts each case in the cohort of its opened_on, per quarter and per year", async () => {
    const counts = async (period: string) =>
      (await t.database.dataSource.query(
        `SELECT tm.name AS team, ${period} AS period, count(*)::int AS cases
           FROM case_record c JOIN team tm ON tm.id = c.team_id
          WHERE c.municipality_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
        [zwolle],
      )) as { team: string; period: string; cases: number }[];
    const cells = (result: any) =>
      result.groups.flatMap((g: any) =>
        g.cohorts.map((c: any) => ({ team: g.label, period: c.period, cases: c.cases })),
      );
    const { trend: quarters } = await trend({ groupBy: "TEAM", cohort: "QUARTER" });
    expectTrendAddsUp(quarters);
    expect(cells(quarters)).toEqual(
      await counts(`to_char(c.opened_on, 'YYYY') || '-Q' || extract(quarter FROM c.opened_on)`),
    );
    const { trend: years } = await trend({ groupBy: "TEAM", cohort: "YEAR" });
    expect(cells(years)).toEqual(await counts(`to_char(c.opened_on, 'YYYY')`));
    expect(quarters.total.cohorts.every((c: any) => /^\d{4}-Q[1-4]$/.test(c.period))).toBe(true);
    // A year's cohort holds its quarters' cases and money.
    for (const year of years.total.cohorts) {
      const ofYear = quarters.total.cohorts.filter((c: any) => c.period.startsWith(year.period));
      expectAddUp(ofYear, year);
    }
  });

  it("gives costs per case and the payback month counted from the cohort's start", async () => {
    const { trend: byYear } = await trend({ groupBy: "DISTRICT", cohort: "YEAR" });
    expectTrendAddsUp(byYear);
    const baseDate: string = byYear.settingsUsed.baseDate;
    const baseIndex = Number(baseDate.slice(0, 4)) * 12 + Number(baseDate.slice(5, 7)) - 1;
    let paying = 0;
    for (const cohort of byYear.groups.flatMap((g: any) => g.cohorts)) {
      // Σ investment ÷ cases in whole cents, half up (the investments are positive here).
      const n = BigInt(cohort.cases);
      const perCase = (2n * cents(cohort.investment) + n) / (2n * n);
      expect(cents(cohort.costPerCase)).toBe(perCase);
      const first = Number(cohort.period) * 12 - baseIndex + 1;
      if (cohort.paybackMonth === null) expect(cohort.cohortPaybackMonth).toBeNull();
      else {
        paying += 1;
        expect(cohort.cohortPaybackMonth).toBe(cohort.paybackMonth - first + 1);
      }
    }
    expect(paying).toBeGreaterThan(0);
  });

  it("groups by quadrant in the statements of effectComparison per quadrant", async () => {
    const { trend: quadrants, statements } = await trend({ groupBy: "QUADRANT", cohort: "YEAR" });
    expectTrendAddsUp(quadrants);
    expect(quadrants.groups.length).toBeGreaterThanOrEqual(3);
    const compared = await t.gql(COMPARE, {
      groupBy: "QUADRANT",
      filter: { municipalityId: zwolle },
    });
    // The quadrant of a case costs one statement per batch of 500 cases, the cohort none.
    expect(statements).toBeLessThanOrEqual(compared.extensions!.sqlStatements!);
    expect(statements).toBeLessThanOrEqual(20);
  });

  it("refuses bad input naming the field", async () => {
    const refused = async (variables: Record<string, unknown>) => {
      const result = await t.gql(TREND, { groupBy: "TEAM", cohort: "YEAR", ...variables });
      expect(result.data?.effectTrend ?? null).toBeNull();
      return result.errors![0];
    };
    const badModel = await refused({ filter: { municipalityId: zwolle }, modelId: "nope" });
    expect(badModel.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "modelId" });
    const badHorizon = await refused({
      filter: { municipalityId: zwolle },
      settings: { horizonMonths: 0 },
    });
    expect(badHorizon.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(String(badHorizon.extensions!.field)).toMatch(/^settings\.horizonMonths/);
    // The admin sees every municipality, so it must name one.
    const noMunicipality = await refused({ filter: {} });
    expect(noMunicipality.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "filter.municipalityId",
    });
    // A cohort is a quarter or a year: a month is not one.
    const month = await refused({ filter: { municipalityId: zwolle }, cohort: "MONTH" });
    expect(month.extensions!.code).toBe("BAD_USER_INPUT");
    expect(month.message).toMatch(/CohortGranularity/);
  });

  it("answers another municipality's ids as effectComparison does: NOT_FOUND", async () => {
    const analyst = await t.as("ANALYST", zwolle);
    const filters = [
      { municipalityId: foreign.municipality, teamId: foreign.team },
      { municipalityId: foreign.municipality },
    ];
    for (const filter of filters) {
      const trendAnswer = await analyst.gql(TREND, { groupBy: "TEAM", cohort: "YEAR", filter });
      const comparisonAnswer = await analyst.gql(COMPARE, { groupBy: "TEAM", filter });
      expect(trendAnswer.errors![0].extensions!.code).toBe("NOT_FOUND");
      expect(trendAnswer.errors![0].message).toBe(comparisonAnswer.errors![0].message);
    }
    // Zwolle's analyst with a team of another municipality inside Zwolle's filter: no cases.
    const narrowed = { municipalityId: zwolle, teamId: foreign.team };
    const trendAnswer = await analyst.ok(TREND, {
      groupBy: "TEAM",
      cohort: "YEAR",
      filter: narrowed,
    });
    const comparisonAnswer = await analyst.ok(COMPARE, { groupBy: "TEAM", filter: narrowed });
    expect(trendAnswer.effectTrend.cases).toBe(comparisonAnswer.effectComparison.cases);
    expect(trendAnswer.effectTrend.cases).toBe(0);
    expect(trendAnswer.effectTrend.total.cohorts).toEqual([]);
  });

  it("lets the readers of effectComparison ask, and not a professional", async () => {
    for (const role of ["ANALYST", "FINANCE", "TEAM_LEAD"] as const) {
      const client = await t.as(role, zwolle);
      const result = await client.gql(TREND, {
        groupBy: "TEAM",
        cohort: "YEAR",
        filter: { municipalityId: zwolle },
      });
      expect(result.errors).toBeUndefined();
    }
    const professional = await t.as("PROFESSIONAL", zwolle);
    const refused = await professional.gql(TREND, { groupBy: "TEAM", cohort: "YEAR" });
    expect(refused.errors![0].extensions!.code).toBe("FORBIDDEN");
  });
});
