import type {} from "graphql";
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { EffectGroupBy, StoredEffectSettingsInput } from "../../schema/effect-comparison-types";
import {
  CohortGranularity,
  EffectTrend,
  type EffectTrendCohort,
  type EffectTrendGroup,
} from "../../schema/effect-trend-types";
import { CaseFilter } from "../../schema/inputs/case.input";
import { type RequestContext, refuseReferenceNarrowing, requireId } from "../platform";
import { groupType, municipalityOf, pricingUsed } from "./effect-answers";
import { discloseTrend } from "./group-disclosure";
import { trendEffects, type TrendCohort, type TrendGroup } from "./effect-trend.service";

function cohortType(cohort: TrendCohort): EffectTrendCohort {
  return {
    ...groupType(cohort),
    period: cohort.period,
    costPerCase: cohort.costPerCase,
    cohortPaybackMonth: cohort.cohortPaybackMonth,
  };
}

function trendGroupType(group: TrendGroup): EffectTrendGroup {
  return {
    ...groupType(group),
    costPerCase: group.costPerCase,
    cohorts: group.cohorts.map(cohortType),
  };
}

@Resolver()
export class EffectTrendResolver {
  @Query(() => EffectTrend, {
    description:
      "The effect comparison per cohort (the quarter or year the cases opened): per group and cohort the sums (to the cent), pooled SROI ratio, costs per case, payback and the distribution over the cases, so that a team lead sees whether an arrangement's figures improve over the years. Each case goes through the calculator once; the groups are effectComparison's for the same filter and settings.",
  })
  async effectTrend(
    @Ctx() ctx: RequestContext,
    @Arg("groupBy", () => EffectGroupBy) groupBy: EffectGroupBy,
    @Arg("cohort", () => CohortGranularity) cohort: CohortGranularity,
    @Arg("filter", () => CaseFilter, { nullable: true }) filter?: CaseFilter,
    @Arg("settings", () => StoredEffectSettingsInput, { nullable: true })
    settings?: StoredEffectSettingsInput,
    @Arg("modelId", () => ID, {
      nullable: true,
      description: "Quadrant model for groupBy QUADRANT; default the built-in model A.",
    })
    modelId?: string,
    @Arg("sensitivityRange", () => Boolean, {
      defaultValue: false,
      description: "Also compute ratioLow and ratioHigh (triples the work).",
    })
    sensitivityRange?: boolean,
  ): Promise<EffectTrend> {
    refuseReferenceNarrowing(ctx.scope, filter);
    const trend = await trendEffects(ctx.readDb, ctx.scope, {
      municipalityId: municipalityOf(ctx.scope, filter?.municipalityId, "filter.municipalityId"),
      groupBy,
      cohort,
      filter,
      settings,
      modelId: modelId ? requireId("modelId", modelId) : null,
      sensitivityRange,
      disclosure: ctx.disclosure,
    });
    const result = trend.comparison;
    const { baseDate, horizonMonths, discountRate, discountFirstYear, ratioDecimals } =
      result.settingsUsed;
    const disclosed = discloseTrend(
      ctx.disclosure,
      groupBy,
      filter,
      trend.groups.map(trendGroupType),
      trendGroupType(trend.total),
    );
    return {
      groupBy,
      cohort,
      cases: result.cases,
      groups: disclosed.groups,
      total: disclosed.total,
      suppressedGroups: disclosed.suppressed,
      settingsUsed: { baseDate, horizonMonths, discountRate, discountFirstYear, ratioDecimals },
      pricing: pricingUsed(result.pricing, result.usedPriceCodes),
      unpricedActivities: result.unpricedActivities,
      unpricedOutcomes: result.unpricedOutcomes,
    };
  }
}
