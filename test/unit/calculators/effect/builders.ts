import type {
  EffectEvent,
  EffectInput,
  EffectInvestment,
  EffectOutcome,
  EffectSettings,
} from "../../../../calculators/effect";

/** Settings for a test case: base date 2024-01-01, 24 months, no discounting unless given. */
export function settings(overrides: Partial<EffectSettings> = {}): EffectSettings {
  return { baseDate: "2024-01-01", horizonMonths: 24, discountRate: "0", ...overrides };
}

export function caseInput(parts: {
  settings?: Partial<EffectSettings>;
  events?: EffectEvent[];
  investments?: EffectInvestment[];
  outcomes?: EffectOutcome[];
}): EffectInput {
  return {
    settings: settings(parts.settings),
    events: parts.events ?? [],
    investments: parts.investments ?? [],
    outcomes: parts.outcomes ?? [],
  };
}

/** An outcome with no adjustments (all fractions 0), one year from the base date. */
export function outcome(overrides: Partial<EffectOutcome> = {}): EffectOutcome {
  return {
    beneficiary: "RESIDENT",
    valueType: "SOCIAL",
    quantity: 1,
    proxy: "1200",
    start: "2024-01-01",
    durationYears: 1,
    deadweight: 0,
    displacement: 0,
    attribution: 0,
    dropOff: 0,
    ...overrides,
  };
}

/**
 * The worked check of CALCULATOR.md: input 250,000; 60 people × 8,500; deadweight 0.4,
 * attribution 0.3, drop-off 0.3, 2 years from the base date; 3.5 %, year 1 undiscounted.
 */
export function workedCheck(overrides: Partial<EffectSettings> = {}): EffectInput {
  return caseInput({
    settings: { discountRate: "0.035", discountFirstYear: false, ...overrides },
    investments: [{ date: "2024-01-01", amount: "250000", payer: "MUNICIPALITY" }],
    outcomes: [
      outcome({
        id: "wellbeing",
        quantity: 60,
        proxy: "8500",
        deadweight: "0.4",
        attribution: "0.3",
        dropOff: "0.3",
        durationYears: 2,
      }),
    ],
  });
}

/** Sum of euro texts, in cents (exact). */
export function sumCents(values: readonly string[]): bigint {
  return values.reduce((total, value) => total + BigInt(value.replace(".", "")), 0n);
}

/** Cents as euro text. */
export function euros(cents: bigint): string {
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
