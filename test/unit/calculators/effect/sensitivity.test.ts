import { calculateEffect, sensitivity, type SensitivityRow } from "../../../../calculators/effect";
import { caseInput, outcome, workedCheck } from "./builders";

function row(rows: readonly SensitivityRow[], parameter: string): SensitivityRow {
  const found = rows.find((candidate) => candidate.parameter === parameter);
  if (!found) throw new Error(`no row ${parameter}`);
  return found;
}

describe("sensitivity (rule 7) on the worked check", () => {
  /*
   * PV(returns) = 60 × 8,500 × (1 − dw)(1 − disp)(1 − attr)(1 − leak) × (1 + (1 − dropOff) ÷ 1.035)
   * With the base values the factor (1 + 0.7 ÷ 1.035) = 1.6763285; investment 250,000.
   */
  const rows = sensitivity(workedCheck());

  it("has one row per assumption: seven per outcome, then the discount rate", () => {
    expect(rows.map((r) => r.parameter)).toEqual([
      "outcomes[0].deadweight",
      "outcomes[0].displacement",
      "outcomes[0].attribution",
      "outcomes[0].leakage",
      "outcomes[0].dropOff",
      "outcomes[0].proxy",
      "outcomes[0].durationYears",
      "settings.discountRate",
    ]);
    expect(rows[0].outcomeId).toBe("wellbeing");
    expect(rows[7].outcomeId).toBeNull();
  });

  it("moves fractions by ±0.1 within [0, 1] and solves the break-even exactly", () => {
    // dw 0.3: 357,000 × 0.7 × 1.6763285 = 418,914.49 → 1.676; dw 0.5: 299,224.64 → 1.197.
    // break-even: 357,000 × (1 − dw) × 1.6763285 = 250,000 → 1 − dw = 0.4177463 → dw = 0.582254.
    expect(row(rows, "outcomes[0].deadweight")).toMatchObject({
      kind: "DEADWEIGHT",
      baseValue: "0.4",
      lowValue: "0.3",
      highValue: "0.5",
      low: "1.676",
      high: "1.197",
      breakEven: "0.582254",
    });
    // attribution 0.2: 244,800 × 1.6763285 = 410,365.2 → 1.641; 0.4: 307,773.9 → 1.231;
    // break-even 1 − 250,000 ÷ (510,000 × 0.6 × 1.6763285) = 0.512629.
    expect(row(rows, "outcomes[0].attribution")).toMatchObject({
      low: "1.641",
      high: "1.231",
      breakEven: "0.512629",
    });
    // displacement 0 → low clamps at 0 (ratio unchanged 1.436); 0.1 → × 0.9 = 1.293;
    // break-even 1 − 250,000 ÷ 359,069.565 = 0.303756. Leakage (absent = 0) the same.
    for (const parameter of ["outcomes[0].displacement", "outcomes[0].leakage"]) {
      expect(row(rows, parameter)).toMatchObject({
        baseValue: "0",
        lowValue: "0",
        highValue: "0.1",
        low: "1.436",
        high: "1.293",
        breakEven: "0.303756",
      });
    }
  });

  it("finds the drop-off break-even by bisection", () => {
    // 0.2: 214,200 × (1 + 0.8 ÷ 1.035) = 379,765.2 → 1.519; 0.4: 338,373.9 → 1.353.
    // break-even: 214,200 × (1 + (1 − d) ÷ 1.035) = 250,000 → 1 − d = 35,800 × 1.035 ÷ 214,200
    //   = 0.1729832 → d = 0.8270168 → 0.827017.
    expect(row(rows, "outcomes[0].dropOff")).toMatchObject({
      lowValue: "0.2",
      highValue: "0.4",
      low: "1.519",
      high: "1.353",
      breakEven: "0.827017",
    });
  });

  it("moves the proxy by ±20 % and solves its break-even to the cent", () => {
    // 6,800 → 1.436 × 0.8 = 1.149; 10,200 → 1.724.
    // break-even: 250,000 ÷ (60 × 0.6 × 0.7 × 1.6763285) = 5,918.0733 → 5,918.07.
    expect(row(rows, "outcomes[0].proxy")).toMatchObject({
      baseValue: "8500",
      lowValue: "6800",
      highValue: "10200",
      low: "1.149",
      high: "1.724",
      breakEven: "5918.07",
    });
  });

  it("moves the duration by ±1 year (at least 1) and finds the fewest years that break even", () => {
    // 1 year: 214,200 ÷ 250,000 = 0.857; 3 years: year 3 lies beyond the 24-month horizon → 1.436.
    // 1 year is below 1.0, 2 years above → break-even 2.
    expect(row(rows, "outcomes[0].durationYears")).toMatchObject({
      baseValue: "2",
      lowValue: "1",
      highValue: "3",
      low: "0.857",
      high: "1.436",
      breakEven: "2",
    });
  });

  it("moves the discount rate to 0 and × 2; no break-even when the ratio stays above 1", () => {
    // r = 0: 364,140 ÷ 250,000 = 1.457; r = 0.07: (214,200 + 140,130.84) ÷ 250,000 = 1.417.
    // At r = 1 (the search limit) the ratio is still (214,200 + 74,970) ÷ 250,000 = 1.157.
    expect(row(rows, "settings.discountRate")).toMatchObject({
      kind: "DISCOUNT_RATE",
      baseValue: "0.035",
      lowValue: "0",
      highValue: "0.07",
      low: "1.457",
      high: "1.417",
      breakEven: null,
    });
  });

  it("is part of calculateEffect only when asked for", () => {
    expect(calculateEffect(workedCheck()).sensitivity).toBeNull();
    expect(calculateEffect(workedCheck(), { sensitivity: true }).sensitivity).toEqual(rows);
  });
});

describe("sensitivity edge cases", () => {
  it("finds the discount rate at which the ratio falls to 1", () => {
    // investment 1,000 in month 1, avoided 1,100 in month 13: ratio = 1.1 ÷ (1 + r) → 1 at r = 0.1.
    // base 3.5 %: 1.0628 → 1.063; low 0: 1.100; high 7 %: 1.0280 → 1.028.
    const rows = sensitivity(
      caseInput({
        settings: { discountRate: "0.035" },
        investments: [{ date: "2024-01-01", amount: "1000", payer: "WMO" }],
        events: [{ scenario: "REFERENCE", date: "2025-01-01", amount: "1100", payer: "ZVW" }],
      }),
    );
    expect(rows).toEqual([
      {
        parameter: "settings.discountRate",
        kind: "DISCOUNT_RATE",
        outcomeId: null,
        baseValue: "0.035",
        lowValue: "0",
        highValue: "0.07",
        low: "1.100",
        high: "1.028",
        breakEven: "0.100000",
      },
    ]);
  });

  it("gives null break-evens when no value in the valid range reaches a ratio of 1", () => {
    // investment 100 and an avoided cost of 500: even with the outcome worth nothing the ratio
    // stays ≥ 5, so no deadweight, proxy or duration brings it down to 1.
    const rows = sensitivity(
      caseInput({
        investments: [{ date: "2024-01-01", amount: "100", payer: "WMO" }],
        events: [{ scenario: "REFERENCE", date: "2024-01-01", amount: "500", payer: "ZVW" }],
        outcomes: [outcome()],
      }),
    );
    expect(rows.find((r) => r.kind === "DEADWEIGHT")!.breakEven).toBeNull();
    expect(rows.find((r) => r.kind === "DROP_OFF")!.breakEven).toBeNull();
    expect(rows.find((r) => r.kind === "PROXY")!.breakEven).toBeNull();
    expect(rows.find((r) => r.kind === "DURATION")!.breakEven).toBe("1");
  });

  it("gives only nulls when there is no investment (no ratio exists)", () => {
    const rows = sensitivity(caseInput({ outcomes: [outcome()] }));
    for (const r of rows) {
      expect([r.low, r.high, r.breakEven]).toEqual([null, null, null]);
    }
  });

  it("gives a null break-even for an outcome that lies beyond the horizon", () => {
    const rows = sensitivity(
      caseInput({
        settings: { horizonMonths: 12 },
        investments: [{ date: "2024-01-01", amount: "1000", payer: "WMO" }],
        outcomes: [outcome({ start: "2025-06-01" })],
      }),
    );
    for (const r of rows.filter(
      (candidate) => candidate.outcomeId === null && candidate.kind !== "DISCOUNT_RATE",
    )) {
      expect(r.breakEven).toBeNull();
      expect(r.low).toBe("0.000");
    }
  });

  it("uses the step settings given", () => {
    const rows = sensitivity({
      ...workedCheck(),
      settings: {
        ...workedCheck().settings,
        sensitivity: {
          fractionStep: "0.25",
          proxyStep: "0.5",
          durationStep: 3,
          discountRateLow: "0.01",
          discountRateHighFactor: "3",
        },
      },
    });
    expect(row(rows, "outcomes[0].deadweight")).toMatchObject({
      lowValue: "0.15",
      highValue: "0.65",
    });
    expect(row(rows, "outcomes[0].dropOff")).toMatchObject({ lowValue: "0.05", highValue: "0.55" });
    expect(row(rows, "outcomes[0].proxy")).toMatchObject({ lowValue: "4250", highValue: "12750" });
    expect(row(rows, "outcomes[0].durationYears")).toMatchObject({ lowValue: "1", highValue: "5" });
    expect(row(rows, "settings.discountRate")).toMatchObject({
      lowValue: "0.01",
      highValue: "0.105",
    });
  });
});
