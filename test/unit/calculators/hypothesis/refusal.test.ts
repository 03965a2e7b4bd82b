import { testQuadrantHypothesis, type PanelObservation } from "../../../../calculators/hypothesis";
import { month } from "./panels";

/** `units` districts × `periods` months with effort and demand that vary within each. */
function grid(units: number, periods: number): PanelObservation[] {
  return Array.from({ length: units }, (_, u) =>
    Array.from({ length: periods }, (_, t) => ({
      unit: `wijk ${u + 1}`,
      period: month(t),
      effort: 10 + ((t * 7 + u * 3) % 5),
      demand: 50 + u * 10 + ((t * 3 + u) % 4),
    })),
  ).flat();
}

function only(panel: PanelObservation[], options = {}) {
  return testQuadrantHypothesis(panel, { lags: [0], ...options }).lags[0];
}

function expectNoEstimate(result: ReturnType<typeof only>): void {
  expect(result.pearson).toBeNull();
  expect(result.spearman).toBeNull();
  expect(result.fixedEffects).toBeNull();
  expect(result.sentence.nl).toContain("geen schatting");
  expect(result.sentence.en).toContain("no estimate");
  expect(result.sentence.nl).not.toContain("interval");
  expect(result.sentence.en).not.toContain("interval");
}

describe("refusals", () => {
  it("estimates 3 districts × 4 months, the smallest panel the defaults accept", () => {
    expect(only(grid(3, 4)).refused).toBeNull();
  });

  it("refuses 2 districts: too few units, in Dutch and English", () => {
    const result = only(grid(2, 12));
    expect(result.refused).toEqual({
      code: "TOO_FEW_UNITS",
      reason: {
        nl: "te weinig wijken (2) voor een schatting: minstens 3 nodig",
        en: "too few districts (2) for an estimate: at least 3 needed",
      },
    });
    expectNoEstimate(result);
    expect(result.points).toHaveLength(24); // the points are still there to look at
    expect(result.sentence.nl).toBe(
      "Inzet in dezelfde maand als de vraag: geen schatting, want te weinig wijken (2) voor een schatting: minstens 3 nodig. Dit zegt dus niets over wel of geen samenhang tussen inzet en vraag.",
    );
  });

  it("speaks of the panel's own units when labelled so", () => {
    const unit = { nl: { one: "team", other: "teams" }, en: { one: "unit", other: "units" } };
    const result = only(grid(2, 12), { labels: { unit } });
    expect(result.refused!.reason).toEqual({
      nl: "te weinig teams (2) voor een schatting: minstens 3 nodig",
      en: "too few units (2) for an estimate: at least 3 needed",
    });
  });

  it("refuses 3 months, or 4 months at lag 1 (3 months with pairs): too few periods", () => {
    expect(only(grid(5, 3)).refused!.reason.nl).toBe(
      "te weinig maanden met paren (3) voor een schatting: minstens 4 nodig",
    );
    const atLag1 = testQuadrantHypothesis(grid(5, 4), { lags: [0, 1] }).lags;
    expect(atLag1[0].refused).toBeNull();
    expect(atLag1[1].refused!.code).toBe("TOO_FEW_PERIODS");
    expect(atLag1[1].refused!.reason.en).toBe(
      "too few months with pairs (3) for an estimate: at least 4 needed",
    );
  });

  it("does not count a district with a single pair, and says why", () => {
    // District 3 has one month only: at lag 0 one pair, which carries no within-district
    // information. Two districts remain.
    const panel = [...grid(2, 6), { unit: "wijk 3", period: month(0), effort: 1, demand: 1 }];
    const result = only(panel);
    expect(result.nUnits).toBe(2);
    expect(result.points.filter((p) => !p.inEstimate).map((p) => p.unit)).toEqual(["wijk 3"]);
    expect(result.refused!.reason.nl).toBe(
      "te weinig wijken (2) voor een schatting: minstens 3 nodig (alleen wijken met minstens twee paren tellen)",
    );
    expect(result.refused!.reason.en).toContain("(only districts with at least two pairs count)");
  });

  it("leaves a single-pair district out of an estimate without changing the slope", () => {
    const withSingleton = [
      ...grid(3, 6),
      { unit: "wijk 9", period: month(2), effort: 99, demand: 0 },
    ];
    const a = only(withSingleton);
    const b = only(grid(3, 6));
    expect(a.fixedEffects).toEqual(b.fixedEffects);
    expect(a.pearson).toEqual(b.pearson);
    expect(a.points).toHaveLength(b.points.length + 1);
  });

  it("refuses when no degrees of freedom are left (minimums lowered to 1 district, 2 months)", () => {
    const panel = grid(1, 2);
    const result = only(panel, { minUnits: 1, minPeriods: 2 });
    expect(result.refused).toEqual({
      code: "NO_DEGREES_OF_FREEDOM",
      reason: {
        nl: "te weinig waarnemingen (2) voor 1 wijk: er blijven geen vrijheidsgraden over (2 − 1 − 1 = 0)",
        en: "too few observations (2) for 1 district: no degrees of freedom are left (2 − 1 − 1 = 0)",
      },
    });
    expectNoEstimate(result);
    // One more month leaves one degree of freedom, and an estimate.
    expect(only(grid(1, 3), { minUnits: 1, minPeriods: 2 }).fixedEffects!.df).toBe(1);
  });

  it("refuses when effort is the same in every month within each district", () => {
    // Effort differs between districts (10, 20, 30) but not within one: the pooled
    // correlation would exist, the within-district slope does not.
    const panel = grid(3, 6).map((c, i) => ({ ...c, effort: 10 * (1 + Math.floor(i / 6)) }));
    const result = only(panel);
    expect(result.refused!.code).toBe("NO_EFFORT_VARIATION");
    expect(result.refused!.reason.nl).toBe(
      "de inzet varieert niet binnen de wijken: per wijk is ze in alle maanden gelijk, dus er valt niets te vergelijken",
    );
    expect(result.refused!.reason.en).toBe(
      "effort does not vary within the districts: within each district it is the same in every month, so there is nothing to compare",
    );
    expectNoEstimate(result);
  });

  it("refuses when demand is the same in every month within each district", () => {
    const panel = grid(3, 6).map((c) => ({ ...c, demand: c.unit.length * 3 }));
    const result = only(panel);
    expect(result.refused!.code).toBe("NO_DEMAND_VARIATION");
    expect(result.refused!.reason.en).toContain("demand does not vary within the districts");
    expectNoEstimate(result);
  });

  it("estimates when effort varies in one district only", () => {
    const panel = grid(3, 6).map((c) => (c.unit === "wijk 2" ? c : { ...c, effort: 5 }));
    expect(only(panel).refused).toBeNull();
  });

  it("refuses an empty panel at every lag, speaking of months", () => {
    const result = testQuadrantHypothesis([]);
    expect(result.granularity).toBeNull();
    expect(result.lags.map((lag) => lag.refused!.reason.en)).toEqual([
      "too few districts (0) for an estimate: at least 3 needed",
      "too few districts (0) for an estimate: at least 3 needed",
      "too few districts (0) for an estimate: at least 3 needed",
    ]);
  });

  it("speaks of quarters in a quarterly panel", () => {
    const quarters = grid(4, 3).map((c, i) => ({ ...c, period: `2025-Q${(i % 3) + 1}` }));
    const result = only(quarters);
    expect(result.refused!.reason.nl).toBe(
      "te weinig kwartalen met paren (3) voor een schatting: minstens 4 nodig",
    );
    expect(result.sentence.en).toMatch(/^Effort in the same quarter as the demand: no estimate/);
  });
});
