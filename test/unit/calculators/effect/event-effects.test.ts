import { calculateEffect, type EffectEvent } from "../../../../calculators/effect";
import { caseInput } from "./builders";

function event(
  scenario: "INTERVENTION" | "REFERENCE",
  payer: string,
  date: string,
  amount: string,
  extra: Partial<EffectEvent> = {},
): EffectEvent {
  return { scenario, payer, date, amount, ...extra };
}

describe("effect of event streams: reference − intervention per stakeholder and month (rule 2)", () => {
  /*
   * WMO:  intervention 300 a month in months 1–3; reference 500 a month in months 1–2.
   *       month 1: 500 − 300 = +200 (avoided cost); month 2: +200; month 3: 0 − 300 = −300 (extra).
   * ZVW:  reference 1,000 in month 2 → +1,000 avoided; nothing offsets WMO's extra cost.
   * No discounting, 3 months.
   *   investment = 300 (WMO's extra cost)            PV returns = 200 + 200 + 1,000 = 1,400
   *   NPV = 1,100; ratio = 1,400 ÷ 300 = 4.6667 → 4.667; net = 1,100 ÷ 300 = 3.6667 → 3.667
   */
  const result = calculateEffect(
    caseInput({
      settings: { horizonMonths: 3 },
      events: [
        event("INTERVENTION", "WMO", "2024-01-05", "300", { recurMonths: 3 }),
        event("REFERENCE", "WMO", "2024-01-05", "500", { recurMonths: 2 }),
        event("REFERENCE", "ZVW", "2024-02-10", "1000"),
      ],
    }),
  );

  it("nets the scenarios month by month", () => {
    expect(result.timeline!.map((row) => [row.costs, row.returns])).toEqual([
      ["0.00", "200.00"],
      ["0.00", "1200.00"],
      ["300.00", "0.00"],
    ]);
  });

  it("gives the totals and ratios", () => {
    expect(result.investment).toBe("300.00");
    expect(result.presentValue).toBe("1400.00");
    expect(result.npv).toBe("1100.00");
    expect(result.sroiRatio).toBe("4.667");
    expect(result.netSroiRatio).toBe("3.667");
    expect(result.breakdown).toEqual({
      investments: "0.00",
      extraCosts: "300.00",
      avoidedCosts: "1400.00",
      outcomes: "0.00",
    });
  });

  it("books extra costs and avoided costs to the stakeholder whose events they are", () => {
    expect(result.byStakeholder).toEqual([
      { stakeholder: "WMO", pays: "300.00", gains: "400.00", net: "100.00" },
      { stakeholder: "ZVW", pays: "0.00", gains: "1000.00", net: "1000.00" },
    ]);
  });

  it("does not net over the horizon: a cost now and the same saving later are both counted", () => {
    // WMO: intervention 300 in month 1, reference 300 in month 2 → extra 300, then avoided 300.
    const shifted = calculateEffect(
      caseInput({
        settings: { horizonMonths: 2 },
        events: [
          event("INTERVENTION", "WMO", "2024-01-01", "300"),
          event("REFERENCE", "WMO", "2024-02-01", "300"),
        ],
      }),
    );
    expect(shifted.investment).toBe("300.00");
    expect(shifted.presentValue).toBe("300.00");
    expect(shifted.sroiRatio).toBe("1.000");
  });

  it("does not net across stakeholders (the wrong-pocket problem stays visible)", () => {
    // WMO pays 500 more, ZVW saves 500: investment 500, returns 500, not 0 and 0.
    const result = calculateEffect(
      caseInput({
        settings: { horizonMonths: 1 },
        events: [
          event("INTERVENTION", "WMO", "2024-01-01", "500"),
          event("REFERENCE", "ZVW", "2024-01-01", "500"),
        ],
      }),
    );
    expect(result.investment).toBe("500.00");
    expect(result.presentValue).toBe("500.00");
    expect(result.matrix).toEqual([{ payer: "WMO", beneficiary: "ZVW", value: "500.00" }]);
  });

  it("prices an occurrence as amount × quantity, with exact decimals", () => {
    // 3.5 hours × 87.35 = 305.725 in the intervention; reference 0.1 × 3 = 0.3 (binary floats
    // would make 0.30000000000000004). Difference −305.425 → extra cost 305.43 (half away).
    const result = calculateEffect(
      caseInput({
        settings: { horizonMonths: 1 },
        events: [
          event("INTERVENTION", "WMO", "2024-01-01", "87.35", { quantity: "3.5" }),
          event("REFERENCE", "WMO", "2024-01-01", "0.1", { quantity: 3 }),
        ],
      }),
    );
    expect(result.investment).toBe("305.43");
    expect(result.presentValue).toBe("0.00");
  });

  it("keeps value types apart", () => {
    // RESIDENT: reference 200 ECONOMIC (lost income avoided); WMO intervention 150 FISCAL.
    const result = calculateEffect(
      caseInput({
        settings: { horizonMonths: 1 },
        events: [
          event("REFERENCE", "RESIDENT", "2024-01-01", "200", { valueType: "ECONOMIC" }),
          event("INTERVENTION", "WMO", "2024-01-01", "150"),
        ],
      }),
    );
    expect(result.byValueType).toEqual([
      { valueType: "FISCAL", pays: "150.00", gains: "0.00", net: "-150.00" },
      { valueType: "ECONOMIC", pays: "0.00", gains: "200.00", net: "200.00" },
      { valueType: "SOCIAL", pays: "0.00", gains: "0.00", net: "0.00" },
    ]);
  });
});
