import type { Distribution, PeriodRow } from "../calculators/effect";
import type { Language } from "./labels";

/**
 * Everything the accountability workbook shows, as plain data: the builder needs no database
 * and no GraphQL. Euro amounts are the calculator's exact text with two decimals ("1234.56");
 * hours and factors are decimal text; ratios are text with the ratio decimals. The case rows
 * are not in here: they stream in separately (see `CaseRowSource`), so that a report of half a
 * million case-months never holds them in memory.
 */
export type Euros = string;
export type GroupBy = "ARRANGEMENT" | "TEAM" | "QUADRANT" | "DISTRICT";
export type Granularity = "MONTH" | "QUARTER" | "YEAR";
export type CohortGranularity = "QUARTER" | "YEAR";

export interface MoneyFigures {
  nominalCosts: Euros;
  nominalReturns: Euros;
  nominalNet: Euros;
  /** PV of the costs (investment plus extra costs). */
  investment: Euros;
  presentValue: Euros;
  npv: Euros;
}

/** A team (or the total) on the cockpit sheet. */
export interface SummaryRow extends MoneyFigures {
  label: string;
  cases: number;
  hoursIndividual: string;
  hoursCollective: string;
  sroiRatio: string | null;
  ratioLow: string | null;
  ratioHigh: string | null;
  paybackMonth: number | null;
  discountedPaybackMonth: number | null;
  /** The calendar month of the payback month, "2026-03"; null when it does not pay back. */
  paybackPeriod: string | null;
  discountedPaybackPeriod: string | null;
}

/** A group of a comparison sheet (arrangement, team, quadrant or district). */
export interface ComparisonRow extends MoneyFigures {
  label: string;
  cases: number;
  sroiRatio: string | null;
  /** The pooled SROI ratio of the pessimistic and the optimistic assumptions. */
  ratioLow: string | null;
  ratioHigh: string | null;
  ratio: Distribution;
  npvDistribution: Distribution;
}

/** One comparison sheet: the groups of one grouping and their total. */
export interface ComparisonTable {
  groupBy: GroupBy;
  rows: ComparisonRow[];
  total: ComparisonRow;
}

/** A group's cases that opened in one period (a cohort), or the group over all its cohorts. */
export interface TrendRow extends MoneyFigures {
  label: string;
  /** "2025" or "2025-Q1"; null on a group's own row. */
  period: string | null;
  cases: number;
  sroiRatio: string | null;
  /** PV of the costs ÷ cases, to the cent. */
  costPerCase: Euros | null;
  /** The payback month counted from the cohort's first month; null on a group's own row. */
  cohortPaybackMonth: number | null;
}

/** The Trend sheet: per group of the report's grouping its cohorts; the groups are the comparison's. */
export interface TrendTable {
  groupBy: GroupBy;
  cohort: CohortGranularity;
  groups: { row: TrendRow; cohorts: TrendRow[] }[];
  total: TrendRow;
}

/** A text in both languages; the sheet shows the workbook's. */
export interface BilingualText {
  nl: string;
  en: string;
}

/** A correlation with its 95 % interval and two-sided p-value. */
export interface HypothesisCorrelation {
  estimate: number;
  lower: number;
  upper: number;
  pValue: number;
}

/** The within-unit (fixed-effects) slope of demand on the effort `lag` periods earlier. */
export interface HypothesisSlope {
  slope: number;
  standardError: number;
  lower: number;
  upper: number;
  pValue: number;
  df: number;
}

/** One lag of the hypothesis test; the estimates are null exactly when it was refused. */
export interface HypothesisLagRow {
  lag: number;
  observations: number;
  units: number;
  periods: number;
  pearson: HypothesisCorrelation | null;
  spearman: HypothesisCorrelation | null;
  withinUnit: HypothesisSlope | null;
  refusal: BilingualText | null;
  sentence: BilingualText;
}

/** One unit (district or team) in one period of the panel. */
export interface HypothesisPanelRow {
  unit: string;
  /** "2025-03" (month) or "2025-Q1" (quarter). */
  period: string;
  effort: number;
  demand: number;
}

/** The Hypothese sheet: quadrantHypothesis on the report's cases, its estimates and its panel. */
export interface HypothesisTable {
  model: string;
  unit: "DISTRICT" | "TEAM";
  granularity: "MONTH" | "QUARTER";
  effortQuadrants: string[];
  demandQuadrants: string[];
  lags: HypothesisLagRow[];
  panel: HypothesisPanelRow[];
  /** The panel's sums, in the panel's four decimals: the sheet checks its rows against them. */
  total: { effort: string; demand: string };
}

/** One assumption of a group of valued outcomes, with the values the sensitivity range used. */
export interface FactorValue {
  kind: "PROXY" | "DEADWEIGHT" | "DISPLACEMENT" | "ATTRIBUTION" | "LEAKAGE" | "DROP_OFF";
  /** Decimal text: a fraction 0–1, or euros for the proxy. */
  value: string;
  /** In the pessimistic result (SROI low). */
  pessimistic: string;
  /** In the optimistic result (SROI high). */
  optimistic: string;
  /** Where the pooled SROI ratio reaches 1.0 (see the sheet's note); null when it cannot. */
  breakEven: string | null;
}

/** Valued outcomes of the cases that share a proxy (price item) and adjustment factors. */
export interface FactorRow {
  code: string;
  name: string;
  outcomes: number;
  durationYears: number;
  factors: FactorValue[];
}

export interface StakeholderBalance {
  code: string;
  name: string;
  pays: Euros;
  gains: Euros;
  net: Euros;
}

export interface MatrixCell {
  /** null: gains of cases without costs. */
  payer: string | null;
  beneficiary: string;
  value: Euros;
}

export interface QuadrantRow {
  model: string;
  team: string;
  /** Quadrant class code, or null for hours that could not be placed. */
  quadrantCode: string | null;
  quadrantName: string | null;
  hours: string;
  cases: number;
}

export interface PriceItemRow {
  code: string;
  name: string;
  unit: string;
  /** Stored price in its own price year. */
  price: Euros;
  priceYear: number;
  /** index[reportYear] ÷ index[priceYear], as decimal text. */
  indexFactor: string;
  /** Price in the report year, to the cent (the calculator keeps it exact). */
  indexedPrice: Euros;
  bearer: string;
  valueType: string;
  grade: string;
  source: string;
}

export interface ReportSettings {
  baseDate: string;
  horizonMonths: number;
  /** Last day of the horizon's last month: money and hours count from baseDate to here. */
  horizonEnd: string;
  discountRate: string;
  discountFirstYear: boolean;
  ratioDecimals: number;
  reportYear: number;
  optimismBias: { A: string; B: string; C: string };
  /** How the pessimistic (SROI low) and optimistic (SROI high) results move the assumptions. */
  range: { fractionStep: string; proxyStep: string; discountFactor: string };
}

export interface AccountabilityReportData {
  language: Language;
  municipality: { code: string; name: string };
  period: { from: string; to: string };
  generatedAt: Date;
  requestedBy: string | null;
  /** Filters beyond municipality and period, with readable values (names, not ids). */
  filter: { team?: string | null; district?: string | null; arrangement?: string | null };
  groupBy: GroupBy;
  granularity: Granularity;
  /** Cockpit: one row per team, and the total (the API's total for the filter). */
  teams: SummaryRow[];
  total: SummaryRow;
  /** The total's timeline per period of `granularity`. */
  timeline: PeriodRow[];
  stakeholders: StakeholderBalance[];
  matrix: MatrixCell[];
  /** Per arrangement (always first), then per the chosen grouping when it is another. */
  comparisons: ComparisonTable[];
  /** Per the grouping `groupBy` and cohort, when the report was asked with a trend. */
  trend?: TrendTable | null;
  /** The quadrant hypothesis on the report's cases, when the report was asked with one. */
  hypothesis?: HypothesisTable | null;
  quadrants: QuadrantRow[];
  priceList: {
    name: string;
    version: number;
    status: string;
    validFrom: string | null;
    reportYear: number;
    indexName: string;
    indexUsed: { year: number; value: string }[];
  };
  priceItems: PriceItemRow[];
  settings: ReportSettings;
  /** Valued outcomes grouped by proxy and adjustment factors. */
  factors: FactorRow[];
  /**
   * The share by which the PV of the valued outcomes may fall before the pooled SROI ratio is
   * 1.0 ((PV − costs) ÷ PV of the outcomes), decimal text; null without costs or outcomes.
   */
  breakEvenMargin: string | null;
  unpricedActivities: number;
  unpricedOutcomes: number;
  /** Rows on the case-month sheet(s): every case's months with money in them. */
  caseMonthRows: number;
}

/** One case-month with money in it (months without any flow are left out). */
export interface CaseMonthRow {
  period: string;
  costs: Euros;
  returns: Euros;
  discountedCosts: Euros;
  discountedReturns: Euros;
}

/** One case on the Casussen sheet: pseudonymous reference only. */
export interface CaseReportRow extends MoneyFigures {
  reference: string;
  team: string;
  district: string | null;
  /** Its group in the report's grouping (`groupBy`). */
  group: string;
  /** Its arrangement group (the same as `group` when grouping per arrangement). */
  arrangement: string;
  sroiRatio: string | null;
  paybackMonth: number | null;
  /** The calendar month of the payback month, "2026-03"; null when it does not pay back. */
  paybackPeriod: string | null;
  months: CaseMonthRow[];
}

/** The case rows, in a stable order; called once per sheet that lists them. */
export type CaseRowSource = () => AsyncIterable<CaseReportRow>;
