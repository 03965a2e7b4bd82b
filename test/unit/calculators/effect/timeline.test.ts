import { calculateEffect, type EffectEvent } from "../../../../calculators/effect";
import { caseInput } from "./builders";

/** An extra cost of `amount` to WMO (an intervention event with nothing in the reference). */
function cost(date: string, amount: string, recurMonths?: number): EffectEvent {
  return { scenario: "INTERVENTION", date, amount, payer: "WMO", recurMonths };
}

describe("the timeline (rule 1)", () => {
  it("counts calendar months from the base date's month, ignoring the day", () => {
    // base 2024-03-15, 6 months: 2024-03 … 2024-08. An event on 2024-03-01 (before the base
    // day, same month) is month 1; one on 2024-08-31 is month 6.
    const result = calculateEffect(
      caseInput({
        settings: { baseDate: "2024-03-15", horizonMonths: 6 },
        events: [cost("2024-03-01", "10"), cost("2024-08-31", "20")],
      }),
    );
    const timeline = result.timeline!;
    expect(timeline.map((row) => row.period)).toEqual([
      "2024-03",
      "2024-04",
      "2024-05",
      "2024-06",
      "2024-07",
      "2024-08",
    ]);
    expect(timeline.map((row) => row.month)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(timeline.map((row) => row.costs)).toEqual([
      "10.00",
      "0.00",
      "0.00",
      "0.00",
      "0.00",
      "20.00",
    ]);
  });

  it("drops occurrences before the base month and after the horizon", () => {
    // base 2024-03, horizon 6 (March–August):
    //   2024-02-28 once             → month 0: dropped
    //   2024-09-01 once             → month 7: dropped
    //   2024-01-10 × 4 (Jan–Apr)    → months −1, 0, 1, 2: keeps March and April (100 each)
    //   2024-08-01 × 3 (Aug–Oct)    → months 6, 7, 8: keeps August (1,000)
    const result = calculateEffect(
      caseInput({
        settings: { baseDate: "2024-03-15", horizonMonths: 6 },
        events: [
          cost("2024-02-28", "1"),
          cost("2024-09-01", "2"),
          cost("2024-01-10", "100", 4),
          cost("2024-08-01", "1000", 3),
        ],
      }),
    );
    expect(result.timeline!.map((row) => row.costs)).toEqual([
      "100.00",
      "100.00",
      "0.00",
      "0.00",
      "0.00",
      "1000.00",
    ]);
    expect(result.nominal.costs).toBe("1200.00");
  });

  it("repeats a recurring event once a month for recurMonths months, across a year end", () => {
    // 2024-11-20 × 4 → 2024-11, 2024-12, 2025-01, 2025-02 = months 11–14; 250 each.
    const result = calculateEffect(
      caseInput({ settings: { horizonMonths: 15 }, events: [cost("2024-11-20", "250", 4)] }),
    );
    const costs = result.timeline!.map((row) => row.costs);
    expect(costs.slice(9, 15)).toEqual(["0.00", "250.00", "250.00", "250.00", "250.00", "0.00"]);
    expect(result.timeline![12].period).toBe("2025-01");
    expect(result.timeline![12].baseYear).toBe(2);
    expect(result.timeline![11].baseYear).toBe(1);
  });

  it("has one row per month of the horizon, even empty ones", () => {
    const result = calculateEffect(caseInput({ settings: { horizonMonths: 1 } }));
    expect(result.timeline).toEqual([
      {
        month: 1,
        baseYear: 1,
        period: "2024-01",
        costs: "0.00",
        returns: "0.00",
        net: "0.00",
        cumulative: "0.00",
        discountedCosts: "0.00",
        discountedReturns: "0.00",
        discountedNet: "0.00",
        discountedCumulative: "0.00",
      },
    ]);
  });

  it("leaves the timeline out on request, with the same totals", () => {
    const input = caseInput({ events: [cost("2024-05-01", "99.99", 3)] });
    const full = calculateEffect(input);
    const lean = calculateEffect(input, { timeline: false });
    expect(lean.timeline).toBeNull();
    expect({ ...lean, timeline: full.timeline }).toEqual(full);
  });
});
