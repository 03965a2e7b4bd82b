import { calculateEffect } from "../../../../calculators/effect";
import { sumCents, workedCheck } from "./builders";

/*
 * The worked check of CALCULATOR.md, by hand:
 *   year 1 = 60 × 8,500 × (1 − 0.4) × (1 − 0.3)       = 214,200.00  (months 1–12: 17,850 each)
 *   year 2 = 214,200 × (1 − 0.3)                     = 149,940.00  (months 13–24: 12,495 each)
 *   year 2 discounted (year 1 at face value) = 149,940 ÷ 1.035 = 144,869.565… → 144,869.57
 *   PV = 214,200 + 144,869.565… = 359,069.565… → 359,069.57
 *   SROI ratio = 359,069.565… ÷ 250,000 = 1.43627… → 1.436; net = 0.436; NPV = 109,069.57
 */
describe("the worked check of CALCULATOR.md", () => {
  const result = calculateEffect(workedCheck());
  const timeline = result.timeline!;

  it("gives the published present value and ratio", () => {
    expect(result.investment).toBe("250000.00");
    expect(result.presentValue).toBe("359069.57");
    expect(result.npv).toBe("109069.57");
    expect(result.sroiRatio).toBe("1.436");
    expect(result.netSroiRatio).toBe("0.436");
  });

  it("has year 1 = 214,200.00 and year 2 = 149,940.00, discounted 144,869.57", () => {
    const year1 = timeline.filter((row) => row.baseYear === 1);
    const year2 = timeline.filter((row) => row.baseYear === 2);
    expect(sumCents(year1.map((row) => row.returns))).toBe(21420000n);
    expect(sumCents(year2.map((row) => row.returns))).toBe(14994000n);
    expect(sumCents(year1.map((row) => row.discountedReturns))).toBe(21420000n);
    expect(sumCents(year2.map((row) => row.discountedReturns))).toBe(14486957n);
    expect(year1.every((row) => row.returns === "17850.00")).toBe(true);
    expect(year2.every((row) => row.returns === "12495.00")).toBe(true);
  });

  it("spreads the discounted year 2 so that its months add up to the discounted year", () => {
    // 12,495 ÷ 1.035 = 12,072.4637… a month; rounded one by one twelve months would give
    // 144,869.52, so the rows are rounded cumulatively: 12,072.46, 12,072.47, 12,072.46 …
    expect(timeline[12].discountedReturns).toBe("12072.46");
    expect(timeline[13].discountedReturns).toBe("12072.47");
    expect(timeline[23].discountedCumulative).toBe(result.npv);
  });

  it("pays back in month 15, nominal and discounted", () => {
    // nominal: 214,200 + 2 × 12,495 = 239,190 < 250,000 at month 14; 251,685 at month 15.
    // discounted: 214,200 + 3 × 12,072.46… = 250,417.39 at month 15 (238,344.93 at month 14).
    expect(timeline[13].cumulative).toBe("-10810.00");
    expect(timeline[14].cumulative).toBe("1685.00");
    expect(timeline[14].discountedCumulative).toBe("417.39");
    expect(result.paybackMonth).toBe(15);
    expect(result.discountedPaybackMonth).toBe(15);
  });

  it("splits payer and beneficiary", () => {
    expect(result.byStakeholder).toEqual([
      { stakeholder: "MUNICIPALITY", pays: "250000.00", gains: "0.00", net: "-250000.00" },
      { stakeholder: "RESIDENT", pays: "0.00", gains: "359069.57", net: "359069.57" },
    ]);
    expect(result.matrix).toEqual([
      { payer: "MUNICIPALITY", beneficiary: "RESIDENT", value: "359069.57" },
    ]);
    expect(result.breakdown).toEqual({
      investments: "250000.00",
      extraCosts: "0.00",
      avoidedCosts: "0.00",
      outcomes: "359069.57",
    });
  });
});
