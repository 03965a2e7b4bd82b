import { suppressSmallGroups } from "../../../api/analyses/benchmark-suppression";

const plan = (total: number, cells: Record<string, number>, min?: number) => {
  const result = suppressSmallGroups(total, new Map(Object.entries(cells)), min ?? 10);
  return { total: result.total, categories: Object.fromEntries(result.categories) };
};

describe("suppressSmallGroups", () => {
  it("withholds a category of fewer than 10 cases and, complementarily, the smallest shown one", () => {
    // 70 − (40 + 25) would give away the 5: the 25 is withheld too.
    expect(plan(70, { a: 40, b: 25, c: 5 })).toEqual({
      total: null,
      categories: { a: null, b: "COMPLEMENTARY", c: "TOO_FEW_CASES" },
    });
  });

  it("needs no complementary suppression when the withheld ones hold enough cases together", () => {
    expect(plan(52, { a: 40, b: 6, c: 6 })).toEqual({
      total: null,
      categories: { a: null, b: "TOO_FEW_CASES", c: "TOO_FEW_CASES" },
    });
    // Empty categories give nothing away.
    expect(plan(40, { a: 40, b: 0 }).categories).toEqual({ a: null, b: "TOO_FEW_CASES" });
  });

  it("withholds a total of fewer cases than the threshold, which takes a parameter", () => {
    expect(plan(9, { a: 9 })).toEqual({
      total: "TOO_FEW_CASES",
      categories: { a: "TOO_FEW_CASES" },
    });
    expect(plan(30, { a: 18, b: 12 }, 15).categories).toEqual({
      a: "COMPLEMENTARY",
      b: "TOO_FEW_CASES",
    });
    expect(plan(30, { a: 18, b: 12 }).categories).toEqual({ a: null, b: null });
  });

  it("breaks a tie between equally small shown categories by key", () => {
    expect(plan(43, { x: 20, w: 20, v: 3 }).categories).toEqual({
      x: null,
      w: "COMPLEMENTARY",
      v: "TOO_FEW_CASES",
    });
  });
});
