import { Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConfidenceGrade } from "./price-list-enums";
import { Scenario, ValueType } from "./registration-enums";
import { DateScalar, DecimalScalar } from "./scalars";

/*
 * GraphQL types of the ad hoc effect calculation (what-if): a case's scenarios, investments and
 * outcomes typed in directly, computed by calculators/effect, nothing stored. Amounts are euros
 * as exact decimal strings; fractions are decimals from 0 to 1; ratios have at least three
 * decimals. See /work/shared/CALCULATOR.md for the method.
 */

export enum TimelineGranularity {
  MONTH = "MONTH",
  QUARTER = "QUARTER",
  YEAR = "YEAR",
}
registerEnumType(TimelineGranularity, {
  name: "TimelineGranularity",
  description: "Period of timeline rows: calendar month, quarter or year.",
});

export enum SensitivityKind {
  DEADWEIGHT = "DEADWEIGHT",
  DISPLACEMENT = "DISPLACEMENT",
  ATTRIBUTION = "ATTRIBUTION",
  LEAKAGE = "LEAKAGE",
  DROP_OFF = "DROP_OFF",
  PROXY = "PROXY",
  DURATION = "DURATION",
  DISCOUNT_RATE = "DISCOUNT_RATE",
}
registerEnumType(SensitivityKind, {
  name: "SensitivityKind",
  description: "Which assumption a sensitivity row moves.",
});

// ---------------------------------------------------------------------------------------------
// Input

@InputType({
  description:
    "Optimism-bias uplift per confidence grade (0–1): costs are raised and benefits lowered by it. Grades left out keep their default: A 0, B 0.1, C 0.25. Only inputs with a grade get an uplift.",
})
export class OptimismBiasInput {
  @Field(() => DecimalScalar, { nullable: true }) A?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) B?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) C?: string | null;
}

@InputType({ description: "How far the sensitivity analysis moves each assumption." })
export class SensitivitySettingsInput {
  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Adjustment fractions ± this, within 0–1. Default 0.1.",
  })
  fractionStep?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Proxy × (1 ± this). Default 0.2." })
  proxyStep?: string | null;

  @Field(() => Int, { nullable: true, description: "Duration ± this many years. Default 1." })
  durationStep?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Low discount rate. Default 0." })
  discountRateLow?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "High discount rate = rate × this. Default 2.",
  })
  discountRateHighFactor?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Highest rate searched for the break-even rate. Default 1.",
  })
  maxDiscountRate?: string | null;
}

@InputType({ description: "Settings of an effect calculation; every one has a default." })
export class EffectSettingsInput {
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "Yearly discount rate, 0–1. Default 0.0225 (Dutch MKBA standard; 0.035 Green Book).",
  })
  discountRate?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Discount year 1 too (SROI Guide Σ Vₜ/(1+r)ᵗ). Default false: year 1 at face value.",
  })
  discountFirstYear?: boolean | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Analysis base date: month 1 is its month; discounting years run from it. Default: the earliest date in the input.",
  })
  baseDate?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Months on the timeline (1–1200). Default: up to the last month any investment, event or outcome reaches.",
  })
  horizonMonths?: number | null;

  @Field(() => OptimismBiasInput, { nullable: true })
  optimismBias?: OptimismBiasInput | null;

  @Field(() => Int, { nullable: true, description: "Decimals of ratios, 3–12. Default 3." })
  ratioDecimals?: number | null;

  @Field(() => SensitivitySettingsInput, { nullable: true })
  sensitivity?: SensitivitySettingsInput | null;
}

@InputType({ description: "An explicit investment: the cost of the intervention itself." })
export class EffectInvestmentInput {
  @Field(() => String, {
    nullable: true,
    description: "Your label, e.g. 'coördinator groepsaanbod'.",
  })
  label?: string;

  @Field(() => DecimalScalar, { description: "Euros per occurrence, ≥ 0." })
  amount: string;

  @Field(() => DateScalar)
  date: string;

  @Field(() => Int, {
    nullable: true,
    description: "Paid once a month for this many months from date. Default once.",
  })
  recurMonths?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Stakeholder code of who pays, e.g. GEM_WMO. Default UNSPECIFIED.",
  })
  payer?: string | null;

  @Field(() => ValueType, { nullable: true, description: "Default FISCAL." })
  valueType?: ValueType | null;

  @Field(() => ConfidenceGrade, {
    nullable: true,
    description: "Confidence grade of the amount; none means no optimism-bias uplift.",
  })
  grade?: ConfidenceGrade | null;
}

@InputType({
  description:
    "A valued outcome (maatschappelijke opbrengst): quantity × proxy a year, adjusted for deadweight, displacement, attribution (and leakage), falling by drop-off from year 2.",
})
export class EffectOutcomeInput {
  @Field(() => String, { nullable: true, description: "Your label; sensitivity rows carry it." })
  label?: string | null;

  @Field(() => DecimalScalar, { description: "Number of people or units, ≥ 0." })
  quantity: string;

  @Field(() => DecimalScalar, { description: "Financial proxy in euros per unit per year, ≥ 0." })
  proxy: string;

  @Field(() => DateScalar, { description: "First day of year 1." })
  startDate: string;

  @Field(() => Int, { description: "Whole years the outcome lasts, ≥ 1." })
  durationYears: number;

  @Field(() => DecimalScalar, { nullable: true, description: "Fraction 0–1. Default 0." })
  deadweight?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Fraction 0–1. Default 0." })
  displacement?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Fraction 0–1. Default 0." })
  attribution?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Fraction 0–1. Default 0." })
  dropOff?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Fraction 0–1. Default 0." })
  leakage?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Stakeholder code of who gains, e.g. INWONER, ZVW. Default UNSPECIFIED.",
  })
  beneficiary?: string | null;

  @Field(() => ValueType, { nullable: true, description: "Default SOCIAL." })
  valueType?: ValueType | null;

  @Field(() => ConfidenceGrade, { nullable: true, description: "Confidence grade of the proxy." })
  grade?: ConfidenceGrade | null;
}

@InputType({
  description:
    "A dated cost in one scenario: support used or a life event with a price. The effect of the events is REFERENCE − INTERVENTION, per stakeholder and month: what the reference costs more is a return (cost avoided), what the intervention costs more is an extra cost.",
})
export class EffectEventInput {
  @Field(() => Scenario)
  scenario: Scenario;

  @Field(() => String, { nullable: true })
  label?: string | null;

  @Field(() => DecimalScalar, { description: "Euros per unit, ≥ 0." })
  amount: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Units per occurrence (hours, days …), ≥ 0. Default 1.",
  })
  quantity?: string | null;

  @Field(() => DateScalar, { description: "Date of the (first) occurrence." })
  date: string;

  @Field(() => Int, {
    nullable: true,
    description: "Occurs once a month for this many months from date. Default once.",
  })
  recurMonths?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Stakeholder code of who bears it. Default UNSPECIFIED.",
  })
  payer?: string | null;

  @Field(() => ValueType, { nullable: true, description: "Default FISCAL." })
  valueType?: ValueType | null;

  @Field(() => ConfidenceGrade, { nullable: true })
  grade?: ConfidenceGrade | null;
}

@InputType({
  description:
    "An ad hoc what-if for the effect calculator (Effectencalculator): settings, investments, outcomes and the events of both scenarios. Nothing is stored.",
})
export class EffectScenarioInput {
  @Field(() => EffectSettingsInput, { nullable: true })
  settings?: EffectSettingsInput | null;

  @Field(() => [EffectInvestmentInput], { nullable: true, description: "At most 1,000." })
  investments?: EffectInvestmentInput[] | null;

  @Field(() => [EffectOutcomeInput], { nullable: true, description: "At most 200." })
  outcomes?: EffectOutcomeInput[] | null;

  @Field(() => [EffectEventInput], { nullable: true, description: "At most 5,000." })
  events?: EffectEventInput[] | null;
}

// ---------------------------------------------------------------------------------------------
// Output

@ObjectType({
  description:
    "One period of the timeline in euros. Nominal columns are undiscounted; discounted… columns are present values at the base date. net = returns − costs; cumulative is the running sum of net.",
})
export class EffectPeriod {
  @Field(() => String, { description: '"2024-03" (month), "2024-Q1" (quarter) or "2024" (year).' })
  period: string;

  @Field(() => Int, {
    nullable: true,
    description: "Month number from the base date (1 = its month); monthly rows only.",
  })
  month: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Discounting year ⌊(month − 1) ÷ 12⌋ + 1; monthly rows only.",
  })
  baseYear: number | null;

  @Field(() => DecimalScalar) costs: string;
  @Field(() => DecimalScalar) returns: string;
  @Field(() => DecimalScalar) net: string;
  @Field(() => DecimalScalar) cumulative: string;
  @Field(() => DecimalScalar) discountedCosts: string;
  @Field(() => DecimalScalar) discountedReturns: string;
  @Field(() => DecimalScalar) discountedNet: string;
  @Field(() => DecimalScalar) discountedCumulative: string;
}

@ObjectType({ description: "What one stakeholder pays and gains, in present value (euros)." })
export class EffectStakeholderRow {
  @Field(() => String, { description: "Stakeholder code." })
  stakeholder: string;

  @Field(() => DecimalScalar, { description: "Investments plus extra costs it bears." })
  pays: string;

  @Field(() => DecimalScalar, { description: "Costs it avoids plus outcomes it receives." })
  gains: string;

  @Field(() => DecimalScalar, { description: "gains − pays." })
  net: string;
}

@ObjectType({ description: "Pays and gains per value type, in present value (euros)." })
export class EffectValueTypeRow {
  @Field(() => ValueType) valueType: ValueType;
  @Field(() => DecimalScalar) pays: string;
  @Field(() => DecimalScalar) gains: string;
  @Field(() => DecimalScalar) net: string;
}

@ObjectType({
  description:
    "Payer × beneficiary (the wrong-pocket problem): the gains of the beneficiary attributed to the payers pro rata of what they pay.",
})
export class EffectMatrixCell {
  @Field(() => String, { nullable: true, description: "null when nobody pays anything." })
  payer: string | null;

  @Field()
  beneficiary: string;

  @Field(() => DecimalScalar)
  value: string;
}

@ObjectType({ description: "The optimism-bias uplift applied to one confidence grade." })
export class EffectUplift {
  @Field(() => ConfidenceGrade) grade: ConfidenceGrade;
  @Field(() => DecimalScalar) uplift: string;
  @Field(() => Int, { description: "Inputs with this grade." }) items: number;
}

@ObjectType({
  description:
    "The SROI ratio when one assumption moves, all else equal, and its break-even: the value at which the ratio reaches 1.0.",
})
export class EffectSensitivityRow {
  @Field(() => String, {
    description: 'Path of the assumption: "outcomes[0].deadweight", "settings.discountRate".',
  })
  parameter: string;

  @Field(() => SensitivityKind)
  kind: SensitivityKind;

  @Field(() => String, { nullable: true, description: "The outcome's label, if it has one." })
  label: string | null;

  @Field(() => DecimalScalar) baseValue: string;
  @Field(() => DecimalScalar) lowValue: string;
  @Field(() => DecimalScalar) highValue: string;

  @Field(() => DecimalScalar, { nullable: true, description: "SROI ratio at lowValue." })
  low: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "SROI ratio at highValue." })
  high: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "Value at which the SROI ratio is 1.0 (fractions and rates to 6 decimals, a proxy to the cent, a duration in whole years); null when none in the valid range reaches it.",
  })
  breakEven: string | null;
}

@ObjectType({ description: "Undiscounted totals over the horizon (euros)." })
export class EffectNominal {
  @Field(() => DecimalScalar) costs: string;
  @Field(() => DecimalScalar) returns: string;
  @Field(() => DecimalScalar) net: string;
}

@ObjectType({ description: "Present value of the four kinds of flow (euros)." })
export class EffectBreakdown {
  @Field(() => DecimalScalar, { description: "Explicit investments." }) investments: string;
  @Field(() => DecimalScalar, { description: "Extra costs of the intervention." })
  extraCosts: string;
  @Field(() => DecimalScalar, { description: "Costs avoided (reference − intervention)." })
  avoidedCosts: string;
  @Field(() => DecimalScalar, { description: "Valued outcomes." }) outcomes: string;
}

@ObjectType({ description: "The settings the calculation used, defaults filled in." })
export class EffectSettingsUsed {
  @Field(() => DateScalar) baseDate: string;
  @Field(() => Int) horizonMonths: number;
  @Field(() => DecimalScalar) discountRate: string;
  @Field() discountFirstYear: boolean;
  @Field(() => Int) ratioDecimals: number;
}

@ObjectType({
  description:
    "Result of an effect calculation. Euro figures are rounded once to cents, half away from zero, and every breakdown adds up to the figure it breaks down.",
})
export class EffectResult {
  @Field(() => DecimalScalar, {
    description: "PV of the explicit investments plus PV of the extra costs (euros).",
  })
  investment: string;

  @Field(() => DecimalScalar, {
    description: "PV of the returns: valued outcomes plus avoided costs (euros).",
  })
  presentValue: string;

  @Field(() => DecimalScalar, { description: "presentValue − investment (euros)." })
  npv: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "SROI ratio presentValue ÷ investment; null when the investment is 0.",
  })
  sroiRatio: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Net SROI ratio npv ÷ investment; null when the investment is 0.",
  })
  netSroiRatio: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "First month at whose end the cumulative balance is ≥ 0; null if none within the horizon.",
  })
  paybackMonth: number | null;

  @Field(() => Int, { nullable: true, description: "The same on the discounted balance." })
  discountedPaybackMonth: number | null;

  @Field(() => EffectNominal)
  nominal: EffectNominal;

  @Field(() => EffectBreakdown)
  breakdown: EffectBreakdown;

  @Field(() => [EffectStakeholderRow], { description: "Who pays, who gains." })
  byStakeholder: EffectStakeholderRow[];

  @Field(() => [EffectValueTypeRow])
  byValueType: EffectValueTypeRow[];

  @Field(() => [EffectMatrixCell])
  matrix: EffectMatrixCell[];

  @Field(() => [EffectUplift], { description: "The optimism-bias uplift used per grade." })
  upliftUsed: EffectUplift[];

  @Field(() => EffectSettingsUsed)
  settingsUsed: EffectSettingsUsed;

  // `timeline(granularity)` and `sensitivity` are field resolvers (computed only when selected).

  /** Monthly rows, present when `timeline` was selected. */
  monthly: EffectPeriod[] | null;

  /** Sensitivity rows, present when `sensitivity` was selected. */
  sensitivityRows: EffectSensitivityRow[] | null;
}
