import { Decimal } from "decimal.js";
import { calculateEffect, shiftedInput, type EffectInput } from "../../../calculators/effect";
import { breakEvenMargin } from "../../../api/accountability/report-factors";

/**
 * The SROI range of the workbook (pessimistic and optimistic results) and the break-even values
 * of its Aannames sheet.
 */
const input: EffectInput = {
  settings: { baseDate: "2025-01-01", horizonMonths: 36, discountRate: "0.035" },
  events: [
    { scenario: "INTERVENTION", date: "2025-01-01", amount: "250000", payer: "GEM_WMO" },
    { scenario: "REFERENCE", date: "2025-03-01", amount: "20000", payer: "ZVW" },
  ],
  outcomes: [
    {
      beneficiary: "RESIDENT",
      valueType: "SOCIAL",
      quantity: 60,
      proxy: "8500",
      start: "2025-01-01",
      durationYears: 2,
      deadweight: "0.4",
      displacement: "0",
      attribution: "0.3",
      dropOff: "0.3",
      leakage: "0",
    },
    {
      beneficiary: "RESIDENT",
      valueType: "SOCIAL",
      quantity: 10,
      proxy: "1200",
      start: "2025-06-01",
      durationYears: 1,
      deadweight: "0.1",
      displacement: "0.05",
      attribution: "0.2",
      dropOff: "0",
    },
  ],
};

describe("the workbook's sensitivity range", () => {
  it("moves every given factor a step, a leakage of 0 too, and leaves an absent leakage absent", () => {
    const low = shiftedInput(input, 1).outcomes!;
    expect(low[0]).toMatchObject({
      deadweight: "0.5",
      displacement: "0.1",
      leakage: "0.1",
      proxy: "6800",
    });
    expect(low[1].leakage).toBeUndefined();
    const high = shiftedInput(input, -1);
    expect(high.outcomes![0]).toMatchObject({
      deadweight: "0.3",
      displacement: "0",
      leakage: "0",
      proxy: "10200",
    });
    expect(shiftedInput(input, 1).settings.discountRate).toBe("0.07");
    expect(high.settings.discountRate).toBe("0");
  });

  it("gives break-even values at which the SROI ratio is 1.0", () => {
    const base = calculateEffect(input, { timeline: false });
    const margin = breakEvenMargin(base.investment, base.presentValue, base.breakdown.outcomes)!;
    const scale = new Decimal(1).minus(margin);
    const ratioWith = (change: (o: any) => any) =>
      calculateEffect({ ...input, outcomes: input.outcomes!.map(change) }, { timeline: false })
        .sroiRatio;
    // every proxy × s*
    expect(ratioWith((o) => ({ ...o, proxy: new Decimal(o.proxy).times(scale).toString() }))).toBe(
      "1.000",
    );
    // every deadweight at 1 − s* × (1 − deadweight)
    expect(
      ratioWith((o) => ({
        ...o,
        deadweight: new Decimal(1)
          .minus(scale.times(new Decimal(1).minus(o.deadweight)))
          .toString(),
      })),
    ).toBe("1.000");
  });
});
