import type { EffectGroup, EffectPricingUsed } from "../../schema/effect-comparison-types";
import { ValueType } from "../../schema/registration-enums";
import {
  BadInputError,
  NotFoundError,
  type RequestContext,
  type TenantScope,
  canSee,
  requireId,
} from "../platform";
import type { PriceTable } from "../pricing";
import type { GroupEffect } from "./effect-comparison.service";

// Shapes of the effect answers that the comparison and substitution resolvers share.

/** The municipality a question is about: the one named, or the caller's only one. */
export function municipalityOf(
  scope: TenantScope,
  named: string | null | undefined,
  field: string,
) {
  if (named) return requireId(field, named);
  if (scope.kind === "municipalities" && scope.ids.length === 1) return scope.ids[0];
  throw new BadInputError(field, "is required: name the municipality");
}

/**
 * The municipality must be visible, and a team or district named beside it must be its own:
 * another municipality's looks absent (NOT_FOUND), as everywhere else. `prefix` is where the
 * fields sit in the arguments ("filter.").
 */
export async function requireOwnedReferences(
  ctx: RequestContext,
  municipalityId: string,
  refs: { teamId?: string | null; districtId?: string | null },
  prefix = "",
): Promise<void> {
  if (!canSee(ctx.scope, municipalityId))
    throw new NotFoundError("Municipality", municipalityId, `${prefix}municipalityId`);
  if (refs.teamId) {
    const team = await ctx.loaders.team.load(requireId(`${prefix}teamId`, refs.teamId));
    if (team?.municipalityId !== municipalityId)
      throw new NotFoundError("Team", refs.teamId, `${prefix}teamId`);
  }
  if (refs.districtId) {
    const field = `${prefix}districtId`;
    const district = await ctx.loaders.district.load(requireId(field, refs.districtId));
    if (district?.municipalityId !== municipalityId)
      throw new NotFoundError("District", refs.districtId, field);
  }
}

export function pricingUsed(table: PriceTable, itemsUsed: string[]): EffectPricingUsed {
  return {
    priceListId: table.priceList.id,
    priceListName: table.priceList.name,
    versionNumber: table.priceList.versionNumber,
    reportYear: table.reportYear,
    indexName: table.indexName,
    itemsUsed,
  };
}

export function groupType(group: GroupEffect): EffectGroup {
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
