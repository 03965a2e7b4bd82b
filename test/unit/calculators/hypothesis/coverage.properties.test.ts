import { testQuadrantHypothesis } from "../../../../calculators/hypothesis";
import { seeds, syntheticPanel } from "./panels";

/**
 * Calibration of the 95 % intervals over a FIXED list of 200 seeds (deterministic: the same
 * panels every run). Under the model the intervals assume (independent normal noise), about
 * 95 % of them cover the true value; with 200 panels the share has a standard deviation of
 * 1.5 points, so 0.91–0.99 is a band of about ±2.6 standard deviations around 0.95.
 * Small panels (6 districts × 12 months), where the t quantile (not 1.96) matters.
 */
const SEEDS = seeds(200);
const small = { units: 6, periods: 12, noise: 2, effortSpread: 3 };

function share(hits: readonly boolean[]): number {
  return hits.filter(Boolean).length / hits.length;
}

describe("coverage of the 95 % intervals over 200 fixed seeds", () => {
  it("no effect: the within-unit interval covers 0 in 91–99 % of panels, at lag 0 and at lag 3", () => {
    for (const lag of [0, 3]) {
      const covers = SEEDS.map((seed) => {
        const panel = syntheticPanel({ ...small, beta: 0, lag, sizeSpread: 8 }, seed);
        const fe = testQuadrantHypothesis(panel, { lags: [lag] }).lags[0].fixedEffects!;
        return fe.lower <= 0 && 0 <= fe.upper;
      });
      expect(share(covers)).toBeGreaterThanOrEqual(0.91);
      expect(share(covers)).toBeLessThanOrEqual(0.99);
    }
  });

  it("a planted effect of −0.8: the within-unit interval covers −0.8 in 91–99 % of panels", () => {
    const covers = SEEDS.map((seed) => {
      const panel = syntheticPanel({ ...small, beta: -0.8, lag: 3, sizeSpread: 8 }, seed);
      const fe = testQuadrantHypothesis(panel, { lags: [3] }).lags[0].fixedEffects!;
      return fe.lower <= -0.8 && -0.8 <= fe.upper;
    });
    expect(share(covers)).toBeGreaterThanOrEqual(0.91);
    expect(share(covers)).toBeLessThanOrEqual(0.99);
  });

  it("no effect, effort independent of the districts: Pearson's and Spearman's intervals cover 0 in 91–99 %", () => {
    // With sizeSpread 0 effort is independent and identically distributed, so the null
    // distribution of the pooled r (and of rho) is the textbook one whatever demand does.
    const pearsonCovers: boolean[] = [];
    const spearmanCovers: boolean[] = [];
    for (const seed of SEEDS) {
      const panel = syntheticPanel({ ...small, beta: 0, lag: 0, sizeSpread: 0 }, seed);
      const [lag0] = testQuadrantHypothesis(panel, { lags: [0] }).lags;
      pearsonCovers.push(lag0.pearson!.lower <= 0 && 0 <= lag0.pearson!.upper);
      spearmanCovers.push(lag0.spearman!.lower <= 0 && 0 <= lag0.spearman!.upper);
    }
    for (const covers of [pearsonCovers, spearmanCovers]) {
      expect(share(covers)).toBeGreaterThanOrEqual(0.91);
      expect(share(covers)).toBeLessThanOrEqual(0.99);
    }
  });

  it("1,000 fixed seeds, a tighter band (93–97 %): 6 × 12 at lag 0, and 3 × 4, the smallest panel", () => {
    // Standard deviation of the share over 1,000 panels: 0.7 points; 0.93–0.97 is ±2.9 of them.
    // In the smallest panel (df = 8) the t quantile matters: 1.96 instead of 2.306 would
    // cover only about 91 %.
    const tiny = { units: 3, periods: 4, noise: 2, effortSpread: 3 };
    for (const panelSpec of [small, tiny]) {
      const covers = seeds(1000).map((seed) => {
        const panel = syntheticPanel({ ...panelSpec, beta: 0, lag: 0, sizeSpread: 8 }, seed);
        const fe = testQuadrantHypothesis(panel, { lags: [0] }).lags[0].fixedEffects!;
        return fe.lower <= 0 && 0 <= fe.upper;
      });
      expect(share(covers)).toBeGreaterThanOrEqual(0.93);
      expect(share(covers)).toBeLessThanOrEqual(0.97);
    }
  });

  it("no effect: the p-value is below 0.05 exactly when the interval excludes 0", () => {
    for (const seed of SEEDS.slice(0, 50)) {
      const panel = syntheticPanel({ ...small, beta: 0, lag: 0, sizeSpread: 8 }, seed);
      const fe = testQuadrantHypothesis(panel, { lags: [0] }).lags[0].fixedEffects!;
      expect(fe.pValue < 0.05).toBe(fe.lower > 0 || fe.upper < 0);
    }
  });
});
