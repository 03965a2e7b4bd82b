import fc from "fast-check";
import type {
  ConfidenceGrade,
  EffectEvent,
  EffectInput,
  EffectInvestment,
  EffectOutcome,
  EffectSettings,
  ValueType,
} from "../../../../calculators/effect";
import { euros } from "./builders";

/** Random but valid inputs for property tests; amounts and fractions as exact decimal strings. */

export const BASE_DATE = "2024-01-01";

const STAKEHOLDERS = ["WMO", "ZVW", "WLZ", "HOUSING", "RESIDENT"];
const VALUE_TYPES: ValueType[] = ["FISCAL", "ECONOMIC", "SOCIAL"];
const GRADES: ConfidenceGrade[] = ["A", "B", "C"];

/** 0.00 … 20,000.00 euros, sometimes with three decimals. */
export const money = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000 }).map((cents) => euros(BigInt(cents))),
  fc.integer({ min: 0, max: 20_000_000 }).map((mills) => (mills / 1000).toFixed(3)),
);

/** A fraction 0 … 1 with two decimals, as text. */
export const fraction = fc
  .integer({ min: 0, max: 100 })
  .map((n) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, "0")}`);

/** A date `offset` months from the base date (any day of the month). */
export function dateAt(offset: number, day: number): string {
  const index = 2024 * 12 + offset;
  const month = (index % 12) + 1;
  return `${Math.floor(index / 12)}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const date = (low: number, high: number) =>
  fc
    .tuple(fc.integer({ min: low, max: high }), fc.integer({ min: 1, max: 28 }))
    .map(([offset, day]) => dateAt(offset, day));

const grade = fc.option(fc.constantFrom(...GRADES), { nil: undefined });

export function eventArb(graded = true): fc.Arbitrary<EffectEvent> {
  return fc.record(
    {
      scenario: fc.constantFrom("INTERVENTION" as const, "REFERENCE" as const),
      date: date(-4, 40),
      amount: money,
      quantity: fc.option(
        fc.integer({ min: 0, max: 80 }).map((tenths) => (tenths / 10).toFixed(1)),
        { nil: undefined },
      ),
      recurMonths: fc.option(fc.integer({ min: 1, max: 18 }), { nil: undefined }),
      payer: fc.constantFrom(...STAKEHOLDERS),
      valueType: fc.option(fc.constantFrom(...VALUE_TYPES), { nil: undefined }),
      confidence: graded ? grade : fc.constant(undefined),
    },
    { requiredKeys: ["scenario", "date", "amount", "payer"] },
  );
}

export const investmentArb: fc.Arbitrary<EffectInvestment> = fc.record(
  {
    date: date(-2, 30),
    amount: money,
    recurMonths: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    payer: fc.constantFrom(...STAKEHOLDERS),
    valueType: fc.option(fc.constantFrom(...VALUE_TYPES), { nil: undefined }),
    confidence: grade,
  },
  { requiredKeys: ["date", "amount", "payer"] },
);

export const outcomeArb: fc.Arbitrary<EffectOutcome> = fc.record(
  {
    beneficiary: fc.constantFrom(...STAKEHOLDERS),
    valueType: fc.constantFrom(...VALUE_TYPES),
    quantity: fc.integer({ min: 0, max: 40 }).map(String),
    proxy: money,
    start: date(-8, 36),
    durationYears: fc.integer({ min: 1, max: 4 }),
    deadweight: fraction,
    displacement: fraction,
    attribution: fraction,
    dropOff: fraction,
    leakage: fc.option(fraction, { nil: undefined }),
    confidence: grade,
  },
  {
    requiredKeys: [
      "beneficiary",
      "valueType",
      "quantity",
      "proxy",
      "start",
      "durationYears",
      "deadweight",
      "displacement",
      "attribution",
      "dropOff",
    ],
  },
);

export const rateArb = fc.oneof(
  fc.constantFrom("0", "0.0225", "0.035", "0.1"),
  fc.integer({ min: 0, max: 3000 }).map((n) => (n / 10000).toFixed(4)),
);

export const settingsArb: fc.Arbitrary<EffectSettings> = fc.record({
  baseDate: fc.constant(BASE_DATE),
  horizonMonths: fc.integer({ min: 1, max: 48 }),
  discountRate: rateArb,
  discountFirstYear: fc.boolean(),
  optimismBias: fc.record({ A: fraction, B: fraction, C: fraction }),
});

export function inputArb(
  options: { events?: fc.Arbitrary<EffectEvent>; graded?: boolean } = {},
): fc.Arbitrary<EffectInput> {
  return fc.record({
    settings: settingsArb,
    events: fc.array(options.events ?? eventArb(options.graded ?? true), { maxLength: 12 }),
    investments: fc.array(investmentArb, { maxLength: 3 }),
    outcomes: fc.array(outcomeArb, { maxLength: 3 }),
  });
}
