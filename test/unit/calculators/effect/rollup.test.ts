import {
  calculateEffect,
  rollUpTimeline,
  sumTimelines,
  type PeriodRow,
} from "../../../../calculators/effect";
import { caseInput, outcome, sumCents } from "./builders";

describe("period roll-up: month → quarter → year", () => {
  // base 2024-02, 14 months (Feb 2024 … Mar 2025): investment 90 in Feb 2024 and 30 in
  // Feb 2025; an outcome of 1,000 a year from Feb 2024 (83.33/83.34 a month, see outcomes test).
  const result = calculateEffect(
    caseInput({
      settings: { baseDate: "2024-02-10", horizonMonths: 14, discountRate: "0.1" },
      investments: [
        { date: "2024-02-01", amount: "90", payer: "WMO" },
        { date: "2025-02-01", amount: "30", payer: "WMO" },
      ],
      outcomes: [outcome({ proxy: "1000", start: "2024-02-01", durationYears: 2 })],
    }),
  );
  const months = result.timeline!;

  it("rolls months up to calendar quarters, the first and last ones partial", () => {
    const quarters = rollUpTimeline(months, "QUARTER");
    expect(quarters.map((row) => row.period)).toEqual([
      "2024-Q1",
      "2024-Q2",
      "2024-Q3",
      "2024-Q4",
      "2025-Q1",
    ]);
    // 2024-Q1 = Feb + Mar: costs 90; returns 1,000 × 2/12 = 166.67 (rounded cumulative).
    expect(quarters[0]).toMatchObject({ costs: "90.00", returns: "166.67", net: "76.67" });
    // 2025-Q1 = Jan–Mar 2025 (months 12–14): costs 30 in Feb 2025 = month 13, the first month of
    // base year 2 (base years run from the base date, quarters by the calendar) → 30 ÷ 1.1 = 27.27.
    expect(quarters[4]).toMatchObject({ costs: "30.00", discountedCosts: "27.27" });
  });

  it("keeps every column equal to the sum of its months and the cumulative of the last month", () => {
    for (const granularity of ["QUARTER", "YEAR", "MONTH"] as const) {
      const rows = rollUpTimeline(months, granularity);
      for (const column of [
        "costs",
        "returns",
        "net",
        "discountedCosts",
        "discountedNet",
      ] as const) {
        expect(sumCents(rows.map((row) => row[column]))).toBe(
          sumCents(months.map((row) => row[column])),
        );
      }
      expect(rows[rows.length - 1].cumulative).toBe(months[months.length - 1].cumulative);
      let running = 0n;
      for (const row of rows) {
        running += sumCents([row.net]);
        expect(sumCents([row.cumulative])).toBe(running);
      }
    }
    expect(rollUpTimeline(months, "YEAR").map((row) => row.period)).toEqual(["2024", "2025"]);
    expect(sumCents(months.map((row) => row.discountedCosts))).toBe(sumCents([result.investment]));
  });

  it("refuses rows that are not months in order", () => {
    const [first, second] = months;
    expect(() => rollUpTimeline([second, first], "YEAR")).toThrow(RangeError);
    expect(() => rollUpTimeline([{ ...first, period: "2024-Q1" }], "YEAR")).toThrow(RangeError);
  });
});

describe("summing timelines of cases per calendar month", () => {
  const row = (period: string, costs: string, returns: string): PeriodRow => ({
    period,
    costs,
    returns,
    net: "0.00",
    cumulative: "0.00",
    discountedCosts: costs,
    discountedReturns: returns,
    discountedNet: "0.00",
    discountedCumulative: "0.00",
  });

  it("adds rows of the same month and fills the months between with zeros", () => {
    const summed = sumTimelines([
      [row("2024-11", "10.00", "0.00"), row("2024-12", "0.00", "5.00")],
      [row("2024-12", "1.00", "2.00"), row("2025-02", "0.00", "100.00")],
    ]);
    expect(summed.map((r) => [r.period, r.costs, r.returns])).toEqual([
      ["2024-11", "10.00", "0.00"],
      ["2024-12", "1.00", "7.00"],
      ["2025-01", "0.00", "0.00"],
      ["2025-02", "0.00", "100.00"],
    ]);
  });

  it("recomputes the cumulative as the running sum of the summed net", () => {
    const a = calculateEffect(
      caseInput({
        settings: { horizonMonths: 3 },
        investments: [{ date: "2024-01-01", amount: "100", payer: "WMO" }],
      }),
    ).timeline!;
    const b = calculateEffect(
      caseInput({ settings: { baseDate: "2024-02-01", horizonMonths: 3 }, outcomes: [outcome()] }),
    ).timeline!;
    const summed = sumTimelines([a, b]);
    // Jan −100; Feb +100; Mar +100; Apr +100 → cumulative −100, 0, 100, 200.
    expect(summed.map((r) => [r.period, r.net, r.cumulative])).toEqual([
      ["2024-01", "-100.00", "-100.00"],
      ["2024-02", "100.00", "0.00"],
      ["2024-03", "100.00", "100.00"],
      ["2024-04", "100.00", "200.00"],
    ]);
    expect(sumTimelines([])).toEqual([]);
  });
});
