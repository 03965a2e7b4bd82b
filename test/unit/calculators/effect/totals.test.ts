import { calculateEffect } from "../../../../calculators/effect";
import { caseInput, outcome } from "./builders";

describe("totals, ratios and payback (rule 5)", () => {
  it("adds explicit investments and extra costs into the investment", () => {
    // investment 600 (month 1) + extra cost 400 (WMO intervention month 2) = 1,000;
    // returns: avoided 300 (ZVW, month 3) + outcome 1,200 = 1,500. No discounting.
    // NPV 500; ratio 1.5; net 0.5.
    const result = calculateEffect(
      caseInput({
        investments: [{ date: "2024-01-01", amount: "600", payer: "WMO" }],
        events: [
          { scenario: "INTERVENTION", date: "2024-02-01", amount: "400", payer: "WMO" },
          { scenario: "REFERENCE", date: "2024-03-01", amount: "300", payer: "ZVW" },
        ],
        outcomes: [outcome()],
      }),
    );
    expect(result.investment).toBe("1000.00");
    expect(result.presentValue).toBe("1500.00");
    expect(result.npv).toBe("500.00");
    expect(result.sroiRatio).toBe("1.500");
    expect(result.netSroiRatio).toBe("0.500");
    expect(result.breakdown).toEqual({
      investments: "600.00",
      extraCosts: "400.00",
      avoidedCosts: "300.00",
      outcomes: "1200.00",
    });
  });

  it("has no ratio when the investment is 0", () => {
    const result = calculateEffect(caseInput({ outcomes: [outcome()] }));
    expect(result.investment).toBe("0.00");
    expect(result.presentValue).toBe("1200.00");
    expect(result.sroiRatio).toBeNull();
    expect(result.netSroiRatio).toBeNull();
    expect(result.paybackMonth).toBeNull();
  });

  it("gives ratios with more decimals when asked", () => {
    // 1,400 ÷ 300 = 4.666666… → 6 decimals 4.666667; net 3.666667.
    const result = calculateEffect(
      caseInput({
        settings: { ratioDecimals: 6 },
        investments: [{ date: "2024-01-01", amount: "300", payer: "WMO" }],
        outcomes: [outcome({ proxy: "1400" })],
      }),
    );
    expect(result.sroiRatio).toBe("4.666667");
    expect(result.netSroiRatio).toBe("3.666667");
  });

  describe("payback month", () => {
    it("is the first month from the first cost on whose cumulative balance is ≥ 0", () => {
      // returns 100 a month from month 1 (outcome 1,200 a year); investment 250 in month 4.
      // Before month 4 nothing is paid back yet (no cost). Cumulative: m4 400 − 250 = 150 ≥ 0.
      const result = calculateEffect(
        caseInput({
          investments: [{ date: "2024-04-01", amount: "250", payer: "WMO" }],
          outcomes: [outcome()],
        }),
      );
      expect(result.paybackMonth).toBe(4);
    });

    it("counts an exact zero balance as paid back", () => {
      // investment 300 in month 1, returns 100 a month: cumulative −200, −100, 0 → month 3.
      const result = calculateEffect(
        caseInput({
          investments: [{ date: "2024-01-01", amount: "300", payer: "WMO" }],
          outcomes: [outcome()],
        }),
      );
      expect(result.timeline![2].cumulative).toBe("0.00");
      expect(result.paybackMonth).toBe(3);
    });

    it("is null when the balance stays negative", () => {
      const result = calculateEffect(
        caseInput({
          settings: { horizonMonths: 12 },
          investments: [{ date: "2024-01-01", amount: "1200.01", payer: "WMO" }],
          outcomes: [outcome()],
        }),
      );
      expect(result.timeline![11].cumulative).toBe("-0.01");
      expect(result.paybackMonth).toBeNull();
    });

    it("is later, or never, when discounted", () => {
      // investment 1,000 in month 1; avoided 1,000 in month 13; 100 in month 14; rate 10 %.
      // nominal: month 13 balance 0 → 13. discounted: month 13 1,000 ÷ 1.1 = 909.09 → −90.91;
      // month 14: + 100 ÷ 1.1 = 90.909… → (1,100 ÷ 1.1) − 1,000 = 0.00 → 14.
      const input = caseInput({
        settings: { discountRate: "0.1" },
        investments: [{ date: "2024-01-01", amount: "1000", payer: "WMO" }],
        events: [
          { scenario: "REFERENCE", date: "2025-01-01", amount: "1000", payer: "ZVW" },
          { scenario: "REFERENCE", date: "2025-02-01", amount: "100", payer: "ZVW" },
        ],
      });
      const result = calculateEffect(input);
      expect(result.paybackMonth).toBe(13);
      expect(result.timeline![12].discountedCumulative).toBe("-90.91");
      expect(result.timeline![13].discountedCumulative).toBe("0.00");
      expect(result.discountedPaybackMonth).toBe(14);
      const shorter = calculateEffect({ ...input, events: input.events!.slice(0, 1) });
      expect(shorter.paybackMonth).toBe(13);
      expect(shorter.discountedPaybackMonth).toBeNull();
    });

    it("is read from the rounded cumulative columns", () => {
      // cost 0.004 + 0.004 (rounds to 0.00 and 0.01 cumulatively) against returns 0.005 a
      // month: cumulative costs 0.004 → 0.00 (no cost shown yet), then 0.008 → 0.01 with returns
      // 0.010 → 0.01: balance 0.00 in month 2 → paid back in month 2.
      const result = calculateEffect(
        caseInput({
          settings: { horizonMonths: 2 },
          investments: [{ date: "2024-01-01", amount: "0.004", payer: "WMO", recurMonths: 2 }],
          outcomes: [outcome({ proxy: "0.06" })],
        }),
      );
      expect(result.timeline!.map((row) => row.costs)).toEqual(["0.00", "0.01"]);
      expect(result.timeline!.map((row) => row.returns)).toEqual(["0.01", "0.00"]);
      expect(result.paybackMonth).toBe(2);
    });
  });
});
