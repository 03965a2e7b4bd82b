/**
 * Which of one municipality's benchmark groups are withheld from other municipalities' viewers.
 * Kept apart, with the threshold as a parameter, so the platform's disclosure setting
 * (KWADRANT_MIN_GROUP_SIZE) can be wired to it.
 *
 * Primary: a category with fewer than `minGroupSize` cases. Complementary: a municipality's
 * total minus its shown categories is the sum of the withheld ones, so when those together
 * hold fewer than `minGroupSize` cases (and more than none) the smallest shown category is
 * withheld too; one suffices, since every shown category holds at least `minGroupSize` cases.
 * Across municipalities nothing can be subtracted: the platform line sums only shown groups.
 */

export const DEFAULT_MIN_GROUP_SIZE = 10;

export type GroupSuppression = "TOO_FEW_CASES" | "COMPLEMENTARY";

export interface SuppressionPlan {
  total: GroupSuppression | null;
  categories: Map<string, GroupSuppression | null>;
}

export function suppressSmallGroups(
  totalCases: number,
  categoryCases: ReadonlyMap<string, number>,
  minGroupSize = DEFAULT_MIN_GROUP_SIZE,
): SuppressionPlan {
  const categories = new Map<string, GroupSuppression | null>();
  let withheld = 0;
  for (const [key, cases] of categoryCases) {
    const small = cases < minGroupSize;
    categories.set(key, small ? "TOO_FEW_CASES" : null);
    if (small) withheld += cases;
  }
  if (totalCases < minGroupSize) {
    return { total: "TOO_FEW_CASES", categories };
  }
  if (withheld > 0 && withheld < minGroupSize) {
    const shown = [...categoryCases]
      .filter(([key]) => categories.get(key) === null)
      .sort(([ka, a], [kb, b]) => a - b || ka.localeCompare(kb));
    if (shown.length) categories.set(shown[0][0], "COMPLEMENTARY");
  }
  return { total: null, categories };
}
