/**
 * Plain-data types of the effect calculator (Effectencalculator): what goes in, what comes out.
 *
 * Conventions
 * - Amounts are euros, given as a decimal string ("1234.56", "85.5") or a finite number read by
 *   its shortest decimal text (0.1 is exactly 0.1). Any number of decimals is kept exactly.
 * - Fractions (deadweight, rates, uplifts) are decimals from 0 to 1 in the same notation.
 * - Dates are ISO `YYYY-MM-DD` strings; only their year and month count (a timeline is made of
 *   calendar months), so there is no time zone to get wrong.
 * - Money that comes out is text with exactly two decimals ("1234.56", "-0.50"), rounded half
 *   away from zero; ratios are text with `ratioDecimals` decimals (default 3).
 */

/** A decimal string or a finite number (see the conventions above). */
export type DecimalInput = string | number;

/** Which stream an event belongs to: what happened with the team's approach, or without it. */
export type Scenario = "INTERVENTION" | "REFERENCE";
export const SCENARIOS: readonly Scenario[] = ["INTERVENTION", "REFERENCE"];

/**
 * `FISCAL`: a public budget; `ECONOMIC`: income or production; `SOCIAL`: wellbeing valued with a
 * monetary proxy.
 */
export type ValueType = "FISCAL" | "ECONOMIC" | "SOCIAL";
export const VALUE_TYPES: readonly ValueType[] = ["FISCAL", "ECONOMIC", "SOCIAL"];

/** `A` audited or recent local data, `B` national or older figures, `C` estimate. */
export type ConfidenceGrade = "A" | "B" | "C";
export const CONFIDENCE_GRADES: readonly ConfidenceGrade[] = ["A", "B", "C"];

/**
 * A dated cost in one scenario: support used (price item × quantity) or a life event with a
 * price. Costs `amount × quantity` euros per occurrence, borne by `payer`.
 */
export interface EffectEvent {
  /** Caller's reference (price item, activity id); echoed nowhere, for the caller's use. */
  readonly id?: string;
  readonly scenario: Scenario;
  /** Date of the (first) occurrence, `YYYY-MM-DD`. */
  readonly date: string;
  /** Euros per unit (the price list's unit price, brought to the report price year), ≥ 0. */
  readonly amount: DecimalInput;
  /** Units per occurrence (hours, days, placements …), ≥ 0; default 1. */
  readonly quantity?: DecimalInput;
  /** Occurs once a month for this many months from `date` (integer ≥ 1); default once. */
  readonly recurMonths?: number;
  /** Stakeholder code of who bears the cost (e.g. "WMO", "ZVW", "HOUSING_CORPORATION"). */
  readonly payer: string;
  /** Default `FISCAL`. */
  readonly valueType?: ValueType;
  /** Confidence grade of the price; none means no optimism-bias uplift. */
  readonly confidence?: ConfidenceGrade | null;
}

/** An explicit investment: the cost of the intervention itself, paid by `payer`. */
export interface EffectInvestment {
  readonly id?: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** Euros per occurrence, ≥ 0. */
  readonly amount: DecimalInput;
  /** Paid once a month for this many months from `date` (integer ≥ 1); default once. */
  readonly recurMonths?: number;
  readonly payer: string;
  /** Default `FISCAL`. */
  readonly valueType?: ValueType;
  readonly confidence?: ConfidenceGrade | null;
}

/** A valued outcome (maatschappelijke opbrengst) with its SROI adjustments. */
export interface EffectOutcome {
  readonly id?: string;
  /** Stakeholder code of who gains. */
  readonly beneficiary: string;
  readonly valueType: ValueType;
  /** Number of people or units, ≥ 0. */
  readonly quantity: DecimalInput;
  /** Financial proxy in euros per unit per year, ≥ 0 (model a disbenefit as an event cost). */
  readonly proxy: DecimalInput;
  /** First day of year 1, `YYYY-MM-DD`. */
  readonly start: string;
  /** Whole years the outcome lasts, ≥ 1. */
  readonly durationYears: number;
  /** Fractions from 0 to 1. */
  readonly deadweight: DecimalInput;
  readonly displacement: DecimalInput;
  readonly attribution: DecimalInput;
  readonly dropOff: DecimalInput;
  /** Optional fraction from 0 to 1; absent means 0. */
  readonly leakage?: DecimalInput | null;
  /** Confidence grade of the proxy; none means no uplift. */
  readonly confidence?: ConfidenceGrade | null;
}

/** How the sensitivity analysis moves each assumption to its low and high value. */
export interface SensitivitySettings {
  /** Deadweight, displacement, attribution, drop-off and leakage ± this, clamped to [0, 1]. Default 0.1. */
  readonly fractionStep?: DecimalInput;
  /** Proxy × (1 ± this). Default 0.2 (±20 %). */
  readonly proxyStep?: DecimalInput;
  /** Duration ± this many whole years, never below 1. Default 1. */
  readonly durationStep?: number;
  /** Low discount rate. Default 0. */
  readonly discountRateLow?: DecimalInput;
  /** High discount rate = rate × this. Default 2. */
  readonly discountRateHighFactor?: DecimalInput;
  /** Highest discount rate searched for the break-even rate. Default 1 (100 %). */
  readonly maxDiscountRate?: DecimalInput;
}

export interface EffectSettings {
  /** Analysis base date `YYYY-MM-DD`: month 1 is its calendar month. */
  readonly baseDate: string;
  /** Number of months on the timeline (integer from 1 to 1200). */
  readonly horizonMonths: number;
  /** Yearly discount rate, 0 to 1. Default 0.0225 (Dutch MKBA standard). */
  readonly discountRate?: DecimalInput;
  /** Discount year 1 too (SROI Guide Σ Vₜ/(1+r)ᵗ). Default false: year 1 at face value. */
  readonly discountFirstYear?: boolean;
  /**
   * Optimism-bias uplift per confidence grade, each 0 to 1. Grades left out keep their
   * default: A 0, B 0.10, C 0.25.
   */
  readonly optimismBias?: Partial<Record<ConfidenceGrade, DecimalInput>>;
  /** Decimals of ratios in the output (3 to 12). Default 3. */
  readonly ratioDecimals?: number;
  readonly sensitivity?: SensitivitySettings;
}

/** One case (or one collective issue): its two scenarios, investments and outcomes. */
export interface EffectInput {
  readonly settings: EffectSettings;
  readonly events?: readonly EffectEvent[];
  readonly investments?: readonly EffectInvestment[];
  readonly outcomes?: readonly EffectOutcome[];
}

export interface CalculateOptions {
  /** Build the monthly timeline rows. Default true; bulk aggregation can skip them. */
  readonly timeline?: boolean;
  /** Also run the sensitivity analysis (costs many re-calculations). Default false. */
  readonly sensitivity?: boolean;
}

/** Euros with two decimals, e.g. "1234.56". */
export type Euros = string;
/** A ratio with `ratioDecimals` decimals, e.g. "1.436". */
export type RatioText = string;

/**
 * A period of the timeline. Nominal columns are undiscounted; `discounted…` columns are present
 * values at the base date. `net = returns − costs`; `cumulative` is the running sum of `net`.
 */
export interface PeriodRow {
  /** "2024-03" (month), "2024-Q1" (calendar quarter) or "2024" (calendar year). */
  readonly period: string;
  readonly costs: Euros;
  readonly returns: Euros;
  readonly net: Euros;
  readonly cumulative: Euros;
  readonly discountedCosts: Euros;
  readonly discountedReturns: Euros;
  readonly discountedNet: Euros;
  readonly discountedCumulative: Euros;
}

/** A month of one case's timeline. */
export interface TimelineRow extends PeriodRow {
  /** Month number from the base date: 1 is the base date's month. */
  readonly month: number;
  /** Discounting year: ⌊(month − 1) / 12⌋ + 1. */
  readonly baseYear: number;
}

/** What one stakeholder pays and gains, in present value. */
export interface StakeholderRow {
  readonly stakeholder: string;
  /** Explicit investments plus extra costs it bears. */
  readonly pays: Euros;
  /** Costs it avoids plus valued outcomes it receives. */
  readonly gains: Euros;
  /** gains − pays. */
  readonly net: Euros;
}

export interface ValueTypeRow {
  readonly valueType: ValueType;
  readonly pays: Euros;
  readonly gains: Euros;
  readonly net: Euros;
}

/** The gains of `beneficiary` attributed to the money of `payer` (see `stakeholders.ts`). */
export interface MatrixCell {
  /** null when the case has no costs at all: nobody paid for these gains. */
  readonly payer: string | null;
  readonly beneficiary: string;
  readonly value: Euros;
}

/** Present value of the four kinds of flow; investment and presentValue are their sums. */
export interface Breakdown {
  readonly investments: Euros;
  readonly extraCosts: Euros;
  readonly avoidedCosts: Euros;
  readonly outcomes: Euros;
}

export interface UpliftRow {
  readonly grade: ConfidenceGrade;
  /** The uplift applied to items of this grade, e.g. "0.1". */
  readonly uplift: string;
  /** Number of input items (events, investments, outcomes) with this grade. */
  readonly items: number;
}

export type SensitivityKind =
  | "DEADWEIGHT"
  | "DISPLACEMENT"
  | "ATTRIBUTION"
  | "LEAKAGE"
  | "DROP_OFF"
  | "PROXY"
  | "DURATION"
  | "DISCOUNT_RATE";

/** The SROI ratio when one assumption moves, all else equal. */
export interface SensitivityRow {
  /** Path of the assumption in the input: "outcomes[0].deadweight", "settings.discountRate". */
  readonly parameter: string;
  readonly kind: SensitivityKind;
  /** The outcome's `id`, if given (null for the discount rate). */
  readonly outcomeId: string | null;
  readonly baseValue: string;
  readonly lowValue: string;
  readonly highValue: string;
  /** SROI ratio at `lowValue` / `highValue`; null when the investment is 0. */
  readonly low: RatioText | null;
  readonly high: RatioText | null;
  /**
   * The value at which the SROI ratio is exactly 1.0 (fractions and rates to 6 decimals, a proxy
   * to the cent, a duration as the fewest whole years giving a ratio ≥ 1); null when no value in
   * the valid range reaches it.
   */
  readonly breakEven: string | null;
}

/**
 * The result of one case. Every euro figure is rounded once to cents, half away from zero, and
 * every breakdown adds up to the figure it breaks down, to the cent (see `rounding.ts`):
 * Σ timeline.discountedCosts = investment, Σ timeline.discountedReturns = presentValue,
 * Σ timeline.costs = nominal.costs, Σ byStakeholder/byValueType pays = investment, gains =
 * presentValue, Σ matrix = presentValue, breakdown = investment and presentValue.
 */
export interface EffectResult {
  /** PV of the explicit investments plus PV of the extra costs. */
  readonly investment: Euros;
  /** PV of the returns: valued outcomes plus avoided costs. */
  readonly presentValue: Euros;
  /** presentValue − investment (of the rounded figures, so the three reconcile). */
  readonly npv: Euros;
  /** presentValue ÷ investment of the exact values, rounded once; null when the investment is 0. */
  readonly sroiRatio: RatioText | null;
  /** (presentValue − investment) ÷ investment, likewise; null when the investment is 0. */
  readonly netSroiRatio: RatioText | null;
  /** First month at whose end the cumulative balance is ≥ 0 (see `payback.ts`); null if none. */
  readonly paybackMonth: number | null;
  /** The same on the discounted cumulative balance. */
  readonly discountedPaybackMonth: number | null;
  /** Undiscounted totals over the horizon. */
  readonly nominal: { readonly costs: Euros; readonly returns: Euros; readonly net: Euros };
  readonly breakdown: Breakdown;
  /** One row per month of the horizon; null when not requested (`{ timeline: false }`). */
  readonly timeline: readonly TimelineRow[] | null;
  readonly byStakeholder: readonly StakeholderRow[];
  readonly byValueType: readonly ValueTypeRow[];
  readonly matrix: readonly MatrixCell[];
  readonly upliftUsed: readonly UpliftRow[];
  /** Null unless requested with `{ sensitivity: true }`. */
  readonly sensitivity: readonly SensitivityRow[] | null;
  readonly settingsUsed: {
    readonly baseDate: string;
    readonly horizonMonths: number;
    readonly discountRate: string;
    readonly discountFirstYear: boolean;
    readonly ratioDecimals: number;
  };
}
