import { calculateEffect } from "../../../../calculators/effect";
import { caseInput, outcome, sumCents } from "./builders";

describe("valued outcomes (rule 3)", () => {
  /*
   * quantity 10 × proxy 1,200 = 12,000
   * × (1 − 0.25 deadweight) × (1 − 0.2 displacement) × (1 − 0.5 attribution) × (1 − 0.1 leakage)
   *   = 12,000 × 0.75 × 0.8 × 0.5 × 0.9 = 3,240 in year 1; drop-off 0.5 → 1,620 in year 2.
   * Starts 2024-07 (month 7): year 1 = months 7–18 at 270 a month; year 2 = months 19–30 at 135.
   */
  const adjusted = outcome({
    quantity: 10,
    proxy: "1200",
    start: "2024-07-01",
    durationYears: 2,
    deadweight: "0.25",
    displacement: "0.2",
    attribution: "0.5",
    leakage: "0.1",
    dropOff: "0.5",
  });

  it("applies every adjustment and the drop-off, spread evenly over each outcome year", () => {
    const result = calculateEffect(
      caseInput({ settings: { horizonMonths: 36 }, outcomes: [adjusted] }),
    );
    const returns = result.timeline!.map((row) => row.returns);
    expect(returns.slice(0, 6).every((value) => value === "0.00")).toBe(true);
    expect(returns.slice(6, 18).every((value) => value === "270.00")).toBe(true);
    expect(returns.slice(18, 30).every((value) => value === "135.00")).toBe(true);
    // zero after its duration (months 31–36)
    expect(returns.slice(30).every((value) => value === "0.00")).toBe(true);
    expect(result.nominal.returns).toBe("4860.00");
  });

  it("discounts each month with the base year it falls in, not the outcome year", () => {
    // rate 10 %, year 1 at face value:
    //   base year 1 (months 1–12):  months 7–12 × 270 = 1,620            ÷ 1    = 1,620
    //   base year 2 (months 13–24): 6 × 270 + 6 × 135 = 2,430            ÷ 1.1  = 2,209.0909…
    //   base year 3 (months 25–36): 6 × 135 = 810                        ÷ 1.21 = 669.4214…
    //   PV = 4,498.5124… → 4,498.51
    const result = calculateEffect(
      caseInput({ settings: { horizonMonths: 36, discountRate: "0.1" }, outcomes: [adjusted] }),
    );
    expect(result.presentValue).toBe("4498.51");
  });

  it("counts only the months inside the horizon", () => {
    // horizon 12: months 7–12 of year 1 only = 6 × 270 = 1,620.
    const result = calculateEffect(
      caseInput({ settings: { horizonMonths: 12 }, outcomes: [adjusted] }),
    );
    expect(result.presentValue).toBe("1620.00");
  });

  it("keeps the months of an outcome that started before the base date from month 1 on", () => {
    // start 2023-10 (month −2), 1 year of 1,200: months −2 … 9 → months 1–9 count: 9 × 100 = 900.
    const result = calculateEffect(
      caseInput({ outcomes: [outcome({ start: "2023-10-01", proxy: "1200" })] }),
    );
    expect(result.presentValue).toBe("900.00");
  });

  it("spreads a year that does not divide by 12 so the months still add up to the year", () => {
    // 1,000 ÷ 12 = 83.333… a month. Rounded cumulatively: 83.33, 166.67, 250.00 … 1,000.00,
    // so the rows read 83.33, 83.34, 83.33, 83.33, 83.34, 83.33 … and add up to 1,000.00.
    const result = calculateEffect(
      caseInput({ settings: { horizonMonths: 12 }, outcomes: [outcome({ proxy: "1000" })] }),
    );
    const rows = result.timeline!.map((row) => row.returns);
    expect(rows.slice(0, 6)).toEqual(["83.33", "83.34", "83.33", "83.33", "83.34", "83.33"]);
    expect(sumCents(rows)).toBe(100000n);
    expect(result.presentValue).toBe("1000.00");
    expect(result.timeline![11].cumulative).toBe("1000.00");
  });

  it("gives the gain to the beneficiary with the outcome's value type", () => {
    const result = calculateEffect(
      caseInput({
        outcomes: [outcome({ beneficiary: "UWV", valueType: "ECONOMIC", proxy: "2400" })],
        investments: [{ date: "2024-01-01", amount: "1000", payer: "WMO" }],
      }),
    );
    expect(result.byStakeholder).toEqual([
      { stakeholder: "UWV", pays: "0.00", gains: "2400.00", net: "2400.00" },
      { stakeholder: "WMO", pays: "1000.00", gains: "0.00", net: "-1000.00" },
    ]);
    expect(result.byValueType.find((row) => row.valueType === "ECONOMIC")!.gains).toBe("2400.00");
  });

  it("treats an absent leakage as 0 and a full deadweight as no gain", () => {
    const none = calculateEffect(caseInput({ outcomes: [outcome({ leakage: null })] }));
    expect(none.presentValue).toBe("1200.00");
    const full = calculateEffect(caseInput({ outcomes: [outcome({ deadweight: 1 })] }));
    expect(full.presentValue).toBe("0.00");
    expect(full.byStakeholder).toEqual([]);
  });
});
