import { suppressGroups, suppressTable } from "../../../../calculators/disclosure/index";

const groups = (...cases: number[]) => cases.map((n, i) => ({ key: `g${i}`, cases: n }));
const hidden = (outcome: ReturnType<typeof suppressGroups>) =>
  Object.fromEntries(outcome.suppressed);

describe("suppressGroups", () => {
  it("shows every group of at least the minimum", () => {
    const outcome = suppressGroups(groups(10, 25, 40), 10);
    expect(outcome.suppressed.size).toBe(0);
    expect(outcome.totalSuppressed).toBe(false);
  });

  it("hides a small group and the smallest other one with it, so the total does not give it away", () => {
    const outcome = suppressGroups(groups(3, 25, 12, 40), 10);
    expect(hidden(outcome)).toEqual({ g0: "SMALL_GROUP", g2: "COMPLEMENTARY" });
    expect(outcome.totalSuppressed).toBe(false);
  });

  it("adds complements until the hidden groups hold the minimum together", () => {
    // 2 + 3 = 5 < 10: the two small ones alone could be told apart from the total only as a
    // pair, but a pair under the minimum still discloses a group under the minimum.
    const outcome = suppressGroups(groups(2, 3, 4, 30, 50), 10);
    expect(hidden(outcome)).toEqual({
      g0: "SMALL_GROUP",
      g1: "SMALL_GROUP",
      g2: "SMALL_GROUP",
      g3: "COMPLEMENTARY",
    });
  });

  it("needs no complement when two small groups already hold the minimum together", () => {
    const outcome = suppressGroups(groups(6, 7, 30), 10);
    expect(hidden(outcome)).toEqual({ g0: "SMALL_GROUP", g1: "SMALL_GROUP" });
  });

  it("hides the total when nothing is left to hide a small group behind", () => {
    expect(suppressGroups(groups(4, 0), 10).totalSuppressed).toBe(true);
    expect(suppressGroups(groups(4, 30), 10).totalSuppressed).toBe(false);
    expect(suppressGroups(groups(9), 10).totalSuppressed).toBe(true);
  });

  it("never hides what the viewer knows, and does not count on it as a complement", () => {
    const outcome = suppressGroups(
      [
        { key: "own", cases: 3, known: true },
        { key: "other", cases: 4 },
        { key: "big", cases: 50 },
      ],
      10,
    );
    expect(hidden(outcome)).toEqual({ other: "SMALL_GROUP", big: "COMPLEMENTARY" });
    // Total − own − (nothing shown) = other + big = 54: no group under the minimum is exposed.
    expect(outcome.totalSuppressed).toBe(false);
    const onlyKnown = suppressGroups([{ key: "own", cases: 3, known: true }], 10);
    expect(onlyKnown.totalSuppressed).toBe(false);
  });

  it("refuses a minimum that is not a whole number ≥ 1", () => {
    expect(() => suppressGroups(groups(1), 0)).toThrow(RangeError);
    expect(() => suppressGroups(groups(1), 2.5)).toThrow(RangeError);
  });
});

describe("suppressTable", () => {
  it("hides cells so that no row or column total minus the shown cells gives one away", () => {
    // Rows are arrangements, columns cohorts; a 3 in A × 2025.
    const cells = [
      { row: "A", column: "2024", cases: 20 },
      { row: "A", column: "2025", cases: 3 },
      { row: "B", column: "2024", cases: 30 },
      { row: "B", column: "2025", cases: 15 },
    ];
    const { hidden: cellsHidden, hiddenRows, hiddenColumns } = suppressTable(cells, 10);
    const key = (c: { row: string; column: string }) => `${c.row}|${c.column}`;
    expect(cellsHidden.map(key).sort()).toEqual(["A|2024", "A|2025", "B|2024", "B|2025"]);
    expect(cellsHidden.find((c) => key(c) === "A|2025")!.reason).toBe("SMALL_GROUP");
    // Every row and column keeps at least two hidden cells, holding ≥ 10 together.
    for (const line of ["A", "B"]) {
      const rowHidden = cellsHidden.filter((c) => c.row === line);
      expect(rowHidden.length === 0 || rowHidden.length >= 2).toBe(true);
    }
    expect(hiddenRows).toEqual([]);
    expect(hiddenColumns).toEqual([]);
  });

  it("leaves a table without small cells alone", () => {
    const cells = [
      { row: "A", column: "2024", cases: 20 },
      { row: "A", column: "2025", cases: 13 },
    ];
    expect(suppressTable(cells, 10).hidden).toEqual([]);
  });
});
