import { SuppressedGroup, SuppressionReason } from "./disclosure-types";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import {
  EffectMatrixCell,
  EffectNominal,
  EffectSettingsInput,
  EffectSettingsUsed,
  EffectStakeholderRow,
  EffectValueTypeRow,
  type EffectPeriod,
} from "./effect-types";
import { CareLayer } from "./quadrant-enums";
import { Scenario } from "./registration-enums";
import { DecimalScalar } from "./scalars";

/*
 * GraphQL types of effects on stored cases: one case's effect, comparisons of groups of cases
 * (per arrangement, team, quadrant or district) and the substitution view.
 */

export enum EffectGroupBy {
  ARRANGEMENT = "ARRANGEMENT",
  TEAM = "TEAM",
  QUADRANT = "QUADRANT",
  DISTRICT = "DISTRICT",
}
registerEnumType(EffectGroupBy, {
  name: "EffectGroupBy",
  description: "How a comparison groups cases; each case falls in exactly one group.",
  valuesConfig: {
    ARRANGEMENT: { description: "The first arrangement applied to the case." },
    TEAM: { description: "The case's team." },
    QUADRANT: {
      description:
        "The quadrant class of the model with most of the case's intervention hours (ties: the first class in model order).",
    },
    DISTRICT: { description: "The case's district." },
  },
});

@InputType({
  description:
    "Settings of an effect calculation on stored cases: the calculation settings, and the price list and price year that value the registered support and outcomes.",
})
export class StoredEffectSettingsInput extends EffectSettingsInput {
  @Field(() => Int, {
    nullable: true,
    description:
      "Price year every price is brought to with the price index. Default: the year of the base date.",
  })
  reportYear?: number | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Price list version. Default: the latest PUBLISHED version valid at the base date.",
  })
  priceListId?: string | null;

  @Field(() => String, { nullable: true, description: "Price index series. Default CPI." })
  indexName?: string | null;
}

@ObjectType({ description: "n, minimum, quartiles, median and maximum over the cases of a group." })
export class EffectDistribution {
  @Field(() => Int) n: number;
  @Field(() => DecimalScalar, { nullable: true }) min: string | null;
  @Field(() => DecimalScalar, { nullable: true }) q1: string | null;
  @Field(() => DecimalScalar, { nullable: true }) median: string | null;
  @Field(() => DecimalScalar, { nullable: true }) q3: string | null;
  @Field(() => DecimalScalar, { nullable: true }) max: string | null;
}

@ObjectType({
  description:
    "Distributions over the cases of a group (quartiles as Excel's QUARTILE.INC): one case is a story, not evidence.",
})
export class EffectDistributions {
  @Field(() => EffectDistribution) investment: EffectDistribution;
  @Field(() => EffectDistribution) presentValue: EffectDistribution;
  @Field(() => EffectDistribution) npv: EffectDistribution;
  @Field(() => EffectDistribution, { description: "Cases with a ratio (an investment) only." })
  sroiRatio: EffectDistribution;
  @Field(() => EffectDistribution, { description: "Cases that pay back only." })
  paybackMonth: EffectDistribution;
}

@ObjectType({
  description:
    "The effect of a group of cases: sums of the cases' figures (to the cent), pooled ratios, distribution over the cases, who pays and who gains, and the summed timeline.",
})
export class EffectGroup {
  @Field(() => String, {
    nullable: true,
    description:
      "Id of the arrangement, team or district, or the quadrant class; null for the cases without one, and for the total.",
  })
  key: string | null;

  @Field({ description: "Name of the group, e.g. the arrangement's name or (zonder arrangement)." })
  label: string;

  @Field(() => Int) cases: number;
  @Field(() => DecimalScalar, { description: "Σ investment of the cases (PV, euros)." })
  investment: string;
  @Field(() => DecimalScalar, { description: "Σ present value of the cases (euros)." })
  presentValue: string;
  @Field(() => DecimalScalar) npv: string;
  @Field(() => EffectNominal) nominal: EffectNominal;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Pooled: Σ presentValue ÷ Σ investment.",
  })
  sroiRatio: string | null;
  @Field(() => DecimalScalar, { nullable: true }) netSroiRatio: string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "Pooled SROI ratio with every adjustment fraction 0.1 higher, proxies 20 % lower and the discount rate doubled (when requested with sensitivityRange).",
  })
  ratioLow: string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "Pooled SROI ratio with every adjustment fraction 0.1 lower, proxies 20 % higher and no discounting (when requested).",
  })
  ratioHigh: string | null;
  @Field(() => Int, {
    nullable: true,
    description:
      "First month (from the base date) at whose end the group's cumulative balance is ≥ 0.",
  })
  paybackMonth: number | null;
  @Field(() => Int, { nullable: true }) discountedPaybackMonth: number | null;
  @Field(() => [EffectStakeholderRow]) byStakeholder: EffectStakeholderRow[];
  @Field(() => [EffectValueTypeRow]) byValueType: EffectValueTypeRow[];
  @Field(() => [EffectMatrixCell], { description: "Payer × beneficiary, summed over the cases." })
  matrix: EffectMatrixCell[];
  @Field(() => EffectDistributions) distribution: EffectDistributions;

  // `timeline(granularity)` is a field resolver over these monthly rows.
  monthly: EffectPeriod[];
}

@ObjectType({ description: "The price list version and price year a comparison was valued with." })
export class EffectPricingUsed {
  @Field(() => ID) priceListId: string;
  @Field() priceListName: string;
  @Field(() => Int) versionNumber: number;
  @Field(() => Int) reportYear: number;
  @Field() indexName: string;
  @Field(() => [String], { description: "Codes of the price items the cases used." })
  itemsUsed: string[];
}

@ObjectType({
  description:
    "Effects of the filtered cases per group; the total is the sum of the groups, to the cent.",
})
export class EffectComparison {
  @Field(() => EffectGroupBy) groupBy: EffectGroupBy;
  @Field(() => Int) cases: number;
  @Field(() => [EffectGroup]) groups: EffectGroup[];
  @Field(() => EffectGroup) total: EffectGroup;
  @Field(() => [SuppressedGroup], {
    description:
      "Groups not shown to this caller (fewer than KWADRANT_MIN_GROUP_SIZE cases, or their complements); the total still holds them. Empty for the municipality's analysts.",
  })
  suppressedGroups: SuppressedGroup[];
  @Field(() => EffectSettingsUsed) settingsUsed: EffectSettingsUsed;
  @Field(() => EffectPricingUsed) pricing: EffectPricingUsed;
  @Field(() => Int, {
    description:
      "Support activities without a price item, or with a code the price list used lacks: counted, not valued.",
  })
  unpricedActivities: number;
  @Field(() => Int, {
    description:
      "Life events without a price item, or with a code the price list used lacks: on the timeline, not valued.",
  })
  unpricedOutcomes: number;
}

@ObjectType({
  description:
    "Support in one care layer, scenario and period: hours, provision units and their costs priced with the price list.",
})
export class SubstitutionRow {
  @Field({ description: '"2025-03", "2025-Q1" or "2025".' }) period: string;
  @Field(() => CareLayer, {
    description:
      "A provision's care layer; the team's own hours without a provision are first line.",
  })
  careLayer: CareLayer;
  @Field(() => Scenario) scenario: Scenario;
  @Field(() => DecimalScalar) hours: string;
  @Field(() => DecimalScalar) units: string;
  @Field(() => DecimalScalar, { description: "Euros in the report price year." }) costs: string;
}

@ObjectType({
  description:
    "A cell (or a care layer's total) of the substitution view left out for this caller: its figures rest on fewer than KWADRANT_MIN_GROUP_SIZE cases the caller may not read, or would give such a cell away.",
})
export class SubstitutionSuppressedCell {
  @Field({ description: "The cell's period, or the totals' period for a care layer's total." })
  period: string;
  @Field(() => CareLayer) careLayer: CareLayer;
  @Field(() => Scenario) scenario: Scenario;
  @Field(() => SuppressionReason) reason: SuppressionReason;
}

@ObjectType({
  description:
    "Substitution: does second-line use fall as first-line and civil-society (zero-line) work grows? Support per care layer and period, what happened (INTERVENTION) and what would have happened (REFERENCE).",
})
export class SubstitutionView {
  @Field(() => [SubstitutionRow]) rows: SubstitutionRow[];
  @Field(() => [SubstitutionRow], { description: "Per care layer and scenario over all periods." })
  totals: SubstitutionRow[];
  @Field(() => EffectPricingUsed) pricing: EffectPricingUsed;
  @Field(() => Int, {
    description:
      "Activity-months without a price item (a recurring activity counts once per month): hours counted, no costs.",
  })
  unpricedActivities: number;
  @Field(() => [SubstitutionSuppressedCell], {
    description:
      "Cells and totals not shown to this caller (disclosure control): a team lead outside its own teams. Empty for the municipality's analysts, finance officers and ADMIN.",
  })
  suppressedCells: SubstitutionSuppressedCell[];
}
