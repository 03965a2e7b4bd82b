import { SuppressedGroup } from "./disclosure-types";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { EffectGroup, EffectGroupBy, EffectPricingUsed } from "./effect-comparison-types";
import { EffectSettingsUsed } from "./effect-types";
import { DecimalScalar } from "./scalars";

/*
 * GraphQL types of the effect trend: the effect comparison per cohort of cases (the cases that
 * opened in the same quarter or year), so a team lead sees whether an arrangement's figures
 * improve over the years. Each cohort carries the figures an EffectGroup has.
 */

export enum CohortGranularity {
  QUARTER = "QUARTER",
  YEAR = "YEAR",
}
registerEnumType(CohortGranularity, {
  name: "CohortGranularity",
  description: "The period that makes a cohort (cohort) of cases: the quarter or year they opened.",
  valuesConfig: {
    QUARTER: { description: 'Cases that opened in the same quarter, "2025-Q1".' },
    YEAR: { description: 'Cases that opened in the same year, "2025".' },
  },
});

@ObjectType({
  description:
    "The effect of the cases of one group that opened in one period (cohort): the figures of an effect group over these cases only.",
})
export class EffectTrendCohort extends EffectGroup {
  @Field({ description: 'The period the cases opened in (opened_on): "2025" or "2025-Q1".' })
  period: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "Costs per case (kosten per casus): Σ investment (PV) ÷ cases, to the cent; null without cases.",
  })
  costPerCase: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "The payback month counted from the cohort's first month (month 1) instead of from the base date, so that cohorts compare; null when the cohort does not pay back within the horizon (later cohorts have fewer months left in it).",
  })
  cohortPaybackMonth: number | null;
}

@ObjectType({
  description:
    "One group of the trend (arrangement, team, quadrant or district) over all its cases, and per cohort; its cohorts add up to it, to the cent.",
})
export class EffectTrendGroup extends EffectGroup {
  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Σ investment (PV) ÷ cases, to the cent; null without cases.",
  })
  costPerCase: string | null;

  @Field(() => [EffectTrendCohort], { description: "Per cohort, oldest first." })
  cohorts: EffectTrendCohort[];
}

@ObjectType({
  description:
    "The effect comparison per cohort of cases (trend): per group its cohorts, and the total per cohort. Every case is in one group and one cohort, so the cohorts of a group add up to the group, the groups to the total and the groups' cohorts of a period to the total's cohort of that period, to the cent; the groups are those of effectComparison with the same filter and settings.",
})
export class EffectTrend {
  @Field(() => EffectGroupBy) groupBy: EffectGroupBy;
  @Field(() => CohortGranularity) cohort: CohortGranularity;
  @Field(() => Int) cases: number;
  @Field(() => [EffectTrendGroup]) groups: EffectTrendGroup[];
  @Field(() => EffectTrendGroup, { description: "All cases, and per cohort all cases of it." })
  total: EffectTrendGroup;
  @Field(() => [SuppressedGroup], {
    description:
      "Groups and cohort cells not shown to this caller (disclosure control); the totals still hold them.",
  })
  suppressedGroups: SuppressedGroup[];
  @Field(() => EffectSettingsUsed) settingsUsed: EffectSettingsUsed;
  @Field(() => EffectPricingUsed) pricing: EffectPricingUsed;
  @Field(() => Int, { description: "As in effectComparison: counted, not valued." })
  unpricedActivities: number;
  @Field(() => Int, { description: "As in effectComparison: on the timeline, not valued." })
  unpricedOutcomes: number;
}
