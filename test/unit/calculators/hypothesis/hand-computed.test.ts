import { testQuadrantHypothesis, type PanelObservation } from "../../../../calculators/hypothesis";

/**
 * Three districts × four months, lag 0, small whole numbers so that every step can be done by
 * hand. The numbers below were derived on paper and checked with an independent method
 * (numpy least squares with one dummy per district, the lm(y ~ x + factor(unit)) design;
 * scipy.stats.pearsonr, spearmanr, t.ppf, t.sf, norm.ppf), never read off the module.
 *
 *   district A  effort x 1 2 3 4   demand y 10  9  9  6
 *   district B  effort x 2 4 4 6   demand y 20 19 17 16
 *   district C  effort x 0 1 1 2   demand y  5  5  4  2
 */
const EFFORT = { A: [1, 2, 3, 4], B: [2, 4, 4, 6], C: [0, 1, 1, 2] };
const DEMAND = { A: [10, 9, 9, 6], B: [20, 19, 17, 16], C: [5, 5, 4, 2] };

function panel(): PanelObservation[] {
  return (["A", "B", "C"] as const).flatMap((unit) =>
    EFFORT[unit].map((effort, i) => ({
      unit,
      period: `2025-0${i + 1}`,
      effort,
      demand: DEMAND[unit][i],
    })),
  );
}

const [lag0] = testQuadrantHypothesis(panel(), { lags: [0] }).lags;

describe("hand-computed: 3 districts × 4 months, lag 0", () => {
  it("pairs every cell with itself and counts 12 observations, 3 districts, 4 months", () => {
    expect(lag0.refused).toBeNull();
    expect([lag0.nObservations, lag0.nUnits, lag0.nPeriods]).toEqual([12, 3, 4]);
    expect(lag0.points).toHaveLength(12);
    expect(lag0.points[5]).toEqual({
      unit: "B",
      period: "2025-02",
      effortPeriod: "2025-02",
      effort: 4,
      demand: 19,
      inEstimate: true,
    });
  });

  it("gives Pearson's r = 0.5601, its Fisher interval and p-value", () => {
    // Pooled over all 12 pairs: Σx = 30 (mean 2.5), Σy = 122 (mean 10.1667).
    // Σx² = 108 → Sxx = 108 − 12·2.5² = 33.
    // Σy² = 1674 → Syy = 1674 − 122²/12 = 433.6667.
    // Σxy = 372 → Sxy = 372 − 30·122/12 = 67.
    // r = 67 / √(33 · 433.6667) = 67 / 119.6286 = 0.560067.
    // Fisher: z = atanh(r) = 0.632930, se = 1/√(12 − 3) = 1/3, z₀.₉₇₅ = 1.959964,
    // half width 0.653321 → tanh(−0.020391) = −0.020388, tanh(1.286251) = 0.858142.
    // t = r·√(10 / (1 − r²)) = 0.560067 · 3.817135 = 2.137838 on 10 df → p = 0.058247.
    // Positive, although every district's demand falls as its effort rises: the pooled r also
    // holds the difference between districts (B has more of both). The within slope does not.
    const r = lag0.pearson!;
    expect(r.n).toBe(12);
    expect(r.estimate).toBeCloseTo(0.560067, 4);
    expect(r.lower).toBeCloseTo(-0.020388, 4);
    expect(r.upper).toBeCloseTo(0.858142, 4);
    expect(r.pValue).toBeCloseTo(0.058247, 4);
  });

  it("gives Spearman's rho = 0.5306 with average ranks for the ties, Bonett–Wright interval", () => {
    // Effort sorted: 0 | 1 1 1 | 2 2 2 | 3 | 4 4 4 | 6 → ranks 1 | 3 3 3 | 6 6 6 | 8 | 10 10 10 | 12.
    //   ranks in panel order: 3 6 8 10 | 6 10 10 12 | 1 3 3 6
    // Demand sorted: 2 4 5 5 6 9 9 10 16 17 19 20 → 5s share 3.5, 9s share 6.5.
    //   ranks in panel order: 8 6.5 6.5 5 | 12 11 10 9 | 3.5 3.5 2 1
    // Mean rank 6.5 for both. Sums of squares of the ranks about 6.5: 143 without ties,
    // minus (3³ − 3)/12 = 2 per triple of effort (three triples): 137; minus (2³ − 2)/12 = 0.5
    // per pair of demand (two pairs): 142. Cross products about 6.5 sum to 74.
    // rho = 74 / √(137 · 142) = 74 / 139.4776 = 0.530551.
    // Bonett–Wright se = √((1 + rho²/2) / 9) = √(1.140742 / 9) = 0.356019; z = atanh(rho) =
    // 0.590912; half width 1.959964 · 0.356019 = 0.697783 → tanh(−0.106871) = −0.106466,
    // tanh(1.288695) = 0.858784.
    // t = rho·√(10 / (1 − rho²)) = 1.979289 on 10 df → p = 0.075962 (cor.test exact = FALSE).
    const rho = lag0.spearman!;
    expect(rho.estimate).toBeCloseTo(0.530551, 4);
    expect(rho.lower).toBeCloseTo(-0.106466, 4);
    expect(rho.upper).toBeCloseTo(0.858784, 4);
    expect(rho.pValue).toBeCloseTo(0.075962, 4);
  });

  it("gives the within-district slope −17/15 with its standard error, t, p and interval", () => {
    // Demeaned per district:
    //   A: x̄ 2.5, x̃ −1.5 −0.5 0.5 1.5; ȳ 8.5, ỹ 1.5 0.5 0.5 −2.5;  Σx̃² 5, Σx̃ỹ −6,  Σỹ² 9
    //   B: x̄ 4,   x̃ −2 0 0 2;          ȳ 18,  ỹ 2 1 −1 −2;         Σx̃² 8, Σx̃ỹ −8,  Σỹ² 10
    //   C: x̄ 1,   x̃ −1 0 0 1;          ȳ 4,   ỹ 1 1 0 −2;          Σx̃² 2, Σx̃ỹ −3,  Σỹ² 6
    // Sxx = 15, Sxy = −17, Syy = 25 → slope b = −17/15 = −1.133333.
    // SSR = Syy − b·Sxy = 25 − 289/15 = 86/15; df = 12 − 3 − 1 = 8;
    // s² = 86/120 = 0.716667; se = √(s² / Sxx) = √(86/1800) = 0.218581;
    // t = b / se = −5.184951; p = 2·P(T₈ > 5.184951) = 0.000837665;
    // t₀.₉₇₅,₈ = 2.306004 → half width 0.504049 → [−1.637383, −0.629284].
    const fe = lag0.fixedEffects!;
    expect(fe.slope).toBeCloseTo(-17 / 15, 4);
    expect(fe.standardError).toBeCloseTo(0.218581, 4);
    expect(fe.t!).toBeCloseTo(-5.184951, 4);
    expect(fe.df).toBe(8);
    expect(fe.pValue).toBeCloseTo(0.000837665, 6);
    expect(fe.lower).toBeCloseTo(-1.637383, 4);
    expect(fe.upper).toBeCloseTo(-0.629284, 4);
    expect(fe.residualVariance).toBeCloseTo(86 / 120, 4);
    expect([fe.nObservations, fe.nUnits, fe.nPeriods]).toEqual([12, 3, 4]);
  });

  it("rounds to six significant digits", () => {
    expect(lag0.fixedEffects!.slope).toBe(-1.13333);
    expect(lag0.pearson!.estimate).toBe(0.560067);
  });

  it("does not depend on the order of the panel's rows", () => {
    const shuffled = [...panel()].reverse();
    const [again] = testQuadrantHypothesis(shuffled, { lags: [0] }).lags;
    expect(again).toEqual(lag0);
  });
});

describe("hand-computed: the same panel at lag 1, with the minimum of periods lowered to 3", () => {
  // Pairs: demand in months 2–4 with effort one month earlier.
  //   A: x 1 2 3, y 9 9 6;  x̄ 2, ȳ 8: x̃ −1 0 1, ỹ 1 1 −2: Σx̃² 2, Σx̃ỹ −3, Σỹ² 6
  //   B: x 2 4 4, y 19 17 16; x̄ 10/3, ȳ 52/3: x̃ −4/3 2/3 2/3, ỹ 5/3 −1/3 −4/3:
  //      Σx̃² 24/9, Σx̃ỹ (−20 − 2 − 8)/9 = −30/9, Σỹ² 42/9
  //   C: x 0 1 1, y 5 4 2;  x̄ 2/3, ȳ 11/3: x̃ −2/3 1/3 1/3, ỹ 4/3 1/3 −5/3:
  //      Σx̃² 6/9, Σx̃ỹ (−8 + 1 − 5)/9 = −12/9, Σỹ² 42/9
  // Sxx = 2 + 30/9 = 48/9, Sxy = −3 − 42/9 = −69/9, Syy = 6 + 84/9 = 138/9.
  // b = −69/48 = −1.4375; SSR = Syy − b·Sxy = 138/9 − (69/48)(69/9) = (138·48 − 69²)/432
  //   = (6624 − 4761)/432 = 1863/432 = 4.3125; df = 9 − 3 − 1 = 5; s² = 0.8625;
  // se = √(0.8625 · 9/48) = √0.16171875 = 0.402143; t = −1.4375 / 0.402143 = −3.574602 on
  // 5 df → p = 2·P(T₅ > 3.574602) = 0.015966; t₀.₉₇₅,₅ = 2.570582 → half width 1.033741 →
  // [−2.471241, −0.403759].
  const [lag1] = testQuadrantHypothesis(panel(), { lags: [1], minPeriods: 3 }).lags;

  it("pairs demand with the previous month's effort and estimates the slope −1.4375", () => {
    expect([lag1.nObservations, lag1.nUnits, lag1.nPeriods]).toEqual([9, 3, 3]);
    expect(lag1.points[0]).toMatchObject({ unit: "A", period: "2025-02", effortPeriod: "2025-01" });
    const fe = lag1.fixedEffects!;
    expect(fe.slope).toBeCloseTo(-1.4375, 4);
    expect(fe.df).toBe(5);
    expect(fe.residualVariance).toBeCloseTo(0.8625, 4);
    expect(fe.standardError).toBeCloseTo(0.402143, 4);
    expect(fe.t!).toBeCloseTo(-3.574602, 4);
    expect(fe.pValue).toBeCloseTo(0.015966, 4);
    expect(fe.lower).toBeCloseTo(-2.471241, 4);
    expect(fe.upper).toBeCloseTo(-0.403759, 4);
  });

  it("is refused with the default minimum of 4 periods", () => {
    const [refused] = testQuadrantHypothesis(panel(), { lags: [1] }).lags;
    expect(refused.refused!.code).toBe("TOO_FEW_PERIODS");
    expect(refused.fixedEffects).toBeNull();
  });
});

describe("a perfect fit", () => {
  it("has standard error 0, no t (it would be infinite), p = 0 and the slope as its interval", () => {
    // demand = 10·district + 2·effort exactly: the demeaned demand is exactly 2 × the demeaned
    // effort (quarters and halves are exact in binary), so every residual is 0.
    const panel = panelOf((unit, effort) => 10 * unit + 2 * effort);
    const fe = testQuadrantHypothesis(panel, { lags: [0] }).lags[0].fixedEffects!;
    expect(fe).toMatchObject({
      slope: 2,
      standardError: 0,
      t: null,
      pValue: 0,
      lower: 2,
      upper: 2,
    });
  });
});

function panelOf(demand: (unit: number, effort: number) => number): PanelObservation[] {
  return (["A", "B", "C"] as const).flatMap((unit, u) =>
    EFFORT[unit].map((effort, i) => ({
      unit,
      period: `2025-0${i + 1}`,
      effort,
      demand: demand(u, effort),
    })),
  );
}
