import {
  normalQuantile,
  studentTQuantile,
  studentTTwoSidedP,
} from "../../../../calculators/hypothesis/distributions";

// Reference values from printed tables (and R's qt, qnorm, pt to the digits shown).
describe("distributions (jstat)", () => {
  it("gives the normal quantile: z(0.975) = 1.959964", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
  });

  it.each([
    [1, 12.706205],
    [2, 4.302653],
    [8, 2.306004],
    [30, 2.042272],
  ])("gives the t quantile t(0.975, %i) = %f", (df, quantile) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(quantile, 5);
    expect(studentTQuantile(0.025, df)).toBeCloseTo(-quantile, 5);
  });

  it("gives two-sided p-values: t = 2.5 on 5 df is 0.054490, t = 0 is 1, the sign does not matter", () => {
    expect(studentTTwoSidedP(2.5, 5)).toBeCloseTo(0.05449, 6);
    expect(studentTTwoSidedP(-2.5, 5)).toBeCloseTo(0.05449, 6);
    expect(studentTTwoSidedP(0, 8)).toBe(1);
    // t = 1 on 1 df is the Cauchy distribution: P(|T| ≥ 1) = 1/2 exactly.
    expect(studentTTwoSidedP(1, 1)).toBeCloseTo(0.5, 6);
  });

  it("is the inverse of the quantile: p(t(0.975, df), df) = 0.05", () => {
    for (const df of [1, 3, 8, 25, 200]) {
      expect(studentTTwoSidedP(studentTQuantile(0.975, df), df)).toBeCloseTo(0.05, 6);
    }
  });

  it("keeps precision in the far tail and gives 0 for an infinite t", () => {
    // 2·P(T > 1e8) on 5 df ≈ 1.898033e-39 (the naive 2·cdf(−|t|) loses it to cancellation).
    expect(studentTTwoSidedP(1e8, 5) / 1.898033e-39).toBeCloseTo(1, 4);
    expect(studentTTwoSidedP(Number.POSITIVE_INFINITY, 3)).toBe(0);
  });
});
