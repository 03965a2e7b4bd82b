import { pearson, spearman } from "../../../../calculators/hypothesis/correlation";
import { averageRanks } from "../../../../calculators/hypothesis/ranks";

describe("averageRanks", () => {
  it("gives tied values the mean of the ranks they span", () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([30, 20, 10, 20])).toEqual([4, 2.5, 1, 2.5]);
    expect(averageRanks([5, 5, 5])).toEqual([2, 2, 2]);
    expect(averageRanks([3, 1, 2, 1, 1])).toEqual([5, 2, 4, 2, 2]);
  });
});

describe("spearman with ties", () => {
  it("is Pearson's r of the average ranks, not 1 − 6Σd²/(n(n²−1))", () => {
    // x 1 2 2 3 4 → ranks 1 2.5 2.5 4 5;  y 1 3 2 2 5 → ranks 1 4 2.5 2.5 5.
    // About the mean rank 3: dx −2 −0.5 −0.5 1 2, dy −2 1 −0.5 −0.5 2.
    // Sxx = Syy = 9.5, Sxy = 4 − 0.5 + 0.25 − 0.5 + 4 = 7.25 → rho = 7.25 / 9.5 = 0.763158.
    // (The shortcut formula, valid only without ties, would give 1 − 6·4.5/120 = 0.775.)
    const rho = spearman([1, 2, 2, 3, 4], [1, 3, 2, 2, 5])!;
    expect(rho.estimate).toBeCloseTo(0.763158, 6);
    // Bonett–Wright: se = √((1 + 0.582410/2) / (5 − 3)) = √0.645605 = 0.803496;
    // z = atanh(0.763158) = 1.003734; half width 1.959964 · 0.803496 = 1.574824
    // → [tanh(−0.571090), tanh(2.578558)] = [−0.516156, 0.988549].
    expect(rho.lower).toBeCloseTo(-0.516156, 4);
    expect(rho.upper).toBeCloseTo(0.988549, 4);
    expect(rho.n).toBe(5);
  });

  it("is 1 for any increasing relation and −1 for any decreasing one, with a point interval", () => {
    const xs = [1, 2, 3, 4, 5, 6];
    expect(spearman(xs, [1, 4, 9, 16, 25, 36])).toMatchObject({ estimate: 1, lower: 1, upper: 1 });
    expect(spearman(xs, [9, 8, 3, 2, 1, 0])).toMatchObject({ estimate: -1, pValue: 0 });
    // Pearson sees the curvature: r < 1 for the squares.
    expect(pearson(xs, [1, 4, 9, 16, 25, 36])!.estimate).toBeLessThan(1);
  });

  it("is undefined (null) when one variable is constant", () => {
    expect(spearman([1, 1, 1, 1], [1, 2, 3, 4])).toBeNull();
    expect(pearson([1, 2, 3, 4], [7, 7, 7, 7])).toBeNull();
  });

  it("gives the whole range [−1, 1] as interval with only 3 pairs (n − 3 = 0)", () => {
    expect(spearman([1, 2, 3], [1, 3, 2])).toMatchObject({ lower: -1, upper: 1 });
    expect(pearson([1, 2, 3], [1, 3, 2])).toMatchObject({ lower: -1, upper: 1 });
  });
});
