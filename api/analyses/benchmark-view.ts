import {
  BenchmarkSuppression,
  type BenchmarkCategory,
  type BenchmarkEntry,
} from "../../schema/benchmark-types";
import type { EffectDistribution } from "../../schema/effect-comparison-types";
import { costPerCase, type GroupEffect } from "../effects";
import { anonymousLabels } from "./benchmark-labels";
import { ownRank, platformLine, type CountedGroup } from "./benchmark-platform-line";
import { suppressSmallGroups, type SuppressionPlan } from "./benchmark-suppression";
import type { MunicipalityFigures } from "./effect-benchmark.service";

/**
 * What one caller sees of a benchmark. Names only where the caller may know them (its own
 * municipality; every one for ADMIN), anonymous labels elsewhere; another municipality's
 * small groups withheld (benchmark-suppression.ts), and of its distributions no min and max,
 * which are single cases' figures. Nothing else of a municipality is passed on: no id, code,
 * price list, case, team or district.
 */

export interface BenchmarkViewer {
  seesAll: boolean;
  ownIds: ReadonlySet<string>;
}

interface Category {
  id: string;
  key: string | null;
  label: string;
}

const TOTAL: Category = { id: "\u0000total", key: null, label: "Totaal" };

type Valued = Extract<MunicipalityFigures, { valued: true }>;

function groupIn(m: Valued, category: Category): GroupEffect | null {
  if (category === TOTAL) return m.total;
  return m.categories.find((g) => (g.key ?? "") === category.id) ?? null;
}

function categoriesOf(figures: readonly MunicipalityFigures[]): Category[] {
  const byId = new Map<string, Category>();
  for (const m of figures) {
    if (!m.valued) continue;
    for (const g of m.categories)
      byId.set(g.key ?? "", { id: g.key ?? "", key: g.key, label: g.label });
  }
  return [...byId.values()].sort((a, b) => a.label.localeCompare(b.label, "nl"));
}

function planOf(m: Valued, categories: readonly Category[], minGroupSize: number): SuppressionPlan {
  const cases = new Map(categories.map((c) => [c.id, groupIn(m, c)?.cases ?? 0]));
  return suppressSmallGroups(m.total.cases, cases, minGroupSize);
}

function suppressionIn(plan: SuppressionPlan, category: Category) {
  const code = category === TOTAL ? plan.total : plan.categories.get(category.id);
  return code ? BenchmarkSuppression[code] : null;
}

function reasonFor(code: BenchmarkSuppression, minGroupSize: number, problem: string | null) {
  if (code === BenchmarkSuppression.TOO_FEW_CASES) return `fewer than ${minGroupSize} cases`;
  if (code === BenchmarkSuppression.COMPLEMENTARY)
    return "withheld too, so that the municipality's total does not give away a smaller category";
  return problem ?? "could not be valued with its own price list under these settings";
}

const NOTHING = { n: 0, min: null, q1: null, median: null, q3: null, max: null };

function spread(d: EffectDistribution, full: boolean): EffectDistribution {
  return full ? { ...d } : { ...d, min: null, max: null };
}

function figuresOf(group: GroupEffect | null, full: boolean) {
  if (!group) {
    return {
      cases: 0,
      investment: "0.00",
      presentValue: "0.00",
      npv: "0.00",
      sroiRatio: null,
      netSroiRatio: null,
      costPerCase: null,
      paybackMonth: null,
      discountedPaybackMonth: null,
      distribution: {
        investment: NOTHING,
        presentValue: NOTHING,
        npv: NOTHING,
        sroiRatio: NOTHING,
        paybackMonth: NOTHING,
      },
    };
  }
  const d = group.distribution;
  return {
    cases: group.cases,
    investment: group.investment,
    presentValue: group.presentValue,
    npv: group.npv,
    sroiRatio: group.sroiRatio,
    netSroiRatio: group.netSroiRatio,
    costPerCase: costPerCase(group),
    paybackMonth: group.paybackMonth,
    discountedPaybackMonth: group.discountedPaybackMonth,
    distribution: {
      investment: spread(d.investment, full),
      presentValue: spread(d.presentValue, full),
      npv: spread(d.npv, full),
      sroiRatio: spread(d.sroiRatio, full),
      paybackMonth: spread(d.paybackMonth, full),
    },
  };
}

const WITHHELD = {
  cases: null,
  investment: null,
  presentValue: null,
  npv: null,
  sroiRatio: null,
  netSroiRatio: null,
  costPerCase: null,
  paybackMonth: null,
  discountedPaybackMonth: null,
  distribution: null,
};

export function benchmarkView(
  figures: readonly MunicipalityFigures[],
  viewer: BenchmarkViewer,
  minGroupSize: number,
): { categories: BenchmarkCategory[]; total: BenchmarkCategory } {
  const categories = categoriesOf(figures);
  const plans = new Map(
    figures.flatMap((m) => (m.valued ? [[m.id, planOf(m, categories, minGroupSize)]] : [])),
  );
  const knows = (m: MunicipalityFigures) => viewer.seesAll || viewer.ownIds.has(m.id);
  const labels = anonymousLabels(
    figures
      .filter((m) => !knows(m))
      .map((m) => ({
        id: m.id,
        rankingRatio: m.valued && plans.get(m.id)!.total === null ? m.total.sroiRatio : null,
      })),
  );
  const labelOrder = [...labels.keys()];
  const ordered = [...figures].sort((a, b) => {
    const own = Number(viewer.ownIds.has(b.id)) - Number(viewer.ownIds.has(a.id));
    if (own !== 0) return own;
    if (knows(a) && knows(b)) return a.name.localeCompare(b.name, "nl");
    return labelOrder.indexOf(a.id) - labelOrder.indexOf(b.id);
  });
  const ownId = viewer.seesAll ? null : (ordered.find((m) => viewer.ownIds.has(m.id))?.id ?? null);
  const firstValued = figures.find((m): m is Valued => m.valued);
  const ratioDecimals = firstValued?.ratioDecimals ?? 3;

  const category = (c: Category): BenchmarkCategory => {
    const counted: CountedGroup[] = [];
    const entries = ordered.map((m): BenchmarkEntry => {
      const known = knows(m);
      const head = {
        municipality: known ? m.name : labels.get(m.id)!,
        own: viewer.ownIds.has(m.id),
        counted: false,
      };
      if (!m.valued) {
        const code = BenchmarkSuppression.NOT_VALUED;
        const reason = reasonFor(code, minGroupSize, known ? m.problem : null);
        return {
          ...head,
          suppressed: true,
          suppression: code,
          suppressionReason: reason,
          ...WITHHELD,
        };
      }
      const group = groupIn(m, c);
      const code = suppressionIn(plans.get(m.id)!, c);
      if (code === null && group) counted.push({ id: m.id, group });
      if (code !== null && !known) {
        const reason = reasonFor(code, minGroupSize, null);
        return {
          ...head,
          suppressed: true,
          suppression: code,
          suppressionReason: reason,
          ...WITHHELD,
        };
      }
      return {
        ...head,
        counted: code === null && group !== null,
        suppressed: false,
        suppression: null,
        suppressionReason: null,
        ...figuresOf(group, known),
      };
    });
    return {
      key: c.key,
      label: c.label,
      municipalities: entries,
      platform: platformLine(counted, ratioDecimals),
      ownRank: ownRank(counted, ownId),
    };
  };
  return { categories: categories.map(category), total: category(TOTAL) };
}
