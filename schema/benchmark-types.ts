import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { EffectDistribution, EffectDistributions } from "./effect-comparison-types";
import { OptimismBiasInput } from "./effect-types";
import { DateScalar, DecimalScalar } from "./scalars";

/*
 * GraphQL types of the effect benchmark between municipalities (benchmark tussen gemeenten):
 * the effect comparison of every municipality, each with its own price list, per category, with
 * a platform line; other municipalities anonymised and small groups suppressed.
 */

export enum BenchmarkDimension {
  ARRANGEMENT_FORM = "ARRANGEMENT_FORM",
  QUADRANT = "QUADRANT",
}
registerEnumType(BenchmarkDimension, {
  name: "BenchmarkDimension",
  description: "The categories a benchmark compares municipalities in.",
  valuesConfig: {
    ARRANGEMENT_FORM: {
      description:
        "The form (werkvorm) of the case's first arrangement — the arrangement's type, comparable between municipalities whose arrangements have their own names; cases without an arrangement form their own category.",
    },
    QUADRANT: {
      description:
        "The quadrant class of a built-in model holding most of the case's intervention hours, as effectComparison(groupBy: QUADRANT).",
    },
  },
});

export enum BenchmarkSuppression {
  TOO_FEW_CASES = "TOO_FEW_CASES",
  COMPLEMENTARY = "COMPLEMENTARY",
  NOT_VALUED = "NOT_VALUED",
}
registerEnumType(BenchmarkSuppression, {
  name: "BenchmarkSuppression",
  description: "Why a municipality's figures in a category are withheld.",
  valuesConfig: {
    TOO_FEW_CASES: { description: "Fewer cases than the minimum group size." },
    COMPLEMENTARY: {
      description:
        "Withheld too, so that the municipality's total minus its shown categories does not give away a small category.",
    },
    NOT_VALUED: {
      description:
        "The municipality's cases could not be valued with its own price list under these settings.",
    },
  },
});

@InputType({
  description:
    "The benchmark's period in whole calendar quarters: cases open on or after `from` and opened on or before `to`.",
})
export class BenchmarkPeriodInput {
  @Field(() => DateScalar, { description: "First day of a quarter, e.g. 2025-01-01." })
  from: string;

  @Field(() => DateScalar, { description: "Last day of a quarter, e.g. 2025-12-31." })
  to: string;
}

@InputType({
  description:
    "Calculation settings for every municipality alike; each is priced with its own latest published price list, and the base date is the period's start.",
})
export class BenchmarkSettingsInput {
  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Yearly discount rate, 0–1. Default 0.0225.",
  })
  discountRate?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Discount year 1 too. Default false." })
  discountFirstYear?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Months on the timeline (1–1200). Default per municipality: up to the last month its cases' support or outcomes reach.",
  })
  horizonMonths?: number | null;

  @Field(() => OptimismBiasInput, { nullable: true })
  optimismBias?: OptimismBiasInput | null;

  @Field(() => Int, { nullable: true, description: "Decimals of ratios, 3–12. Default 3." })
  ratioDecimals?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Price year every price is brought to. Default: the year of the period's start.",
  })
  reportYear?: number | null;
}

@ObjectType({
  description:
    "One municipality's figures in one category, as effectComparison gives them for it; for another municipality's viewer null and `suppressed` when the group is too small.",
})
export class BenchmarkEntry {
  @Field({
    description:
      'The municipality\'s name when the caller may know it (its own, or for ADMIN); else an anonymous label, "gemeente A", … — the same municipality has the same label throughout one answer.',
  })
  municipality: string;

  @Field({ description: "The caller's own municipality." })
  own: boolean;

  @Field({ description: "Whether the figures are withheld from this caller." })
  suppressed: boolean;
  @Field(() => BenchmarkSuppression, { nullable: true }) suppression: BenchmarkSuppression | null;
  @Field(() => String, { nullable: true }) suppressionReason: string | null;
  @Field({
    description:
      "Whether the figures count in the platform line: false when they are withheld from other municipalities' viewers (also when this caller, its own or ADMIN, sees them).",
  })
  counted: boolean;

  @Field(() => Int, { nullable: true }) cases: number | null;
  @Field(() => DecimalScalar, { nullable: true, description: "Σ investment (PV, euros)." })
  investment: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: "Σ present value (euros)." })
  presentValue: string | null;
  @Field(() => DecimalScalar, { nullable: true }) npv: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: "Pooled: Σ PV ÷ Σ investment." })
  sroiRatio: string | null;
  @Field(() => DecimalScalar, { nullable: true }) netSroiRatio: string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Σ investment ÷ cases, to the cent.",
  })
  costPerCase: string | null;
  @Field(() => Int, {
    nullable: true,
    description: "First month from the period's start at whose end the cumulative balance is ≥ 0.",
  })
  paybackMonth: number | null;
  @Field(() => Int, { nullable: true }) discountedPaybackMonth: number | null;
  @Field(() => EffectDistributions, {
    nullable: true,
    description:
      "Over the municipality's cases in the category; for another municipality min and max (single cases' figures) are null.",
  })
  distribution: EffectDistributions | null;
}

@ObjectType({
  description:
    "All municipalities together in one category: the municipalities with figures shown to everyone (none suppressed), summed and spread.",
})
export class BenchmarkPlatformLine {
  @Field(() => Int, { description: "Municipalities counted." }) municipalities: number;
  @Field(() => Int) cases: number;
  @Field(() => DecimalScalar, { description: "Σ of the counted municipalities' investment." })
  investment: string;
  @Field(() => DecimalScalar) presentValue: string;
  @Field(() => DecimalScalar) npv: string;
  @Field(() => DecimalScalar, { nullable: true, description: "Pooled: Σ PV ÷ Σ investment." })
  sroiRatio: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: "Pooled: Σ investment ÷ Σ cases." })
  costPerCase: string | null;
  @Field(() => EffectDistribution, {
    description: "The municipalities' SROI ratios: n, quartiles and median (QUARTILE.INC).",
  })
  sroiRatioAcross: EffectDistribution;
  @Field(() => EffectDistribution, { description: "The municipalities' costs per case." })
  costPerCaseAcross: EffectDistribution;
}

@ObjectType({
  description:
    "Where the caller's municipality stands among the municipalities of the platform line (1 = best); null when its own group is too small to be counted.",
})
export class BenchmarkRank {
  @Field(() => Int, { nullable: true, description: "1 = the highest SROI ratio." })
  sroiRatio: number | null;
  @Field(() => Int, { nullable: true, description: "1 = the lowest cost per case." })
  costPerCase: number | null;
  @Field(() => Int, { description: "Municipalities ranked (the platform line's, with own)." })
  of: number;
}

@ObjectType({ description: "One category of the benchmark: every municipality, and the platform." })
export class BenchmarkCategory {
  @Field(() => String, {
    nullable: true,
    description:
      "The arrangement form or quadrant class; null for the cases without one, and for the total.",
  })
  key: string | null;
  @Field() label: string;
  @Field(() => [BenchmarkEntry], {
    description: "The caller's own municipality first, then the others in label order.",
  })
  municipalities: BenchmarkEntry[];
  @Field(() => BenchmarkPlatformLine) platform: BenchmarkPlatformLine;
  @Field(() => BenchmarkRank, { nullable: true, description: "Null for ADMIN (no own)." })
  ownRank: BenchmarkRank | null;
}

@ObjectType({
  description:
    "Effect benchmark between municipalities (benchmark tussen gemeenten): the same effect figures for every municipality, each priced with its own price list, per category and in total, with the platform line and the caller's rank.",
})
export class EffectBenchmark {
  @Field(() => BenchmarkDimension) dimension: BenchmarkDimension;
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar) to: string;
  @Field(() => ID, { nullable: true, description: "The quadrant model, for QUADRANT." })
  modelId: string | null;
  @Field(() => Int, {
    description: "Groups of fewer cases are withheld from other municipalities' viewers.",
  })
  minGroupSize: number;
  @Field(() => [BenchmarkCategory]) categories: BenchmarkCategory[];
  @Field(() => BenchmarkCategory, { description: "All of each municipality's cases together." })
  total: BenchmarkCategory;
}
