import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { EffectPricingUsed } from "./effect-comparison-types";
import { EffectSettingsUsed } from "./effect-types";
import { DecimalScalar } from "./scalars";

/*
 * GraphQL types of the what-if reallocation (herschikking) of cases between arrangements,
 * projected with the arrangements' observed per-case figures (calculators/reallocation).
 */

export enum ReallocationBasis {
  CASES = "CASES",
  HOURS = "HOURS",
}
registerEnumType(ReallocationBasis, {
  name: "ReallocationBasis",
  description: "What a move's share is a share of.",
  valuesConfig: {
    CASES: {
      description:
        "Of the cases: the same residents helped the other way; as many cases join as leave.",
    },
    HOURS: {
      description:
        "Of the intervention hours: the hours freed are spent the other way, buying as many cases as the other arrangement's observed hours per case allow.",
    },
  },
});

const RANGE =
  "low and high: the 2.5 % and 97.5 % quantiles of the figure over a seeded bootstrap of the moved cases (see range), widened to contain value if needed; low ≤ value ≤ high.";

@ObjectType({ description: `A money figure (euros) and its range. ${RANGE}` })
export class ReallocationAmount {
  @Field(() => DecimalScalar) value: string;
  @Field(() => DecimalScalar) low: string;
  @Field(() => DecimalScalar) high: string;
}

@ObjectType({ description: `An SROI ratio and its range; null where the cost is zero. ${RANGE}` })
export class ReallocationRatio {
  @Field(() => DecimalScalar, { nullable: true }) value: string | null;
  @Field(() => DecimalScalar, { nullable: true }) low: string | null;
  @Field(() => DecimalScalar, { nullable: true }) high: string | null;
}

@ObjectType({
  description:
    "Totals of the filtered cases: cost (investment, PV), social return (present value), net and SROI ratio. For the observed baseline low = high = value.",
})
export class ReallocationTotals {
  @Field(() => Int, { description: "Cases (for the difference: cases added minus removed)." })
  cases: number;
  @Field(() => ReallocationAmount, { description: "Σ investment (PV, euros)." })
  cost: ReallocationAmount;
  @Field(() => ReallocationAmount, { description: "Σ present value of the returns (euros)." })
  socialReturn: ReallocationAmount;
  @Field(() => ReallocationAmount, { description: "socialReturn − cost." }) net: ReallocationAmount;
  @Field(() => ReallocationRatio, { description: "socialReturn ÷ cost." })
  sroiRatio: ReallocationRatio;
}

@ObjectType({
  description:
    "One move as projected: whole cases, and its part of the difference (the moves add up to the difference, to the cent).",
})
export class ReallocationMoveResult {
  @Field(() => ID) fromArrangementId: string;
  @Field() fromLabel: string;
  @Field(() => ID) toArrangementId: string;
  @Field() toLabel: string;
  @Field(() => DecimalScalar) share: string;
  @Field(() => ReallocationBasis) basis: ReallocationBasis;
  @Field(() => Int, {
    description:
      "Whole cases taken out: observed cases × share, rounded half up, cumulatively over the moves out of the same arrangement (so they never take more than it has).",
  })
  casesMoved: number;
  @Field(() => Int, {
    description:
      "Whole cases added to the other arrangement: casesMoved on the CASES basis; on HOURS, hoursMoved ÷ its observed hours per case, rounded half up.",
  })
  casesReceived: number;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: "share × the from-arrangement's observed hours (HOURS basis only).",
  })
  hoursMoved: string | null;
  @Field(() => DecimalScalar, {
    description:
      "casesReceived × the other's mean cost per case − casesMoved × this one's (exact means; rounded once).",
  })
  costDifference: string;
  @Field(() => DecimalScalar) socialReturnDifference: string;
  @Field(() => DecimalScalar) netDifference: string;
}

@ObjectType({
  description:
    "An arrangement a move names: on how many observed cases its figures rest, and the per-case means the projection used.",
})
export class ReallocationArrangement {
  @Field(() => ID) arrangementId: string;
  @Field() label: string;
  @Field(() => Int, {
    description:
      "Observed cases in the filter (those whose first arrangement it is, as in effectComparison groupBy ARRANGEMENT).",
  })
  observedCases: number;
  @Field(() => Int) projectedCases: number;
  @Field(() => DecimalScalar, { description: "Intervention hours on its observed cases." })
  observedHours: string;
  @Field(() => DecimalScalar, {
    description:
      "Mean cost (PV) per observed case, shown rounded to cents; the projection uses the exact mean.",
  })
  costPerCase: string;
  @Field(() => DecimalScalar) socialReturnPerCase: string;
  @Field(() => DecimalScalar) netPerCase: string;
  @Field(() => DecimalScalar, { nullable: true }) hoursPerCase: string | null;
}

@ObjectType({
  description:
    "How the ranges are made: a bootstrap with a fixed seed, so the same question gets the same answer. Per replicate the cases leaving an arrangement are drawn from its observed cases without replacement, and the cases joining one take the figures of cases drawn from a resample (with replacement) of its observed cases: the range covers both which cases move and how far an arrangement's few observed cases say what its cases cost and return.",
})
export class ReallocationRange {
  @Field() method: string;
  @Field(() => Int) replicates: number;
  @Field(() => Int) seed: number;
  @Field(() => DecimalScalar) lowQuantile: string;
  @Field(() => DecimalScalar) highQuantile: string;
}

@ObjectType({
  description:
    "A what-if reallocation of cases between arrangements: the observed baseline, the projection after the moves, the difference, each with a range; the moves and the arrangements they rest on.",
})
export class ReallocationScenario {
  @Field(() => ReallocationTotals, {
    description: "The observed totals of the filtered cases: effectComparison's total.",
  })
  baseline: ReallocationTotals;
  @Field(() => ReallocationTotals) projected: ReallocationTotals;
  @Field(() => ReallocationTotals, { description: "projected − baseline." })
  difference: ReallocationTotals;
  @Field(() => [ReallocationMoveResult]) moves: ReallocationMoveResult[];
  @Field(() => [ReallocationArrangement]) arrangements: ReallocationArrangement[];
  @Field(() => ReallocationRange) range: ReallocationRange;
  @Field(() => EffectSettingsUsed) settingsUsed: EffectSettingsUsed;
  @Field(() => EffectPricingUsed) pricing: EffectPricingUsed;
}
