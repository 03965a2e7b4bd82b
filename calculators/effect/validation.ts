import { CalculatorInputError } from "./errors";
import { compare, FIXED_ONE, FIXED_ZERO, fixedText, parseFixed, type Fixed } from "./fixed";
import { monthNumber, parseIsoDate, type YearMonth } from "./timeline";
import {
  CONFIDENCE_GRADES,
  SCENARIOS,
  VALUE_TYPES,
  type ConfidenceGrade,
  type EffectInput,
  type Scenario,
  type ValueType,
} from "./types";

/**
 * Checks an {@link EffectInput} and turns it into exact decimals and month numbers. Every refusal
 * is a {@link CalculatorInputError} naming the field (`outcomes[2].deadweight`) and the reason.
 */

export const DEFAULT_DISCOUNT_RATE = "0.0225";
export const DEFAULT_UPLIFTS: Readonly<Record<ConfidenceGrade, string>> = {
  A: "0",
  B: "0.1",
  C: "0.25",
};
export const DEFAULT_RATIO_DECIMALS = 3;
export const MAX_HORIZON_MONTHS = 1200;
/** Longest recurrence or outcome duration accepted (far beyond any horizon; only clipped). */
const MAX_REPEAT = 100_000;

export interface ParsedSensitivitySettings {
  readonly fractionStep: Fixed;
  readonly proxyStep: Fixed;
  readonly durationStep: number;
  readonly discountRateLow: Fixed;
  readonly discountRateHighFactor: Fixed;
  readonly maxDiscountRate: Fixed;
}

export interface ParsedSettings {
  readonly baseDate: string;
  readonly base: YearMonth;
  readonly horizonMonths: number;
  readonly discountRate: Fixed;
  readonly discountFirstYear: boolean;
  readonly uplifts: Readonly<Record<ConfidenceGrade, Fixed>>;
  readonly ratioDecimals: number;
  readonly sensitivity: ParsedSensitivitySettings;
}

export interface ParsedEvent {
  readonly scenario: Scenario;
  /** Month number of the first occurrence (≤ 0 before the base month). */
  readonly month: number;
  readonly recurMonths: number;
  readonly amount: Fixed;
  readonly quantity: Fixed;
  readonly payer: string;
  readonly valueType: ValueType;
  readonly grade: ConfidenceGrade | null;
}

export interface ParsedInvestment {
  readonly month: number;
  readonly recurMonths: number;
  readonly amount: Fixed;
  readonly payer: string;
  readonly valueType: ValueType;
  readonly grade: ConfidenceGrade | null;
}

export interface ParsedOutcome {
  readonly id: string | null;
  readonly beneficiary: string;
  readonly valueType: ValueType;
  readonly quantity: Fixed;
  readonly proxy: Fixed;
  /** Month number of the first month of year 1. */
  readonly startMonth: number;
  readonly durationYears: number;
  readonly deadweight: Fixed;
  readonly displacement: Fixed;
  readonly attribution: Fixed;
  readonly dropOff: Fixed;
  /** 0 when the input has none. */
  readonly leakage: Fixed;
  readonly grade: ConfidenceGrade | null;
}

export interface ParsedInput {
  readonly settings: ParsedSettings;
  readonly events: readonly ParsedEvent[];
  readonly investments: readonly ParsedInvestment[];
  readonly outcomes: readonly ParsedOutcome[];
}

type Fields = Readonly<Record<string, unknown>>;

/**
 * Where a value sits in the input: an object (`settings`, `events[3]`) and, per helper call, the
 * key in it. The path text is only built when a value is refused (it is on the hot path).
 */
class At {
  constructor(
    private readonly name: string,
    private readonly index: number | null = null,
  ) {}

  path(key?: string): string {
    const object = this.index === null ? this.name : `${this.name}[${this.index}]`;
    return key === undefined ? object : `${object}.${key}`;
  }
}

function fail(field: string, reason: string): never {
  throw new CalculatorInputError(field, reason);
}

function record(value: unknown, at: At, key?: string): Fields {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail(at.path(key), "must be an object");
  }
  return value as Fields;
}

function list(value: unknown, field: string): readonly unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail(field, "must be a list");
  return value;
}

function absent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

function decimal(value: unknown, at: At, key: string): Fixed {
  const parsed = parseFixed(value);
  if (parsed === null) {
    fail(at.path(key), `must be a finite decimal number, got ${JSON.stringify(value)}`);
  }
  return parsed;
}

function between(value: unknown, at: At, key: string, low: Fixed, high: Fixed, what: string) {
  const parsed = decimal(value, at, key);
  if (compare(parsed, low) < 0 || compare(parsed, high) > 0) {
    fail(at.path(key), `${what}, got ${fixedText(parsed)}`);
  }
  return parsed;
}

function fraction(value: unknown, at: At, key: string): Fixed {
  return between(value, at, key, FIXED_ZERO, FIXED_ONE, "must be a fraction from 0 to 1");
}

function nonNegative(value: unknown, at: At, key: string): Fixed {
  const parsed = decimal(value, at, key);
  if (parsed.units < 0n) fail(at.path(key), `must not be negative, got ${fixedText(parsed)}`);
  return parsed;
}

function integer(value: unknown, at: At, key: string, low: number, high: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < low || value > high) {
    fail(
      at.path(key),
      `must be a whole number from ${low} to ${high}, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function code(value: unknown, at: At, key: string): string {
  if (typeof value !== "string" || value.trim() === "")
    fail(at.path(key), "must be a non-empty code");
  return value.trim();
}

function oneOf<T extends string>(value: unknown, at: At, key: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) {
    fail(at.path(key), `must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`);
  }
  return value as T;
}

function grade(value: unknown, at: At, key: string): ConfidenceGrade | null {
  return absent(value) ? null : oneOf(value, at, key, CONFIDENCE_GRADES);
}

function valueType(value: unknown, at: At, key: string): ValueType {
  return absent(value) ? "FISCAL" : oneOf(value, at, key, VALUE_TYPES);
}

function date(value: unknown, at: At, key: string): YearMonth {
  const parsed = parseIsoDate(value);
  if (parsed === null)
    fail(at.path(key), `must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return parsed;
}

function recurrence(value: unknown, at: At, key: string): number {
  return absent(value) ? 1 : integer(value, at, key, 1, MAX_REPEAT);
}

function constant(text: string): Fixed {
  return parseFixed(text)!;
}

const FRACTION_STEP = constant("0.1");
const PROXY_STEP = constant("0.2");
const HIGH_FACTOR = constant("2");
const HUNDRED = constant("100");
const TEN = constant("10");
const DISCOUNT_RATE = constant(DEFAULT_DISCOUNT_RATE);
const UPLIFTS: Readonly<Record<ConfidenceGrade, Fixed>> = {
  A: constant(DEFAULT_UPLIFTS.A),
  B: constant(DEFAULT_UPLIFTS.B),
  C: constant(DEFAULT_UPLIFTS.C),
};

function parseSensitivity(value: unknown): ParsedSensitivitySettings {
  const at = new At("settings.sensitivity");
  const fields = absent(value) ? {} : record(value, at);
  const maxDiscountRate = absent(fields.maxDiscountRate)
    ? FIXED_ONE
    : between(fields.maxDiscountRate, at, "maxDiscountRate", FIXED_ZERO, TEN, "must be 0 to 10");
  if (maxDiscountRate.units === 0n) fail(at.path("maxDiscountRate"), "must be above 0");
  return {
    fractionStep: absent(fields.fractionStep)
      ? FRACTION_STEP
      : fraction(fields.fractionStep, at, "fractionStep"),
    proxyStep: absent(fields.proxyStep) ? PROXY_STEP : fraction(fields.proxyStep, at, "proxyStep"),
    durationStep: absent(fields.durationStep)
      ? 1
      : integer(fields.durationStep, at, "durationStep", 0, 100),
    discountRateLow: absent(fields.discountRateLow)
      ? FIXED_ZERO
      : fraction(fields.discountRateLow, at, "discountRateLow"),
    discountRateHighFactor: absent(fields.discountRateHighFactor)
      ? HIGH_FACTOR
      : between(
          fields.discountRateHighFactor,
          at,
          "discountRateHighFactor",
          FIXED_ZERO,
          HUNDRED,
          "must be 0 to 100",
        ),
    maxDiscountRate,
  };
}

function parseUplifts(value: unknown): Record<ConfidenceGrade, Fixed> {
  const at = new At("settings.optimismBias");
  if (absent(value)) return { ...UPLIFTS };
  const fields = record(value, at);
  for (const key of Object.keys(fields)) {
    if (!CONFIDENCE_GRADES.includes(key as ConfidenceGrade)) {
      fail(at.path(key), `is not a confidence grade (${CONFIDENCE_GRADES.join(", ")})`);
    }
  }
  const uplift = (grade: ConfidenceGrade) =>
    absent(fields[grade]) ? UPLIFTS[grade] : fraction(fields[grade], at, grade);
  return { A: uplift("A"), B: uplift("B"), C: uplift("C") };
}

function parseSettings(value: unknown): ParsedSettings {
  const at = new At("settings");
  const fields = record(value, at);
  const base = date(fields.baseDate, at, "baseDate");
  if (!absent(fields.discountFirstYear) && typeof fields.discountFirstYear !== "boolean") {
    fail(at.path("discountFirstYear"), "must be true or false");
  }
  return {
    baseDate: fields.baseDate as string,
    base,
    horizonMonths: integer(fields.horizonMonths, at, "horizonMonths", 1, MAX_HORIZON_MONTHS),
    discountRate: absent(fields.discountRate)
      ? DISCOUNT_RATE
      : fraction(fields.discountRate, at, "discountRate"),
    discountFirstYear: fields.discountFirstYear === true,
    uplifts: parseUplifts(fields.optimismBias),
    ratioDecimals: absent(fields.ratioDecimals)
      ? DEFAULT_RATIO_DECIMALS
      : integer(fields.ratioDecimals, at, "ratioDecimals", 3, 12),
    sensitivity: parseSensitivity(fields.sensitivity),
  };
}

function parseEvent(value: unknown, index: number, base: YearMonth): ParsedEvent {
  const at = new At("events", index);
  const fields = record(value, at);
  return {
    scenario: oneOf(fields.scenario, at, "scenario", SCENARIOS),
    month: monthNumber(date(fields.date, at, "date"), base),
    recurMonths: recurrence(fields.recurMonths, at, "recurMonths"),
    amount: nonNegative(fields.amount, at, "amount"),
    quantity: absent(fields.quantity) ? FIXED_ONE : nonNegative(fields.quantity, at, "quantity"),
    payer: code(fields.payer, at, "payer"),
    valueType: valueType(fields.valueType, at, "valueType"),
    grade: grade(fields.confidence, at, "confidence"),
  };
}

function parseInvestment(value: unknown, index: number, base: YearMonth): ParsedInvestment {
  const at = new At("investments", index);
  const fields = record(value, at);
  return {
    month: monthNumber(date(fields.date, at, "date"), base),
    recurMonths: recurrence(fields.recurMonths, at, "recurMonths"),
    amount: nonNegative(fields.amount, at, "amount"),
    payer: code(fields.payer, at, "payer"),
    valueType: valueType(fields.valueType, at, "valueType"),
    grade: grade(fields.confidence, at, "confidence"),
  };
}

function parseOutcome(value: unknown, index: number, base: YearMonth): ParsedOutcome {
  const at = new At("outcomes", index);
  const fields = record(value, at);
  const id = fields.id;
  if (!absent(id) && typeof id !== "string") fail(at.path("id"), "must be text");
  return {
    id: typeof id === "string" ? id : null,
    beneficiary: code(fields.beneficiary, at, "beneficiary"),
    valueType: oneOf(fields.valueType, at, "valueType", VALUE_TYPES),
    quantity: nonNegative(fields.quantity, at, "quantity"),
    proxy: nonNegative(fields.proxy, at, "proxy"),
    startMonth: monthNumber(date(fields.start, at, "start"), base),
    durationYears: integer(fields.durationYears, at, "durationYears", 1, MAX_REPEAT),
    deadweight: fraction(fields.deadweight, at, "deadweight"),
    displacement: fraction(fields.displacement, at, "displacement"),
    attribution: fraction(fields.attribution, at, "attribution"),
    dropOff: fraction(fields.dropOff, at, "dropOff"),
    leakage: absent(fields.leakage) ? FIXED_ZERO : fraction(fields.leakage, at, "leakage"),
    grade: grade(fields.confidence, at, "confidence"),
  };
}

/** Validates and parses the input; throws {@link CalculatorInputError} on the first bad value. */
export function parseInput(input: EffectInput): ParsedInput {
  const fields = record(input, new At("input"));
  const settings = parseSettings(fields.settings);
  const base = settings.base;
  return {
    settings,
    events: list(fields.events, "events").map((event, index) => parseEvent(event, index, base)),
    investments: list(fields.investments, "investments").map((investment, index) =>
      parseInvestment(investment, index, base),
    ),
    outcomes: list(fields.outcomes, "outcomes").map((outcome, index) =>
      parseOutcome(outcome, index, base),
    ),
  };
}
