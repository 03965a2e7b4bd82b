import type {} from "graphql";
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { rollUpTimeline } from "../../calculators/effect/index";
import {} from "../../schema/case";
import {
  EffectComparison,
  EffectGroup,
  EffectGroupBy,
  EffectPricingUsed,
  StoredEffectSettingsInput,
  SubstitutionView,
} from "../../schema/effect-comparison-types";
import { EffectPeriod, TimelineGranularity } from "../../schema/effect-types";
import { CaseFilter } from "../../schema/inputs/case.input";
import { DateScalar } from "../../schema/scalars";
import { ValueType } from "../../schema/registration-enums";
import {
  type RequestContext,
  BadInputError,
  refuseReferenceNarrowing,
  type TenantScope,
  requireId,
} from "../platform";
import { compareEffects, type GroupEffect } from "./effect-comparison.service";
import type { PriceTable } from "../pricing";
import { substitutionView } from "./substitution.service";

/** The municipality a question is about: the one named, or the caller's only one. */
function municipalityOf(scope: TenantScope, named: string | null | undefined, field: string) {
  if (named) return requireId(field, named);
  if (scope.kind === "municipalities" && scope.ids.length === 1) return scope.ids[0];
  throw new BadInputError(field, "is required: name the municipality");
}

function pricingUsed(table: PriceTable, itemsUsed: string[]): EffectPricingUsed {
  return {
    priceListId: table.priceList.id,
    priceListName: table.priceList.name,
    versionNumber: table.priceList.versionNumber,
    reportYear: table.reportYear,
    indexName: table.indexName,
    itemsUsed,
  };
}

function groupType(group: GroupEffect): EffectGroup {
  return {
    key: group.key,
    label: group.label,
    cases: group.cases,
    investment: group.investment,
    presentValue: group.presentValue,
    npv: group.npv,
    nominal: { costs: group.nominalCosts, returns: group.nominalReturns, net: group.nominalNet },
    sroiRatio: group.sroiRatio,
    netSroiRatio: group.netSroiRatio,
    ratioLow: group.ratioLow,
    ratioHigh: group.ratioHigh,
    paybackMonth: group.paybackMonth,
    discountedPaybackMonth: group.discountedPaybackMonth,
    byStakeholder: group.byStakeholder.map((row) => ({ ...row })),
    byValueType: group.byValueType.map((row) => ({
      ...row,
      valueType: row.valueType as ValueType,
    })),
    matrix: group.matrix.map((cell) => ({ ...cell })),
    distribution: { ...group.distribution },
    monthly: group.monthly.map((row) => ({ ...row, month: null, baseYear: null })),
  };
}

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
    const result = await compareEffects(ctx.db, ctx.scope, {
      municipalityId: municipalityOf(ctx.scope, filter?.municipalityId, "filter.municipalityId"),
      groupBy,
      filter,
      settings,
      modelId: modelId ? requireId("modelId", modelId) : null,
      sensitivityRange,
    });
    const { baseDate, horizonMonths, discountRate, discountFirstYear, ratioDecimals } =
      result.settingsUsed;
    return {
      groupBy,
      cases: result.cases,
      groups: result.groups.map(groupType),
      total: groupType(result.total),
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

  @Query(() => SubstitutionView, {
    description:
      "Substitution: hours, units and costs of support per care layer (zero, first, second line), scenario and period, to see whether second-line use falls as first-line and civil-society work grows.",
  })
  async substitution(
    @Ctx() ctx: RequestContext,
    @Arg("from", () => DateScalar) from: string,
    @Arg("to", () => DateScalar) to: string,
    @Arg("municipalityId", () => ID, { nullable: true }) municipalityId?: string,
    @Arg("teamId", () => ID, { nullable: true }) teamId?: string,
    @Arg("districtId", () => ID, { nullable: true }) districtId?: string,
    @Arg("granularity", () => TimelineGranularity, { defaultValue: TimelineGranularity.MONTH })
    granularity?: TimelineGranularity,
    @Arg("reportYear", () => Int, { nullable: true }) reportYear?: number,
    @Arg("priceListId", () => ID, { nullable: true }) priceListId?: string,
  ): Promise<SubstitutionView> {
    const view = await substitutionView(ctx.db, ctx.scope, {
      municipalityId: municipalityOf(ctx.scope, municipalityId, "municipalityId"),
      from,
      to,
      teamId: teamId ? requireId("teamId", teamId) : null,
      districtId: districtId ? requireId("districtId", districtId) : null,
      granularity: granularity ?? TimelineGranularity.MONTH,
      reportYear,
      priceListId: priceListId ? requireId("priceListId", priceListId) : null,
    });
    return {
      rows: view.rows,
      totals: view.totals,
      pricing: pricingUsed(view.pricing, view.usedCodes),
      unpricedActivities: view.unpricedActivities,
    };
  }
}
