import {
  HypothesisInputError,
  testQuadrantHypothesis,
  type PanelObservation,
} from "../../../../calculators/hypothesis";

function cell(unit: string, period: string, effort: number, demand: number): PanelObservation {
  return { unit, period, effort, demand };
}

function pairsAt(panel: PanelObservation[], lag: number): string[] {
  const [result] = testQuadrantHypothesis(panel, { lags: [lag] }).lags;
  return result.points.map((p) => `${p.unit} ${p.effortPeriod}→${p.period}`);
}

describe("pairing at a lag", () => {
  it("pairs only consecutive periods of the same unit: a gap gives no pair", () => {
    // District A misses April: May is not paired with March (lag 1) nor with February (lag 2
    // would need March, which is there: March→May is a lag of 2, so it pairs at lag 2).
    const panel = [
      cell("A", "2025-01", 1, 10),
      cell("A", "2025-02", 2, 11),
      cell("A", "2025-03", 3, 12),
      cell("A", "2025-05", 5, 14),
      cell("A", "2025-06", 6, 15),
      cell("B", "2025-01", 1, 20),
      cell("B", "2025-02", 2, 21),
    ];
    expect(pairsAt(panel, 1)).toEqual([
      "A 2025-01→2025-02",
      "A 2025-02→2025-03",
      "A 2025-05→2025-06",
      "B 2025-01→2025-02",
    ]);
    expect(pairsAt(panel, 2)).toEqual(["A 2025-01→2025-03", "A 2025-03→2025-05"]);
    expect(pairsAt(panel, 0)).toHaveLength(7);
  });

  it("never pairs across units", () => {
    const panel = [cell("A", "2025-01", 1, 10), cell("B", "2025-02", 2, 11)];
    expect(pairsAt(panel, 1)).toEqual([]);
  });

  it("counts consecutive months across the turn of the year, and quarters likewise", () => {
    expect(pairsAt([cell("A", "2024-12", 1, 1), cell("A", "2025-01", 2, 2)], 1)).toEqual([
      "A 2024-12→2025-01",
    ]);
    const quarters = [
      cell("A", "2024-Q3", 1, 1),
      cell("A", "2024-Q4", 2, 2),
      cell("A", "2025-Q1", 3, 3),
    ];
    expect(pairsAt(quarters, 1)).toEqual(["A 2024-Q3→2024-Q4", "A 2024-Q4→2025-Q1"]);
    expect(testQuadrantHypothesis(quarters, { lags: [1] }).granularity).toBe("QUARTER");
  });

  it("orders the points by unit and period whatever the order of the rows", () => {
    const panel = [
      cell("Zuid", "2025-02", 2, 2),
      cell("Noord", "2025-02", 2, 2),
      cell("Zuid", "2025-01", 1, 1),
      cell("Noord", "2025-01", 1, 1),
    ];
    expect(pairsAt(panel, 0)).toEqual([
      "Noord 2025-01→2025-01",
      "Noord 2025-02→2025-02",
      "Zuid 2025-01→2025-01",
      "Zuid 2025-02→2025-02",
    ]);
  });

  it("uses the effort of t − lag and the demand of t in each point", () => {
    const panel = [cell("A", "2025-01", 7, 100), cell("A", "2025-02", 8, 200)];
    const [result] = testQuadrantHypothesis(panel, { lags: [1] }).lags;
    expect(result.points).toEqual([
      {
        unit: "A",
        period: "2025-02",
        effortPeriod: "2025-01",
        effort: 7,
        demand: 200,
        inEstimate: false,
      },
    ]);
  });
});

describe("input the test refuses outright", () => {
  const good = cell("A", "2025-01", 1, 1);

  it.each([
    ["a month 13", [cell("A", "2025-13", 1, 1)], "panel[0].period"],
    ["a month without its zero", [cell("A", "2025-3", 1, 1)], "panel[0].period"],
    ["a fifth quarter", [cell("A", "2025-Q5", 1, 1)], "panel[0].period"],
    ["a date", [cell("A", "2025-03-01", 1, 1)], "panel[0].period"],
    ["months mixed with quarters", [good, cell("A", "2025-Q2", 1, 1)], "panel[1].period"],
    ["the same unit and period twice", [good, cell("A", "2025-01", 2, 2)], "panel[1].period"],
    ["a blank unit", [cell(" ", "2025-01", 1, 1)], "panel[0].unit"],
    ["an effort that is not a number", [cell("A", "2025-01", Number.NaN, 1)], "panel[0].effort"],
    ["an infinite demand", [cell("A", "2025-01", 1, Infinity)], "panel[0].demand"],
  ])("%s", (_name, panel, field) => {
    expect(() => testQuadrantHypothesis(panel)).toThrow(HypothesisInputError);
    try {
      testQuadrantHypothesis(panel);
    } catch (error) {
      expect((error as HypothesisInputError).field).toBe(field);
    }
  });

  it.each([
    ["a negative lag", { lags: [-1] }, "lags[0]"],
    ["a fractional lag", { lags: [0, 1.5] }, "lags[1]"],
    ["a lag twice", { lags: [3, 3] }, "lags[1]"],
    ["no lags", { lags: [] }, "lags"],
    ["a minimum of 0 units", { minUnits: 0 }, "minUnits"],
    ["a fractional minimum of periods", { minPeriods: 2.5 }, "minPeriods"],
  ])("%s", (_name, options, field) => {
    expect(() => testQuadrantHypothesis([good], options)).toThrow(
      expect.objectContaining({ name: "HypothesisInputError", field }),
    );
  });
});
