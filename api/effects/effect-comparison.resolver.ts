import type {} from "graphql";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { rollUpTimeline } from "../../calculators/effect/index";
import {} from "../../schema/case";
import {
  EffectComparison,
  EffectGroup,
  EffectGroupBy,
  StoredEffectSettingsInput,
} from "../../schema/effect-comparison-types";
import { EffectPeriod, TimelineGranularity } from "../../schema/effect-types";
import { CaseFilter } from "../../schema/inputs/case.input";
import { type RequestContext, refuseReferenceNarrowing, requireId } from "../platform";
import { compareEffects } from "./effect-comparison.service";
import { groupType, municipalityOf, pricingUsed } from "./effect-answers";
import { discloseGroups, discloseTotal } from "./group-disclosure";

@Resolver(() => EffectGroup)
export class EffectComparisonResolver {
  @Query(() => EffectComparison, {
    description:
      "Effects of stored cases compared per arrangement, team, quadrant or district: every filtered case through the effect calculator with the municipality's price list; per group the sums (to the cent), pooled SROI ratios, the distribution over the cases, who pays and who gains, and the timeline. The total is the sum of the groups.",
  })
  async effectComparison(
    @Ctx() ctx: RequestContext,
    @Arg("groupBy", () => EffectGroupBy) groupBy: EffectGroupBy,
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
  ): Promise<EffectComparison> {
    refuseReferenceNarrowing(ctx.scope, filter);
    const result = await compareEffects(ctx.readDb, ctx.scope, {
      municipalityId: municipalityOf(ctx.scope, filter?.municipalityId, "filter.municipalityId"),
      groupBy,
      filter,
      settings,
      modelId: modelId ? requireId("modelId", modelId) : null,
      sensitivityRange,
      disclosure: ctx.disclosure,
    });
    const { baseDate, horizonMonths, discountRate, discountFirstYear, ratioDecimals } =
      result.settingsUsed;
    const { shown, suppressed } = discloseGroups(
      ctx.disclosure,
      groupBy,
      filter,
      result.groups.map(groupType),
    );
    return {
      groupBy,
      cases: result.cases,
      groups: shown,
      total: discloseTotal(ctx.disclosure, filter, groupType(result.total)),
      suppressedGroups: suppressed,
      settingsUsed: { baseDate, horizonMonths, discountRate, discountFirstYear, ratioDecimals },
      pricing: pricingUsed(result.pricing, result.usedPriceCodes),
      unpricedActivities: result.unpricedActivities,
      unpricedOutcomes: result.unpricedOutcomes,
    };
  }

  @FieldResolver(() => [EffectPeriod], {
    description:
      "The group's cases' timelines summed per month, or rolled up to quarters or years; every column adds up to the group's totals.",
  })
  timeline(
    @Root() group: EffectGroup,
    @Arg("granularity", () => TimelineGranularity, { defaultValue: TimelineGranularity.MONTH })
    granularity: TimelineGranularity,
  ): EffectPeriod[] {
    if (granularity === TimelineGranularity.MONTH) return group.monthly;
    return rollUpTimeline(group.monthly, granularity).map((row) => ({
      ...row,
      month: null,
      baseYear: null,
    }));
  }
}
