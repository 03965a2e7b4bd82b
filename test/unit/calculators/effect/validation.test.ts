import {
  calculateEffect,
  CalculatorInputError,
  sensitivity,
  type EffectInput,
} from "../../../../calculators/effect";
import { caseInput, outcome } from "./builders";

function base(): EffectInput {
  return caseInput({
    investments: [{ date: "2024-01-01", amount: "100", payer: "WMO" }],
    events: [{ scenario: "REFERENCE", date: "2024-02-01", amount: "50", payer: "ZVW" }],
    outcomes: [outcome(), outcome({ beneficiary: "UWV" }), outcome({ beneficiary: "POLICE" })],
  });
}

type Mutation = (input: any) => void;

function refusal(mutate: Mutation): CalculatorInputError {
  const input = structuredClone(base()) as any;
  mutate(input);
  try {
    calculateEffect(input);
  } catch (error) {
    if (error instanceof CalculatorInputError) return error;
    throw error;
  }
  throw new Error("expected a CalculatorInputError");
}

describe("input validation", () => {
  const cases: [string, Mutation, string, string][] = [
    [
      "deadweight above 1",
      (i) => (i.outcomes[2].deadweight = "1.01"),
      "outcomes[2].deadweight",
      "fraction from 0 to 1",
    ],
    [
      "negative attribution",
      (i) => (i.outcomes[0].attribution = -0.1),
      "outcomes[0].attribution",
      "fraction from 0 to 1",
    ],
    [
      "displacement not a number",
      (i) => (i.outcomes[1].displacement = "abc"),
      "outcomes[1].displacement",
      "finite decimal",
    ],
    [
      "drop-off NaN",
      (i) => (i.outcomes[0].dropOff = Number.NaN),
      "outcomes[0].dropOff",
      "finite decimal",
    ],
    [
      "leakage above 1",
      (i) => (i.outcomes[0].leakage = 2),
      "outcomes[0].leakage",
      "fraction from 0 to 1",
    ],
    [
      "negative quantity",
      (i) => (i.outcomes[0].quantity = "-1"),
      "outcomes[0].quantity",
      "must not be negative",
    ],
    [
      "negative proxy",
      (i) => (i.outcomes[0].proxy = -5),
      "outcomes[0].proxy",
      "must not be negative",
    ],
    [
      "zero duration",
      (i) => (i.outcomes[0].durationYears = 0),
      "outcomes[0].durationYears",
      "whole number from 1",
    ],
    [
      "fractional duration",
      (i) => (i.outcomes[0].durationYears = 1.5),
      "outcomes[0].durationYears",
      "whole number",
    ],
    [
      "bad value type",
      (i) => (i.outcomes[0].valueType = "MONEY"),
      "outcomes[0].valueType",
      "one of FISCAL, ECONOMIC, SOCIAL",
    ],
    [
      "blank beneficiary",
      (i) => (i.outcomes[0].beneficiary = "  "),
      "outcomes[0].beneficiary",
      "non-empty code",
    ],
    [
      "bad start date",
      (i) => (i.outcomes[0].start = "2024-02-30"),
      "outcomes[0].start",
      "date YYYY-MM-DD",
    ],
    [
      "recurMonths 0",
      (i) => (i.events[0].recurMonths = 0),
      "events[0].recurMonths",
      "whole number from 1",
    ],
    [
      "negative event amount",
      (i) => (i.events[0].amount = "-0.01"),
      "events[0].amount",
      "must not be negative",
    ],
    [
      "negative event quantity",
      (i) => (i.events[0].quantity = -2),
      "events[0].quantity",
      "must not be negative",
    ],
    [
      "bad scenario",
      (i) => (i.events[0].scenario = "BOTH"),
      "events[0].scenario",
      "one of INTERVENTION, REFERENCE",
    ],
    ["bad grade", (i) => (i.events[0].confidence = "D"), "events[0].confidence", "one of A, B, C"],
    [
      "event amount with a comma",
      (i) => (i.events[0].amount = "1,50"),
      "events[0].amount",
      "finite decimal",
    ],
    [
      "investment date with time",
      (i) => (i.investments[0].date = "2024-01-01T00:00:00Z"),
      "investments[0].date",
      "date YYYY-MM-DD",
    ],
    [
      "negative investment",
      (i) => (i.investments[0].amount = -100),
      "investments[0].amount",
      "must not be negative",
    ],
    [
      "missing payer",
      (i) => delete i.investments[0].payer,
      "investments[0].payer",
      "non-empty code",
    ],
    [
      "horizon 0",
      (i) => (i.settings.horizonMonths = 0),
      "settings.horizonMonths",
      "whole number from 1 to 1200",
    ],
    [
      "horizon not a number",
      (i) => (i.settings.horizonMonths = "36"),
      "settings.horizonMonths",
      "whole number",
    ],
    [
      "discount rate above 1",
      (i) => (i.settings.discountRate = "1.5"),
      "settings.discountRate",
      "fraction from 0 to 1",
    ],
    [
      "discountFirstYear text",
      (i) => (i.settings.discountFirstYear = "yes"),
      "settings.discountFirstYear",
      "true or false",
    ],
    [
      "missing base date",
      (i) => delete i.settings.baseDate,
      "settings.baseDate",
      "date YYYY-MM-DD",
    ],
    [
      "uplift above 1",
      (i) => (i.settings.optimismBias = { B: "1.2" }),
      "settings.optimismBias.B",
      "fraction from 0 to 1",
    ],
    [
      "unknown grade",
      (i) => (i.settings.optimismBias = { D: "0.1" }),
      "settings.optimismBias.D",
      "not a confidence grade",
    ],
    [
      "ratio decimals 2",
      (i) => (i.settings.ratioDecimals = 2),
      "settings.ratioDecimals",
      "whole number from 3 to 12",
    ],
    [
      "negative step",
      (i) => (i.settings.sensitivity = { fractionStep: "-0.1" }),
      "settings.sensitivity.fractionStep",
      "fraction from 0 to 1",
    ],
    [
      "zero max rate",
      (i) => (i.settings.sensitivity = { maxDiscountRate: 0 }),
      "settings.sensitivity.maxDiscountRate",
      "above 0",
    ],
    ["events not a list", (i) => (i.events = { 0: {} }), "events", "must be a list"],
    ["event not an object", (i) => (i.events[0] = "rent"), "events[0]", "must be an object"],
    ["settings missing", (i) => delete i.settings, "settings", "must be an object"],
  ];

  it.each(cases)("refuses %s", (_name, mutate, field, reason) => {
    const error = refusal(mutate);
    expect(error.field).toBe(field);
    expect(error.reason).toContain(reason);
    expect(error.message).toBe(`${field}: ${error.reason}`);
    expect(error.name).toBe("CalculatorInputError");
  });

  it("accepts the unmodified base input, numbers and decimal strings alike", () => {
    expect(() => calculateEffect(base())).not.toThrow();
    expect(
      calculateEffect(caseInput({ outcomes: [outcome({ proxy: 0.1, quantity: "3" })] }))
        .presentValue,
    ).toBe("0.30");
  });

  it("validates in sensitivity() too", () => {
    const input = base() as any;
    input.outcomes[1].deadweight = 7;
    expect(() => sensitivity(input)).toThrow(CalculatorInputError);
  });

  it("accepts boundary values: fractions 0 and 1, recurMonths 1, horizon 1 and 1200", () => {
    const input = caseInput({
      settings: { horizonMonths: 1200 },
      events: [
        { scenario: "INTERVENTION", date: "2024-01-01", amount: "1", payer: "WMO", recurMonths: 1 },
      ],
      outcomes: [outcome({ deadweight: 1, dropOff: 0, attribution: "1.000" })],
    });
    expect(calculateEffect(input).timeline!.length).toBe(1200);
    expect(
      calculateEffect({ ...input, settings: { ...input.settings, horizonMonths: 1 } }).timeline!
        .length,
    ).toBe(1);
  });
});
