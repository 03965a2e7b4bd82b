import { testQuadrantHypothesis } from "../../../../calculators/hypothesis";
import { syntheticPanel } from "./panels";

/**
 * A planted effect: demand falls by 0.8 per extra hour of collective effort, `lag` months
 * later, in 12 districts over 36 months, with noise of standard deviation 2 on demand. Bigger
 * districts have more effort and more demand (sizeSpread), so the pooled correlation is pulled
 * upwards while the within-district slope is not. Effort is independent from month to month,
 * so at the other lags the true slope is 0.
 */
const BETA = -0.8;
const spec = { units: 12, periods: 36, beta: BETA, noise: 2, effortSpread: 3, sizeSpread: 8 };

describe.each([
  [0, 101],
  [3, 102],
  [6, 103],
])("planted effect at lag %i (seed %i)", (plantedLag, seed) => {
  const result = testQuadrantHypothesis(syntheticPanel({ ...spec, lag: plantedLag }, seed));

  it("answers the default lags 0, 3 and 6 in that order, with an estimate for each", () => {
    expect(result.granularity).toBe("MONTH");
    expect(result.lags.map((lag) => lag.lag)).toEqual([0, 3, 6]);
    for (const lag of result.lags) expect(lag.refused).toBeNull();
  });

  it("recovers the planted slope within the 95 % interval, an interval far from 0", () => {
    const fe = result.lags.find((lag) => lag.lag === plantedLag)!.fixedEffects!;
    expect(fe.lower).toBeLessThanOrEqual(BETA);
    expect(fe.upper).toBeGreaterThanOrEqual(BETA);
    expect(Math.abs(fe.slope - BETA)).toBeLessThan(0.15);
    expect(fe.upper).toBeLessThan(0);
    expect(fe.t!).toBeLessThan(-10);
    expect(fe.pValue).toBeLessThan(1e-6);
  });

  it("finds nothing clear at the other lags: |t| below 3, slope near 0", () => {
    for (const lag of result.lags.filter((other) => other.lag !== plantedLag)) {
      const fe = lag.fixedEffects!;
      expect(Math.abs(fe.t!)).toBeLessThan(3);
      expect(Math.abs(fe.slope)).toBeLessThan(0.2);
    }
  });

  it("counts the pairs: 12 districts, 36 − lag months, no pair before the panel starts", () => {
    for (const lag of result.lags) {
      expect(lag.nUnits).toBe(12);
      expect(lag.nPeriods).toBe(36 - lag.lag);
      expect(lag.nObservations).toBe(12 * (36 - lag.lag));
      expect(lag.fixedEffects!.df).toBe(12 * (36 - lag.lag) - 12 - 1);
      expect(lag.points.every((point) => point.inEstimate)).toBe(true);
    }
  });
});

describe("between-district differences", () => {
  it("push the pooled correlation up while the within slope stays negative", () => {
    // Strong size differences: a district 1 sd bigger has 8 h more effort and 24 more demand.
    const panel = syntheticPanel({ ...spec, lag: 0, sizeSpread: 12 }, 7);
    const [lag0] = testQuadrantHypothesis(panel, { lags: [0] }).lags;
    expect(lag0.pearson!.estimate).toBeGreaterThan(0);
    expect(lag0.spearman!.estimate).toBeGreaterThan(0);
    expect(lag0.fixedEffects!.upper).toBeLessThan(0);
  });
});
