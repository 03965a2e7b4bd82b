import { Decimal } from "decimal.js";
import { centsOf, distribution, formatCents, formatRatio } from "../../calculators/effect/index";
import type { BenchmarkPlatformLine, BenchmarkRank } from "../../schema/benchmark-types";
import { costPerCase, type GroupEffect } from "../effects";

/**
 * The platform line of one benchmark category — the municipalities whose figures everyone sees,
 * summed to the cent (pooled ratios from the sums) and spread across municipalities — and where
 * the caller's own municipality stands among them.
 */

export interface CountedGroup {
  id: string;
  group: GroupEffect;
}

function sumCents(groups: readonly GroupEffect[], field: "investment" | "presentValue" | "npv") {
  return groups.reduce((total, group) => total + centsOf(group[field]), 0n);
}

export function platformLine(
  counted: readonly CountedGroup[],
  ratioDecimals: number,
): BenchmarkPlatformLine {
  const groups = counted.map((c) => c.group);
  const investment = sumCents(groups, "investment");
  const presentValue = sumCents(groups, "presentValue");
  const cases = groups.reduce((n, group) => n + group.cases, 0);
  const ratios = groups.flatMap((group) => (group.sroiRatio === null ? [] : [group.sroiRatio]));
  const costs = groups.flatMap((group) => {
    const cost = costPerCase(group);
    return cost === null ? [] : [cost];
  });
  return {
    municipalities: groups.length,
    cases,
    investment: formatCents(investment),
    presentValue: formatCents(presentValue),
    npv: formatCents(sumCents(groups, "npv")),
    sroiRatio:
      investment === 0n
        ? null
        : formatRatio(
            new Decimal(presentValue.toString()).dividedBy(investment.toString()),
            ratioDecimals,
          ),
    costPerCase: costPerCase({ investment: formatCents(investment), cases }),
    sroiRatioAcross: { ...distribution(ratios, ratioDecimals) },
    costPerCaseAcross: { ...distribution(costs, 2) },
  };
}

/** Where the own municipality stands among the counted ones; null for a caller without one. */
export function ownRank(
  counted: readonly CountedGroup[],
  ownId: string | null,
): BenchmarkRank | null {
  if (ownId === null) return null;
  const own = counted.find((c) => c.id === ownId)?.group;
  return {
    sroiRatio: own ? rankBy(counted, own.sroiRatio, (g) => g.sroiRatio, "higher") : null,
    costPerCase: own ? rankBy(counted, costPerCase(own), costPerCase, "lower") : null,
    of: counted.length,
  };
}

/** 1 + the number of municipalities strictly better: ties share a rank. */
function rankBy(
  counted: readonly CountedGroup[],
  value: string | null,
  figure: (group: GroupEffect) => string | null,
  best: "higher" | "lower",
): number | null {
  if (value === null) return null;
  const mine = new Decimal(value);
  const better = counted.filter((c) => {
    const other = figure(c.group);
    if (other === null) return false;
    const order = new Decimal(other).comparedTo(mine);
    return best === "higher" ? order > 0 : order < 0;
  });
  return 1 + better.length;
}
