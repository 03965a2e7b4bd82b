import type { DataSource, EntityManager } from "typeorm";
import { Decimal } from "decimal.js";
import {
  aggregateResults,
  centsOf,
  formatRatio,
  paybackFromRows,
  sumTimelines,
  type AggregateItem,
  type EffectResult,
  type GroupSummary,
  type PeriodRow,
} from "../../calculators/effect/index";
import { EffectGroupBy } from "../../schema/effect-comparison-types";
import type { Quadrant } from "../../schema/quadrant-model";
import type { EffectCaseRow } from "./effect-cases";
import type { CaseEffect } from "./case-effects";
import { groupLabelsFor, type GroupLabels } from "./group-labels";
import { hoursByQuadrant } from "../quadrants";

/**
 * Which group each case of a comparison falls in. Every case falls in exactly one group, so the
 * groups add up to the total: its arrangement (the first applied, or the one the comparison is
 * filtered on), the team, the district, or the quadrant class holding most of its intervention
 * hours. Groups without a name of their own are labelled in the comparison's language.
 */
export interface GroupKey {
  key: string | null;
  label: string;
}

/** The class with the most hours; on a tie the first in model order (quadrants, e, f, ef). */
function dominantClass(
  hours: Map<string, Decimal> | undefined,
  order: readonly string[],
): string | null {
  let best: string | null = null;
  for (const cls of order) {
    const value = hours?.get(cls);
    if (!value || value.isZero()) continue;
    if (best === null || value.greaterThan(hours!.get(best)!)) best = cls;
  }
  return best;
}

export class GroupAssigner {
  constructor(
    private readonly groupBy: EffectGroupBy,
    private readonly model: { id: string; quadrants: Quadrant[] } | null,
    private readonly labels: GroupLabels = groupLabelsFor("NL"),
  ) {}

  /** Group keys of one batch of cases (one SQL statement for quadrants, none otherwise). */
  async keysFor(
    db: DataSource | EntityManager,
    cases: readonly EffectCaseRow[],
  ): Promise<Map<string, GroupKey>> {
    const none = this.labels.none[this.groupBy];
    const pick = (key: string | null, label: string | null): GroupKey =>
      key ? { key, label: label ?? key } : { key: null, label: none };
    if (this.groupBy !== EffectGroupBy.QUADRANT) {
      return new Map(
        cases.map((c) => {
          if (this.groupBy === EffectGroupBy.TEAM) return [c.id, pick(c.teamId, c.teamName)];
          if (this.groupBy === EffectGroupBy.DISTRICT)
            return [c.id, pick(c.districtId, c.districtName)];
          return [c.id, pick(c.arrangementId, c.arrangementName)];
        }),
      );
    }
    const { id, quadrants } = this.model!;
    const hours = await hoursByQuadrant(
      db,
      id,
      quadrants,
      { sql: "c.id = ANY($1)", params: [cases.map((c) => c.id)] },
      {},
      "case",
    );
    const order = [...quadrants.map((q) => q.code), "e", "f", "ef"];
    const names = new Map(
      quadrants.map((q) => [q.code, `${q.code} ${q[this.labels.quadrantName]}`]),
    );
    const axes: Record<string, string> = this.labels.axes;
    return new Map(
      cases.map((c) => {
        const cls = dominantClass(hours.get(c.id), order);
        return [c.id, pick(cls, cls ? (names.get(cls) ?? axes[cls] ?? cls) : null)];
      }),
    );
  }
}

/**
 * One grouping of an effect comparison, collected while the cases stream through batch by
 * batch. The calculator's aggregate needs every case's result at the end (for the
 * distributions), so each case keeps only the few figures it reads; who pays and who gains
 * (per stakeholder, per value type, the matrix) is summed per group as the batches come, by the
 * same aggregate folded over a running carrier per group. Memory thus holds a handful of
 * figures per case and one batch of full results, not every case's result.
 */
export interface GroupEffect extends GroupSummary {
  key: string | null;
  label: string;
  /** Empty when the comparison was asked without this grouping's timelines. */
  monthly: PeriodRow[];
  paybackMonth: number | null;
  discountedPaybackMonth: number | null;
  ratioLow: string | null;
  ratioHigh: string | null;
}

const NO_SPLITS = { byStakeholder: [], byValueType: [], matrix: [] } as const;
const ZERO = "0.00";
const NO_BREAKDOWN = { investments: ZERO, extraCosts: ZERO, avoidedCosts: ZERO, outcomes: ZERO };
const NO_SETTINGS = {
  baseDate: "",
  horizonMonths: 0,
  discountRate: "0",
  discountFirstYear: false,
  ratioDecimals: 0,
};

/** The figures of a case the aggregate's sums and distributions read; no splits. */
export function caseFigures(result: EffectResult): EffectResult {
  return {
    investment: result.investment,
    presentValue: result.presentValue,
    npv: result.npv,
    sroiRatio: result.sroiRatio,
    netSroiRatio: null,
    paybackMonth: result.paybackMonth,
    discountedPaybackMonth: null,
    nominal: { costs: result.nominal.costs, returns: result.nominal.returns, net: ZERO },
    breakdown: NO_BREAKDOWN,
    timeline: null,
    ...NO_SPLITS,
    upliftUsed: [],
    sensitivity: null,
    settingsUsed: NO_SETTINGS,
  };
}

/** A result that carries only a group's summed splits, to be folded with the next batch. */
function splitCarrier(summary: GroupSummary): EffectResult {
  return {
    ...caseFigures({
      investment: ZERO,
      presentValue: ZERO,
      npv: ZERO,
      sroiRatio: null,
      paybackMonth: null,
      nominal: { costs: ZERO, returns: ZERO, net: ZERO },
    } as EffectResult),
    byStakeholder: summary.byStakeholder,
    byValueType: summary.byValueType,
    matrix: summary.matrix,
  };
}

/** What a group collects besides the calculator's aggregate. */
class GroupExtras {
  monthly: PeriodRow[] = [];
  low = { investment: 0n, presentValue: 0n };
  high = { investment: 0n, presentValue: 0n };
  constructor(readonly label: string) {}

  add(effects: CaseEffect[], timelines: boolean) {
    if (timelines) {
      this.monthly = sumTimelines([this.monthly, ...effects.map((e) => e.result.timeline ?? [])]);
    }
    for (const effect of effects) {
      if (effect.pessimistic) addPv(this.low, effect.pessimistic);
      if (effect.optimistic) addPv(this.high, effect.optimistic);
    }
  }
}

function addPv(sum: { investment: bigint; presentValue: bigint }, result: EffectResult) {
  sum.investment += centsOf(result.investment);
  sum.presentValue += centsOf(result.presentValue);
}

function pooledRatio(sum: { investment: bigint; presentValue: bigint }, decimals: number) {
  if (sum.investment === 0n) return null;
  return formatRatio(
    new Decimal(sum.presentValue.toString()).dividedBy(sum.investment.toString()),
    decimals,
  );
}

/** Group ids in the aggregate: a key, or "" for the cases without one (sorts first). */
function groupId(key: string | null): string {
  return key ?? "";
}
function keyOf(id: string): string | null {
  return id === "" ? null : id;
}

function groupEffect(
  summary: GroupSummary,
  key: string | null,
  label: string,
  extra: GroupExtras,
  decimals: number,
  range: boolean,
): GroupEffect {
  return {
    ...summary,
    key,
    label,
    monthly: extra.monthly,
    paybackMonth: paybackFromRows(extra.monthly, false),
    discountedPaybackMonth: paybackFromRows(extra.monthly, true),
    ratioLow: range ? pooledRatio(extra.low, decimals) : null,
    ratioHigh: range ? pooledRatio(extra.high, decimals) : null,
  };
}

/** The groups of cases collected batch by batch, whatever decides each case's group. */
export class CaseGroups {
  private readonly items: AggregateItem[] = [];
  private readonly extras = new Map<string, GroupExtras>();
  /** Per group, its splits summed over the batches so far. */
  private splits = new Map<string, EffectResult>();
  /** `timelines`: whether the groups' monthly timelines (and payback months) are summed. */
  constructor(private readonly timelines = true) {}

  /** One batch of case results and each case's group in this grouping. */
  add(effects: CaseEffect[], keys: Map<string, GroupKey>, figures: Map<string, EffectResult>) {
    const byGroup = new Map<string, CaseEffect[]>();
    const batch: AggregateItem[] = [...this.splits].map(([group, result]) => ({ group, result }));
    for (const effect of effects) {
      const group = keys.get(effect.row.id)!;
      const id = groupId(group.key);
      const members = byGroup.get(id);
      if (members) members.push(effect);
      else byGroup.set(id, [effect]);
      if (!this.extras.has(id)) this.extras.set(id, new GroupExtras(group.label));
      this.items.push({ group: id, result: figures.get(effect.row.id)! });
      batch.push({ group: id, result: effect.result });
    }
    for (const [id, groupEffects] of byGroup) {
      this.extras.get(id)!.add(groupEffects, this.timelines);
    }
    const folded = aggregateResults(batch);
    this.splits = new Map(folded.groups.map((summary) => [summary.group!, splitCarrier(summary)]));
  }

  summarise(decimals: number, range: boolean) {
    const aggregate = aggregateResults(this.items, { ratioDecimals: decimals });
    const carriers = [...this.splits].map(([group, result]) => ({ group, result }));
    const splits = aggregateResults(carriers);
    const splitsOf = new Map(splits.groups.map((summary) => [summary.group!, summary]));
    const withSplits = (summary: GroupSummary, split: GroupSummary | undefined): GroupSummary => ({
      ...summary,
      byStakeholder: split?.byStakeholder ?? [],
      byValueType: split?.byValueType ?? summary.byValueType,
      matrix: split?.matrix ?? [],
    });
    const groups = aggregate.groups
      .map((summary) => {
        const extra = this.extras.get(summary.group!)!;
        const full = withSplits(summary, splitsOf.get(summary.group!));
        return groupEffect(full, keyOf(summary.group!), extra.label, extra, decimals, range);
      })
      .sort((a, b) => a.label.localeCompare(b.label, "nl"));
    const total = new GroupExtras("Totaal");
    total.monthly = sumTimelines(groups.map((g) => g.monthly));
    for (const extra of this.extras.values()) {
      for (const side of ["low", "high"] as const) {
        total[side].investment += extra[side].investment;
        total[side].presentValue += extra[side].presentValue;
      }
    }
    const totalSummary = withSplits(aggregate.total, carriers.length ? splits.total : undefined);
    return {
      groups,
      total: groupEffect(totalSummary, null, "Totaal", total, decimals, range),
    };
  }
}

/** A grouping by one of the comparison's dimensions, with the assigner of its groups. */
export class Grouping extends CaseGroups {
  constructor(
    readonly groupBy: EffectGroupBy,
    readonly assigner: GroupAssigner,
    timelines = true,
  ) {
    super(timelines);
  }
}
