import { suppressGroups } from "../../calculators/disclosure/index";

/**
 * Which of one municipality's benchmark groups are withheld from other municipalities' viewers:
 * the platform's rule (calculators/disclosure) with KWADRANT_MIN_GROUP_SIZE. Primary: a
 * category with fewer than `minGroupSize` cases; complements while the withheld ones together
 * are one or hold fewer than `minGroupSize` cases, so that a municipality's total minus its shown
 * categories gives none away. An empty category has no figures to show and is withheld as well.
 * Across municipalities nothing can be subtracted: the platform line sums only shown groups.
 */

export type GroupSuppression = "TOO_FEW_CASES" | "COMPLEMENTARY";

export interface SuppressionPlan {
  total: GroupSuppression | null;
  categories: Map<string, GroupSuppression | null>;
}

export function suppressSmallGroups(
  totalCases: number,
  categoryCases: ReadonlyMap<string, number>,
  minGroupSize: number,
): SuppressionPlan {
  const outcome = suppressGroups(
    [...categoryCases].map(([key, cases]) => ({ key, cases })),
    minGroupSize,
  );
  const categories = new Map<string, GroupSuppression | null>();
  for (const [key, cases] of categoryCases) {
    const reason = outcome.suppressed.get(key);
    categories.set(
      key,
      reason === "COMPLEMENTARY" ? "COMPLEMENTARY" : reason || cases === 0 ? "TOO_FEW_CASES" : null,
    );
  }
  const withheld = totalCases < minGroupSize || outcome.totalSuppressed;
  if (withheld) for (const key of categoryCases.keys()) categories.set(key, "TOO_FEW_CASES");
  return { total: withheld ? "TOO_FEW_CASES" : null, categories };
}
