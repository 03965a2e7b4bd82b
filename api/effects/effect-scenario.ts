import {
  calculateEffect,
  CalculatorInputError,
  MAX_HORIZON_MONTHS,
  type EffectInput,
  type EffectResult as CalculatedEffect,
  type SensitivitySettings,
} from "../../calculators/effect/index";
import {
  SensitivityKind,
  type EffectResult,
  type EffectScenarioInput,
} from "../../schema/effect-types";
import { ConfidenceGrade } from "../../schema/price-list-enums";
import { ValueType } from "../../schema/registration-enums";
import { BadInputError } from "../platform";

/**
 * The ad hoc what-if: turns the GraphQL `EffectScenarioInput` into the effect calculator's input
 * (filling the defaults the API promises), runs it, and shapes the answer. Nothing is stored.
 */

/** Payer or beneficiary of an input that names none. */
const UNSPECIFIED_STAKEHOLDER = "UNSPECIFIED";
const MAX_INVESTMENTS = 1000;
const MAX_OUTCOMES = 200;
const MAX_EVENTS = 5000;

/** Month index of an ISO date (year × 12 + month − 1); only year and month count. */
function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

function positive(value: number | null | undefined, fallback: number): number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 ? value : fallback;
}

/** The earliest date of the input, for a missing base date. */
function earliestDate(input: EffectScenarioInput): string | null {
  const dates = [
    ...(input.investments ?? []).map((i) => i.date),
    ...(input.events ?? []).map((e) => e.date),
    ...(input.outcomes ?? []).map((o) => o.startDate),
  ];
  return dates.length ? dates.reduce((a, b) => (b < a ? b : a)) : null;
}

/**
 * Months from the base month to the last month any flow reaches (at least 1, at most the
 * calculator's maximum); invalid counts are left for the calculator to refuse.
 */
function inferredHorizon(input: EffectScenarioInput, baseDate: string): number {
  const base = monthIndex(baseDate);
  let last = base;
  for (const i of input.investments ?? []) {
    last = Math.max(last, monthIndex(i.date) + positive(i.recurMonths, 1) - 1);
  }
  for (const e of input.events ?? []) {
    last = Math.max(last, monthIndex(e.date) + positive(e.recurMonths, 1) - 1);
  }
  for (const o of input.outcomes ?? []) {
    last = Math.max(last, monthIndex(o.startDate) + 12 * positive(o.durationYears, 1) - 1);
  }
  return Math.min(Math.max(last - base + 1, 1), MAX_HORIZON_MONTHS);
}

/** The object without its null and undefined properties (the calculator's "absent"). */
function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined),
  ) as { [K in keyof T]: Exclude<T[K], null> };
}

/** The calculator's input for a GraphQL scenario, defaults filled in. */
function toEffectInput(input: EffectScenarioInput): EffectInput {
  const investments = input.investments ?? [];
  const outcomes = input.outcomes ?? [];
  const events = input.events ?? [];
  if (investments.length > MAX_INVESTMENTS) {
    throw new BadInputError("input.investments", `at most ${MAX_INVESTMENTS} investments`);
  }
  if (outcomes.length > MAX_OUTCOMES) {
    throw new BadInputError("input.outcomes", `at most ${MAX_OUTCOMES} outcomes`);
  }
  if (events.length > MAX_EVENTS) {
    throw new BadInputError("input.events", `at most ${MAX_EVENTS} events`);
  }
  const settings = input.settings ?? {};
  const baseDate = settings.baseDate ?? earliestDate(input);
  if (!baseDate) {
    throw new BadInputError(
      "input.settings.baseDate",
      "is required when the input has no investments, events or outcomes",
    );
  }
  const bias = settings.optimismBias;
  return {
    settings: defined({
      baseDate,
      horizonMonths: settings.horizonMonths ?? inferredHorizon(input, baseDate),
      discountRate: settings.discountRate,
      discountFirstYear: settings.discountFirstYear ?? false,
      optimismBias: bias ? defined({ A: bias.A, B: bias.B, C: bias.C }) : undefined,
      ratioDecimals: settings.ratioDecimals,
      sensitivity: settings.sensitivity
        ? (defined({ ...settings.sensitivity }) as SensitivitySettings)
        : undefined,
    }),
    investments: investments.map((i) =>
      defined({
        id: i.label,
        date: i.date,
        amount: i.amount,
        recurMonths: i.recurMonths,
        payer: i.payer ?? UNSPECIFIED_STAKEHOLDER,
        valueType: i.valueType,
        confidence: i.grade,
      }),
    ),
    outcomes: outcomes.map((o) =>
      defined({
        id: o.label,
        beneficiary: o.beneficiary ?? UNSPECIFIED_STAKEHOLDER,
        valueType: o.valueType ?? "SOCIAL",
        quantity: o.quantity,
        proxy: o.proxy,
        start: o.startDate,
        durationYears: o.durationYears,
        deadweight: o.deadweight ?? "0",
        displacement: o.displacement ?? "0",
        attribution: o.attribution ?? "0",
        dropOff: o.dropOff ?? "0",
        leakage: o.leakage,
        confidence: o.grade,
      }),
    ),
    events: events.map((e) =>
      defined({
        id: e.label,
        scenario: e.scenario,
        date: e.date,
        amount: e.amount,
        quantity: e.quantity,
        recurMonths: e.recurMonths,
        payer: e.payer ?? UNSPECIFIED_STAKEHOLDER,
        valueType: e.valueType,
        confidence: e.grade,
      }),
    ),
  };
}

/** The calculator names a few inputs differently: `start` is `startDate`, `confidence` is `grade`. */
function apiFieldPath(calculatorField: string): string {
  return `input.${calculatorField
    .replace(/^(outcomes\[\d+\])\.start$/, "$1.startDate")
    .replace(/\.confidence$/, ".grade")
    .replace(/^(investments|outcomes|events)\[(\d+)\]\.id$/, "$1[$2].label")}`;
}

/** What to compute beyond the headline figures (each is costly). */
interface EffectOptions {
  timeline: boolean;
  sensitivity: boolean;
}

/**
 * Runs the calculator on a GraphQL scenario. A refused input becomes BAD_USER_INPUT naming its
 * field in the API's terms, e.g. `input.outcomes[0].deadweight`.
 */
export function calculateScenario(
  input: EffectScenarioInput,
  options: EffectOptions,
): EffectResult {
  const effectInput = toEffectInput(input);
  let result: CalculatedEffect;
  try {
    result = calculateEffect(effectInput, options);
  } catch (error) {
    if (error instanceof CalculatorInputError) {
      throw new BadInputError(apiFieldPath(error.field), error.reason);
    }
    throw error;
  }
  const labels = new Map(
    (input.outcomes ?? []).map((o, index) => [`outcomes[${index}]`, o.label ?? null]),
  );
  return effectResultType(result, (outcomePath) => labels.get(outcomePath) ?? null, apiFieldPath);
}

/**
 * The calculator's result as the GraphQL `EffectResult`. `labelOf` names an outcome by its
 * path (`outcomes[2]`) for sensitivity rows; `pathOf` turns a calculator field into the API's.
 */
export function effectResultType(
  result: CalculatedEffect,
  labelOf: (outcomePath: string, outcomeId: string | null) => string | null,
  pathOf: (calculatorField: string) => string = (field) => `input.${field}`,
): EffectResult {
  return {
    investment: result.investment,
    presentValue: result.presentValue,
    npv: result.npv,
    sroiRatio: result.sroiRatio,
    netSroiRatio: result.netSroiRatio,
    paybackMonth: result.paybackMonth,
    discountedPaybackMonth: result.discountedPaybackMonth,
    nominal: { ...result.nominal },
    breakdown: { ...result.breakdown },
    byStakeholder: result.byStakeholder.map((row) => ({ ...row })),
    byValueType: result.byValueType.map((row) => ({
      ...row,
      valueType: row.valueType as ValueType,
    })),
    matrix: result.matrix.map((cell) => ({ ...cell })),
    upliftUsed: result.upliftUsed.map((row) => ({
      ...row,
      grade: row.grade as ConfidenceGrade,
    })),
    settingsUsed: { ...result.settingsUsed },
    monthly:
      result.timeline?.map((row) => ({
        period: row.period,
        month: row.month,
        baseYear: row.baseYear,
        costs: row.costs,
        returns: row.returns,
        net: row.net,
        cumulative: row.cumulative,
        discountedCosts: row.discountedCosts,
        discountedReturns: row.discountedReturns,
        discountedNet: row.discountedNet,
        discountedCumulative: row.discountedCumulative,
      })) ?? null,
    sensitivityRows:
      result.sensitivity?.map((row) => ({
        parameter: pathOf(row.parameter).replace(/^input\./, ""),
        kind: row.kind as SensitivityKind,
        label: labelOf(row.parameter.replace(/\.[^.]+$/, ""), row.outcomeId),
        baseValue: row.baseValue,
        lowValue: row.lowValue,
        highValue: row.highValue,
        low: row.low,
        high: row.high,
        breakEven: row.breakEven,
      })) ?? null,
  };
}
