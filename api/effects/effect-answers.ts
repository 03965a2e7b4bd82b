import type { EffectGroup, EffectPricingUsed } from "../../schema/effect-comparison-types";
import { ValueType } from "../../schema/registration-enums";
import { BadInputError, type TenantScope, requireId } from "../platform";
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
