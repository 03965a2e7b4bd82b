import type { CohortGranularity, GroupBy, TrendRow, TrendTable } from "../../reports/index";
import type { EffectTrendResult, TrendCohort, TrendGroup } from "../effects";

/** The Trend sheet's rows from the effect trend of the report's pass (see effect-trend.service). */
function trendRow(figures: TrendGroup | TrendCohort, period: string | null): TrendRow {
  return {
    label: figures.label,
    period,
    cases: figures.cases,
    nominalCosts: figures.nominalCosts,
    nominalReturns: figures.nominalReturns,
    nominalNet: figures.nominalNet,
    investment: figures.investment,
    presentValue: figures.presentValue,
    npv: figures.npv,
    sroiRatio: figures.sroiRatio,
    costPerCase: figures.costPerCase,
    cohortPaybackMonth: "cohortPaybackMonth" in figures ? figures.cohortPaybackMonth : null,
  };
}

export function trendTable(trend: EffectTrendResult, totalLabel: string): TrendTable {
  return {
    groupBy: trend.comparison.groupBy as GroupBy,
    cohort: trend.cohort as CohortGranularity,
    groups: trend.groups.map((group) => ({
      row: trendRow(group, null),
      cohorts: group.cohorts.map((cohort) => trendRow(cohort, cohort.period)),
    })),
    total: { ...trendRow(trend.total, null), label: totalLabel },
  };
}
