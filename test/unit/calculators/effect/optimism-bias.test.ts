import { calculateEffect, DEFAULT_UPLIFTS } from "../../../../calculators/effect";
import { caseInput, outcome, workedCheck } from "./builders";

describe("optimism bias (rule 8)", () => {
  it("defaults to A 0, B 0.10, C 0.25", () => {
    expect(DEFAULT_UPLIFTS).toEqual({ A: "0", B: "0.1", C: "0.25" });
  });

  it("raises graded costs and lowers graded benefits before anything else", () => {
    // The worked check with the investment graded C and the outcome's proxy graded B:
    //   investment 250,000 × 1.25 = 312,500
    //   PV 359,069.565… × 0.9 = 323,162.6087 → 323,162.61
    //   ratio 323,162.6087 ÷ 312,500 = 1.03412 → 1.034
    const input = workedCheck();
    const result = calculateEffect({
      ...input,
      investments: [{ ...input.investments![0], confidence: "C" }],
      outcomes: [{ ...input.outcomes![0], confidence: "B" }],
    });
    expect(result.investment).toBe("312500.00");
    expect(result.presentValue).toBe("323162.61");
    expect(result.sroiRatio).toBe("1.034");
    expect(result.upliftUsed).toEqual([
      { grade: "A", uplift: "0", items: 0 },
      { grade: "B", uplift: "0.1", items: 1 },
      { grade: "C", uplift: "0.25", items: 1 },
    ]);
  });

  it("raises intervention events and lowers reference events (costs avoided are benefits)", () => {
    // Both graded B, same payer and month: intervention 100 × 1.1 = 110,
    // reference 100 × 0.9 = 90 → difference −20, an extra cost. Ungraded they would cancel.
    const events = (confidence: "B" | null) =>
      caseInput({
        settings: { horizonMonths: 1 },
        events: [
          { scenario: "INTERVENTION", date: "2024-01-01", amount: "100", payer: "WMO", confidence },
          { scenario: "REFERENCE", date: "2024-01-01", amount: "100", payer: "WMO", confidence },
        ],
      });
    expect(calculateEffect(events("B")).investment).toBe("20.00");
    expect(calculateEffect(events(null)).investment).toBe("0.00");
  });

  it("gives no uplift to items without a grade, and uses the uplifts given", () => {
    // C set to 0.5: the C-graded outcome of 1,200 becomes 600; the ungraded one stays 1,200.
    const result = calculateEffect(
      caseInput({
        settings: { optimismBias: { C: "0.5" } },
        outcomes: [outcome({ confidence: "C" }), outcome({ beneficiary: "ZVW" })],
      }),
    );
    expect(result.byStakeholder).toEqual([
      { stakeholder: "RESIDENT", pays: "0.00", gains: "600.00", net: "600.00" },
      { stakeholder: "ZVW", pays: "0.00", gains: "1200.00", net: "1200.00" },
    ]);
    expect(result.upliftUsed).toEqual([
      { grade: "A", uplift: "0", items: 0 },
      { grade: "B", uplift: "0.1", items: 0 },
      { grade: "C", uplift: "0.5", items: 1 },
    ]);
  });
});
