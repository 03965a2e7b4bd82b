import type { DataSource, EntityManager } from "typeorm";
import { Decimal } from "decimal.js";
import type {
  EffectGroupBy,
  StoredEffectSettingsInput,
} from "../../schema/effect-comparison-types";
import type { CohortGranularity } from "../../schema/effect-trend-types";
import type { CaseFilter } from "../../schema/inputs/case.input";
import type { DisclosureRule, TenantScope } from "../platform";
import { cohortOf, paybackInCohort } from "./cohorts";
import {
  compareEffectsPer,
  type DerivedGrouping,
  type EffectComparisonResult,
} from "./effect-comparison.service";
import { CaseGroups, type GroupEffect, type GroupKey } from "./effect-groups";
import type { Language } from "./group-labels";

/**
 * The effect trend: the effect comparison per cohort of cases (the quarter or year they opened).
 * The cohort is one more grouping of the same pass over the cases — group × cohort, and cohort
 * alone for the total — so every case runs through the calculator once, and each cohort's sums
 * are the sums of its cases: the cohorts of a group add up to the group to the cent, and the
 * groups are effectComparison's.
 */

export interface TrendCohort extends GroupEffect {
  period: string;
  costPerCase: string | null;
  cohortPaybackMonth: number | null;
}

export interface TrendGroup extends GroupEffect {
  costPerCase: string | null;
  cohorts: TrendCohort[];
}

export interface EffectTrendResult {
  cohort: CohortGranularity;
  comparison: EffectComparisonResult;
  groups: TrendGroup[];
  total: TrendGroup;
}

/** Σ investment ÷ cases in euros, to the cent (half away from zero); null without cases. */
export function costPerCase(group: Pick<GroupEffect, "investment" | "cases">): string | null {
  if (group.cases === 0) return null;
  return new Decimal(group.investment)
    .dividedBy(group.cases)
    .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
    .toFixed(2);
}

/** A group × cohort key as one string of the grouping; `null` keys survive the round trip. */
function cellKey(group: GroupKey, period: string): GroupKey {
  return { key: JSON.stringify([group.key, period]), label: group.label };
}
function parseCellKey(key: string | null): [string | null, string] {
  return JSON.parse(key!) as [string | null, string];
}

/** Collects the cohorts of one comparison's grouping while its cases stream through. */
export class CohortTrend {
  private readonly cells = new CaseGroups();
  private readonly periods = new CaseGroups();

  /** `range`: whether the comparison computes ratioLow and ratioHigh (sensitivityRange). */
  constructor(
    readonly groupBy: EffectGroupBy,
    readonly granularity: CohortGranularity,
    private readonly range = false,
  ) {}

  /** What compareEffectsPer adds to its pass: group × cohort, and cohort alone. */
  derived(): DerivedGrouping[] {
    const period = (openedOn: string) => cohortOf(openedOn, this.granularity);
    return [
      {
        groups: this.cells,
        keyOf: (row, groups) => cellKey(groups.get(this.groupBy)!, period(row.openedOn)),
      },
      {
        groups: this.periods,
        keyOf: (row) => ({ key: period(row.openedOn), label: period(row.openedOn) }),
      },
    ];
  }

  /** The trend, once the comparison over the same pass is done. */
  summarise(comparison: EffectComparisonResult): EffectTrendResult {
    const { ratioDecimals: decimals, baseDate } = comparison.settingsUsed;
    const cohort = (effect: GroupEffect, period: string): TrendCohort => ({
      ...effect,
      period,
      costPerCase: costPerCase(effect),
      cohortPaybackMonth: paybackInCohort(effect.paybackMonth, period, baseDate),
    });
    const byGroup = new Map<string | null, TrendCohort[]>();
    for (const cell of this.cells.summarise(decimals, this.range).groups) {
      const [key, period] = parseCellKey(cell.key);
      const group = comparison.groups.find((g) => g.key === key)!;
      const cohorts = byGroup.get(key) ?? [];
      cohorts.push(cohort({ ...cell, key, label: group.label }, period));
      byGroup.set(key, cohorts);
    }
    const oldestFirst = (cohorts: TrendCohort[]) =>
      cohorts.sort((a, b) => a.period.localeCompare(b.period));
    const totalCohorts = this.periods
      .summarise(decimals, this.range)
      .groups.map((g) => cohort({ ...g, key: null, label: comparison.total.label }, g.key!));
    return {
      cohort: this.granularity,
      comparison,
      groups: comparison.groups.map((group) => ({
        ...group,
        costPerCase: costPerCase(group),
        cohorts: oldestFirst(byGroup.get(group.key) ?? []),
      })),
      total: {
        ...comparison.total,
        costPerCase: costPerCase(comparison.total),
        cohorts: oldestFirst(totalCohorts),
      },
    };
  }
}

interface TrendRequest {
  municipalityId: string;
  groupBy: EffectGroupBy;
  cohort: CohortGranularity;
  filter?: CaseFilter;
  settings?: StoredEffectSettingsInput | null;
  modelId?: string | null;
  sensitivityRange?: boolean;
  language?: Language;
  /** Disclosure control of the filter for the caller (see compareEffectsPer). */
  disclosure?: DisclosureRule;
}

export async function trendEffects(
  db: DataSource | EntityManager,
  scope: TenantScope,
  request: TrendRequest,
): Promise<EffectTrendResult> {
  const trend = new CohortTrend(request.groupBy, request.cohort, request.sensitivityRange);
  const results = await compareEffectsPer(db, scope, {
    ...request,
    groupings: [request.groupBy],
    derived: trend.derived(),
  });
  return trend.summarise(results.get(request.groupBy)!);
}
