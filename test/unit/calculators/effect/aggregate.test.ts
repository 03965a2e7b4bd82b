import {
  aggregateResults,
  calculateEffect,
  distribution,
  type EffectResult,
} from "../../../../calculators/effect";
import { scaledDistribution } from "../../../../calculators/effect/distribution";
import { caseInput, outcome, sumCents } from "./builders";

describe("distribution: n, min, quartiles (QUARTILE.INC), max", () => {
  it("interpolates linearly between closest ranks like Excel's QUARTILE.INC", () => {
    // 1, 2, 3, 4: h = 3p → Q1 at h 0.75: 1 + 0.75 × 1 = 1.75; median h 1.5: 2.5; Q3 h 2.25: 3.25.
    expect(distribution([4, 1, 3, 2])).toEqual({
      n: 4,
      min: "1",
      q1: "1.75",
      median: "2.5",
      q3: "3.25",
      max: "4",
    });
    // 10 … 50: h = 4p lands on ranks: 20, 30, 40.
    expect(distribution(["50", "10", "40", "20", "30"])).toMatchObject({
      q1: "20",
      median: "30",
      q3: "40",
    });
    // 1, 2, 4, 7, 100, 101: h = 5p → Q1 h 1.25: 2 + 0.25 × 2 = 2.5; median h 2.5: 4 + 0.5 × 3 = 5.5;
    // Q3 h 3.75: 7 + 0.75 × 93 = 76.75.
    expect(distribution([1, 2, 4, 7, 100, 101])).toMatchObject({
      q1: "2.5",
      median: "5.5",
      q3: "76.75",
    });
  });

  it("rounds half away from zero when decimals are given", () => {
    // 0.01, 0.02: Q1 0.0125 → 0.01; median 0.015 → 0.02; Q3 0.0175 → 0.02.
    expect(distribution(["0.01", "0.02"], 2)).toEqual({
      n: 2,
      min: "0.01",
      q1: "0.01",
      median: "0.02",
      q3: "0.02",
      max: "0.02",
    });
    expect(distribution(["-0.01", "-0.02"], 2).median).toBe("-0.02");
  });

  it("handles one value and no values", () => {
    expect(distribution(["7.5"])).toEqual({
      n: 1,
      min: "7.5",
      q1: "7.5",
      median: "7.5",
      q3: "7.5",
      max: "7.5",
    });
    expect(distribution([])).toEqual({
      n: 0,
      min: null,
      q1: null,
      median: null,
      q3: null,
      max: null,
    });
  });

  it("agrees in its integer fast path", () => {
    const cents = [1n, 2n, -7n, 10000n, 333n, 334n, 5n];
    const texts = cents.map((value) => (Number(value) / 100).toFixed(2));
    expect(scaledDistribution(cents, 2, 2)).toEqual(distribution(texts, 2));
    expect(scaledDistribution([1n, 2n, 4n, 7n], 0)).toEqual(distribution([1, 2, 4, 7]));
  });
});

describe("aggregation over cases (rule 9)", () => {
  /*
   * Three cases, no discounting:
   *   A1: investment 1,000 (WMO), outcome 1,200 (RESIDENT) → ratio 1.200, NPV 200, payback m10
   *   A2: investment 500 (WMO), avoided 2,000 (ZVW) in month 3 → ratio 4.000, NPV 1,500, m3
   *   B1: no costs, outcome 600 (RESIDENT)                       → ratio null, NPV 600
   */
  const a1 = calculateEffect(
    caseInput({
      investments: [{ date: "2024-01-01", amount: "1000", payer: "WMO" }],
      outcomes: [outcome()],
    }),
  );
  const a2 = calculateEffect(
    caseInput({
      investments: [{ date: "2024-01-01", amount: "500", payer: "WMO" }],
      events: [{ scenario: "REFERENCE", date: "2024-03-01", amount: "2000", payer: "ZVW" }],
    }),
  );
  const b1 = calculateEffect(caseInput({ outcomes: [outcome({ proxy: "600" })] }));
  const items: { group: string; result: EffectResult }[] = [
    { group: "team A", result: a1 },
    { group: "team B", result: b1 },
    { group: "team A", result: a2 },
  ];
  const aggregate = aggregateResults(items);

  it("sums per group and pools the ratio from the sums", () => {
    // team A: investment 1,500; PV 3,200; NPV 1,700; ratio 3,200 ÷ 1,500 = 2.1333 → 2.133;
    // net 1,700 ÷ 1,500 = 1.133.
    const [teamA, teamB] = aggregate.groups;
    expect(teamA).toMatchObject({
      group: "team A",
      cases: 2,
      investment: "1500.00",
      presentValue: "3200.00",
      npv: "1700.00",
      sroiRatio: "2.133",
      netSroiRatio: "1.133",
    });
    expect(teamB).toMatchObject({ group: "team B", cases: 1, sroiRatio: null, npv: "600.00" });
  });

  it("makes the total the sum of the group rows", () => {
    const { total, groups } = aggregate;
    expect(total).toMatchObject({
      group: null,
      cases: 3,
      investment: "1500.00",
      presentValue: "3800.00",
      npv: "2300.00",
      sroiRatio: "2.533",
    });
    for (const field of ["investment", "presentValue", "npv", "nominalCosts"] as const) {
      expect(sumCents(groups.map((group) => group[field]))).toBe(sumCents([total[field]]));
    }
  });

  it("sums stakeholders, value types and the matrix", () => {
    expect(aggregate.total.byStakeholder).toEqual([
      { stakeholder: "RESIDENT", pays: "0.00", gains: "1800.00", net: "1800.00" },
      { stakeholder: "WMO", pays: "1500.00", gains: "0.00", net: "-1500.00" },
      { stakeholder: "ZVW", pays: "0.00", gains: "2000.00", net: "2000.00" },
    ]);
    expect(aggregate.total.matrix).toEqual([
      { payer: null, beneficiary: "RESIDENT", value: "600.00" },
      { payer: "WMO", beneficiary: "RESIDENT", value: "1200.00" },
      { payer: "WMO", beneficiary: "ZVW", value: "2000.00" },
    ]);
    expect(aggregate.total.byValueType.map((row) => row.gains)).toEqual([
      "2000.00",
      "0.00",
      "1800.00",
    ]);
  });

  it("gives the distribution over the cases", () => {
    // NPV per case 200, 600, 1,500 → median 600; Q1 (h 0.5) 400; Q3 (h 1.5) 1,050.
    // ratios of the cases that have one: 1.2, 4 → median 2.6; payback months 10 and 3.
    const spread = aggregate.total.distribution;
    expect(spread.npv).toEqual({
      n: 3,
      min: "200.00",
      q1: "400.00",
      median: "600.00",
      q3: "1050.00",
      max: "1500.00",
    });
    expect(spread.sroiRatio).toMatchObject({ n: 2, min: "1.200", median: "2.600", max: "4.000" });
    expect(spread.paybackMonth).toMatchObject({ n: 2, min: "3", median: "6.5", max: "10" });
    expect(a1.paybackMonth).toBe(10);
  });

  it("is empty for no cases", () => {
    const empty = aggregateResults([]);
    expect(empty.groups).toEqual([]);
    expect(empty.total).toMatchObject({ cases: 0, investment: "0.00", sroiRatio: null });
    expect(empty.total.distribution.npv.n).toBe(0);
  });
});
