import { startTestServer, type TestServer } from "../../support/test-server";

const CALCULATE = `query($input: EffectScenarioInput!) { effectCalculation(input: $input) {
  investment presentValue npv sroiRatio netSroiRatio paybackMonth discountedPaybackMonth
  nominal { costs returns net }
  breakdown { investments extraCosts avoidedCosts outcomes }
  byStakeholder { stakeholder pays gains net }
  byValueType { valueType pays gains net }
  matrix { payer beneficiary value }
  upliftUsed { grade uplift items }
  settingsUsed { baseDate horizonMonths discountRate discountFirstYear ratioDecimals }
} }`;

/** The worked check of CALCULATOR.md as an ad hoc scenario. */
function workedCheck(settings: Record<string, unknown> = {}) {
  return {
    settings: {
      discountRate: "0.035",
      discountFirstYear: false,
      baseDate: "2025-01-01",
      horizonMonths: 24,
      ...settings,
    },
    investments: [
      { label: "aanpak", amount: "250000", date: "2025-01-01", payer: "GEM_WMO", grade: null },
    ],
    outcomes: [
      {
        label: "schulden gestabiliseerd",
        quantity: "60",
        proxy: "8500",
        startDate: "2025-01-01",
        durationYears: 2,
        deadweight: "0.4",
        attribution: "0.3",
        dropOff: "0.3",
        beneficiary: "INWONER",
      },
    ],
  };
}

function withOutcome(change: Record<string, unknown>) {
  const input = workedCheck();
  return { ...input, outcomes: [{ ...input.outcomes[0], ...change }] };
}

describe("effectCalculation (ad hoc what-if)", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  async function calculate(input: unknown, query = CALCULATE) {
    const result = await t.gql(query, { input });
    if (result.errors?.length) throw new Error(JSON.stringify(result.errors, null, 2));
    return { data: result.data.effectCalculation, statements: result.extensions?.sqlStatements };
  }

  async function refused(input: unknown) {
    const result = await t.gql(
      `query($input: EffectScenarioInput!) {
      effectCalculation(input: $input) { investment } }`,
      { input },
    );
    expect(result.data?.effectCalculation ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    return result.errors![0];
  }

  it("gives the worked check of CALCULATOR.md, and stores nothing", async () => {
    // year 1 = 60 × 8,500 × 0.6 × 0.7 = 214,200; year 2 = 149,940, ÷ 1.035 = 144,869.565…
    // PV = 359,069.565… → 359,069.57; NPV = 359,069.57 − 250,000; ratio 1.43627… → 1.436
    const { data, statements } = await calculate(workedCheck());
    expect(data).toMatchObject({
      investment: "250000.00",
      presentValue: "359069.57",
      npv: "109069.57",
      sroiRatio: "1.436",
      netSroiRatio: "0.436",
      paybackMonth: 15,
      discountedPaybackMonth: 15,
      nominal: { costs: "250000.00", returns: "364140.00", net: "114140.00" },
      breakdown: {
        investments: "250000.00",
        extraCosts: "0.00",
        avoidedCosts: "0.00",
        outcomes: "359069.57",
      },
      byStakeholder: [
        { stakeholder: "GEM_WMO", pays: "250000.00", gains: "0.00", net: "-250000.00" },
        { stakeholder: "INWONER", pays: "0.00", gains: "359069.57", net: "359069.57" },
      ],
      matrix: [{ payer: "GEM_WMO", beneficiary: "INWONER", value: "359069.57" }],
      settingsUsed: {
        baseDate: "2025-01-01",
        horizonMonths: 24,
        discountRate: "0.035",
        discountFirstYear: false,
        ratioDecimals: 3,
      },
    });
    expect(data.byValueType).toEqual(
      expect.arrayContaining([
        { valueType: "FISCAL", pays: "250000.00", gains: "0.00", net: "-250000.00" },
        { valueType: "SOCIAL", pays: "0.00", gains: "359069.57", net: "359069.57" },
      ]),
    );
    expect(statements).toBe(0);
  });

  it("fills in the horizon, discount rate and base date when they are left out", async () => {
    const { data } = await calculate(workedCheck({ horizonMonths: null, baseDate: null }));
    expect(data.settingsUsed).toMatchObject({ baseDate: "2025-01-01", horizonMonths: 24 });
    expect(data.presentValue).toBe("359069.57");

    const defaults = await calculate({ ...workedCheck(), settings: null });
    // Dutch MKBA default rate 2.25 %: 214,200 + 149,940 ÷ 1.0225 = 214,200 + 146,640.586…
    expect(defaults.data.settingsUsed.discountRate).toBe("0.0225");
    expect(defaults.data.presentValue).toBe("360840.59");

    const more = await calculate(workedCheck({ ratioDecimals: 5 }));
    expect(more.data.sroiRatio).toBe("1.43628");
  });

  it("nets reference against intervention per stakeholder and month (hand-computed)", async () => {
    // Base 2025-01, 24 months, rate 5 %, year 1 at face value.
    // GEM_WMO: investment 12,000 in month 1; intervention debt counselling 500 a month, months 1–6.
    // ZVW: reference GGZ 1,000 a month, months 1–12; intervention GP 100 a month, months 7–18.
    // WOCO: reference eviction 8,000 in month 15 (2026-03, year 2).
    // Per month: ZVW avoids 1,000 (m1–6) and 900 (m7–12) = 11,400 in year 1, and bears an extra
    // 100 in m13–18 = 600 in year 2 → 600 ÷ 1.05 = 571.43; WOCO avoids 8,000 ÷ 1.05 = 7,619.05.
    // investment = 12,000 + 3,000 + 571.428… = 15,571.43; PV = 11,400 + 7,619.047… = 19,019.05
    // ratio = (19,970 ÷ 1.05) ÷ (16,350 ÷ 1.05) = 1.2214… → 1.221; net 0.221; NPV 3,447.62.
    // Nominal balance: −11,500 after m1, +500 a month to −9,000 after m6, +900 a month to −3,600
    // after m12, −100 in m13 and m14 (−3,800), +7,900 in m15 → 4,100: payback in month 15.
    const input = {
      settings: { baseDate: "2025-01-01", horizonMonths: 24, discountRate: "0.05" },
      investments: [
        { label: "inzet buurtteam", amount: "12000", date: "2025-01-01", payer: "GEM_WMO" },
      ],
      events: [
        {
          scenario: "REFERENCE",
          label: "GGZ",
          amount: "1000",
          date: "2025-01-01",
          recurMonths: 12,
          payer: "ZVW",
        },
        {
          scenario: "REFERENCE",
          label: "huisuitzetting",
          amount: "8000",
          date: "2026-03-10",
          payer: "WOCO",
        },
        {
          scenario: "INTERVENTION",
          label: "schuldhulp",
          amount: "250",
          quantity: "2",
          date: "2025-01-15",
          recurMonths: 6,
          payer: "GEM_WMO",
        },
        {
          scenario: "INTERVENTION",
          label: "huisarts",
          amount: "100",
          date: "2025-07-01",
          recurMonths: 12,
          payer: "ZVW",
        },
      ],
    };
    const { data } = await calculate(input);
    expect(data).toMatchObject({
      investment: "15571.43",
      presentValue: "19019.05",
      npv: "3447.62",
      sroiRatio: "1.221",
      netSroiRatio: "0.221",
      paybackMonth: 15,
      discountedPaybackMonth: 15,
      breakdown: {
        investments: "12000.00",
        extraCosts: "3571.43",
        avoidedCosts: "19019.05",
        outcomes: "0.00",
      },
    });
    const byStakeholder = Object.fromEntries(
      data.byStakeholder.map((row: any) => [row.stakeholder, row]),
    );
    expect(byStakeholder).toEqual({
      GEM_WMO: { stakeholder: "GEM_WMO", pays: "15000.00", gains: "0.00", net: "-15000.00" },
      ZVW: { stakeholder: "ZVW", pays: "571.43", gains: "11400.00", net: "10828.57" },
      WOCO: { stakeholder: "WOCO", pays: "0.00", gains: "7619.05", net: "7619.05" },
    });
    // The matrix spreads every gain over the payers; it adds up to the present value.
    const matrixCents = data.matrix.reduce(
      (sum: number, cell: any) => sum + Math.round(Number(cell.value) * 100),
      0,
    );
    expect(matrixCents).toBe(1901905);
    expect(new Set(data.matrix.map((cell: any) => cell.payer))).toEqual(
      new Set(["GEM_WMO", "ZVW"]),
    );
  });

  it("gives the timeline by month, quarter and year", async () => {
    const { data } = await calculate(
      workedCheck(),
      `query($input: EffectScenarioInput!) { effectCalculation(input: $input) {
        months: timeline { period month baseYear costs returns net cumulative discountedCumulative }
        quarters: timeline(granularity: QUARTER) { period month returns }
        years: timeline(granularity: YEAR) { period costs returns net cumulative }
      } }`,
    );
    expect(data.months).toHaveLength(24);
    expect(data.months[0]).toEqual({
      period: "2025-01",
      month: 1,
      baseYear: 1,
      costs: "250000.00",
      returns: "17850.00",
      net: "-232150.00",
      cumulative: "-232150.00",
      discountedCumulative: "-232150.00",
    });
    expect(data.months[14]).toMatchObject({ period: "2026-03", cumulative: "1685.00" });
    expect(data.months[23]).toMatchObject({ baseYear: 2, discountedCumulative: "109069.57" });
    expect(data.quarters).toHaveLength(8);
    expect(data.quarters[0]).toEqual({ period: "2025-Q1", month: null, returns: "53550.00" });
    expect(data.years).toEqual([
      {
        period: "2025",
        costs: "250000.00",
        returns: "214200.00",
        net: "-35800.00",
        cumulative: "-35800.00",
      },
      {
        period: "2026",
        costs: "0.00",
        returns: "149940.00",
        net: "149940.00",
        cumulative: "114140.00",
      },
    ]);
  });

  it("gives sensitivity rows with their break-even values, also through fragments", async () => {
    const { data } = await calculate(
      workedCheck(),
      `query($input: EffectScenarioInput!) { effectCalculation(input: $input) { ...Figures } }
       fragment Figures on EffectResult { sroiRatio ... on EffectResult {
         sensitivity { parameter kind label baseValue lowValue highValue low high breakEven } } }`,
    );
    const rows = Object.fromEntries(data.sensitivity.map((row: any) => [row.parameter, row]));
    expect(Object.keys(rows)).toEqual(
      expect.arrayContaining([
        "outcomes[0].deadweight",
        "outcomes[0].attribution",
        "outcomes[0].dropOff",
        "outcomes[0].proxy",
        "outcomes[0].durationYears",
        "settings.discountRate",
      ]),
    );
    // PV is proportional to (1 − deadweight): ratio 1 at 1 − 0.6 × 250,000 ÷ 359,069.565…
    // = 1 − 155,250 ÷ 371,637 = 0.5822536… → 0.582254; a higher deadweight lowers the ratio.
    expect(rows["outcomes[0].deadweight"]).toMatchObject({
      kind: "DEADWEIGHT",
      label: "schulden gestabiliseerd",
      baseValue: "0.4",
      lowValue: "0.3",
      highValue: "0.5",
      breakEven: "0.582254",
    });
    expect(Number(rows["outcomes[0].deadweight"].low)).toBeGreaterThan(1.436);
    expect(Number(rows["outcomes[0].deadweight"].high)).toBeLessThan(1.436);
    // proxy: 250,000 × 8,500 ÷ 359,069.565… = 2,199,375,000 ÷ 371,637 = 5,918.07
    expect(rows["outcomes[0].proxy"].breakEven).toBe("5918.07");
    // one year gives 214,200 < 250,000; two years reach a ratio of 1.436
    expect(rows["outcomes[0].durationYears"].breakEven).toBe("2");
    // rate 0: 364,140 ÷ 250,000 = 1.45656; rate 0.07: (214,200 + 149,940 ÷ 1.07) ÷ 250,000 =
    // 1.41732…; even at 100 % the ratio stays above 1 (214,200 + 74,970 > 250,000): no break-even
    expect(rows["settings.discountRate"]).toEqual({
      parameter: "settings.discountRate",
      kind: "DISCOUNT_RATE",
      label: null,
      baseValue: "0.035",
      lowValue: "0",
      highValue: "0.07",
      low: "1.457",
      high: "1.417",
      breakEven: null,
    });
  });

  it("applies optimism bias by grade and shows the uplift used", async () => {
    // grade C (25 %): the investment 100,000 becomes 125,000, the outcome 120,000 becomes 90,000
    const { data } = await calculate({
      settings: { baseDate: "2025-01-01", discountRate: "0" },
      investments: [{ amount: "100000", date: "2025-01-01", grade: "C" }],
      outcomes: [
        { quantity: "1", proxy: "120000", startDate: "2025-01-01", durationYears: 1, grade: "C" },
      ],
    });
    expect(data).toMatchObject({
      investment: "125000.00",
      presentValue: "90000.00",
      sroiRatio: "0.720",
    });
    expect(data.upliftUsed).toEqual([
      { grade: "A", uplift: "0", items: 0 },
      { grade: "B", uplift: "0.1", items: 0 },
      { grade: "C", uplift: "0.25", items: 2 },
    ]);
    expect(data.byStakeholder.map((row: any) => row.stakeholder)).toEqual(["UNSPECIFIED"]);

    const custom = await calculate({
      settings: { baseDate: "2025-01-01", discountRate: "0", optimismBias: { C: "0.5" } },
      investments: [{ amount: "100000", date: "2025-01-01", grade: "C" }],
    });
    expect(custom.data.investment).toBe("150000.00");
  });

  it("refuses bad fractions, durations, rates and dates as BAD_USER_INPUT naming the field", async () => {
    const cases: [unknown, string, RegExp][] = [
      [withOutcome({ deadweight: "1.5" }), "input.outcomes[0].deadweight", /from 0 to 1, got 1\.5/],
      [withOutcome({ attribution: "-0.1" }), "input.outcomes[0].attribution", /from 0 to 1/],
      [withOutcome({ dropOff: "2" }), "input.outcomes[0].dropOff", /from 0 to 1/],
      [
        withOutcome({ durationYears: -1 }),
        "input.outcomes[0].durationYears",
        /whole number from 1/,
      ],
      [withOutcome({ durationYears: 0 }), "input.outcomes[0].durationYears", /got 0/],
      [withOutcome({ proxy: "-8500" }), "input.outcomes[0].proxy", /must not be negative/],
      [workedCheck({ discountRate: "1.2" }), "input.settings.discountRate", /from 0 to 1/],
      [workedCheck({ horizonMonths: 0 }), "input.settings.horizonMonths", /whole number from 1/],
      [workedCheck({ optimismBias: { B: "2" } }), "input.settings.optimismBias.B", /from 0 to 1/],
      [
        {
          ...workedCheck(),
          events: [{ scenario: "REFERENCE", amount: "10", date: "2025-01-01", recurMonths: 0 }],
        },
        "input.events[0].recurMonths",
        /whole number from 1/,
      ],
      [{ settings: { horizonMonths: 12 } }, "input.settings.baseDate", /is required/],
    ];
    for (const [input, field, reason] of cases) {
      const error = await refused(input);
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.extensions?.field).toBe(field);
      expect(error.message.startsWith(`${field}: `)).toBe(true);
      expect(error.message).toMatch(reason);
    }
  });

  it("refuses a date that is not a calendar date, naming the field", async () => {
    const input = workedCheck();
    const badDate = await refused({
      ...input,
      investments: [{ ...input.investments[0], date: "2025-02-30" }],
    });
    expect(badDate.extensions?.code).toBe("BAD_USER_INPUT");
    expect(badDate.message).toMatch(/input\.investments\[0\]\.date/);
    expect(badDate.message).toMatch(/2025-02-30 is not a calendar date/);

    const badStart = await refused(withOutcome({ startDate: "1 januari 2025" }));
    expect(badStart.extensions?.code).toBe("BAD_USER_INPUT");
    expect(badStart.message).toMatch(/input\.outcomes\[0\]\.startDate/);
  });
});
