import fc from "fast-check";
import { Decimal } from "decimal.js";
import {
  calculateEffect,
  rollUpTimeline,
  sensitivity,
  type EffectInput,
  type EffectOutcome,
  type EffectResult,
} from "../../../../calculators/effect";
import { eventArb, inputArb, outcomeArb, rateArb, settingsArb } from "./arbitraries";
import { sumCents } from "./builders";
import { oracle, roundsFrom, withinACent } from "./oracle";

const cents = (value: string) => sumCents([value]);

describe("properties of the effect calculator", () => {
  it("totals equal the sum of their rows: months, periods, stakeholders, value types, matrix", () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const result = calculateEffect(input);
        const rows = result.timeline!;
        const sum = (values: readonly string[]) => sumCents(values);
        expect(sum(rows.map((r) => r.costs))).toBe(cents(result.nominal.costs));
        expect(sum(rows.map((r) => r.returns))).toBe(cents(result.nominal.returns));
        expect(sum(rows.map((r) => r.net))).toBe(cents(result.nominal.net));
        expect(rows[rows.length - 1].cumulative).toBe(result.nominal.net);
        expect(sum(rows.map((r) => r.discountedCosts))).toBe(cents(result.investment));
        expect(sum(rows.map((r) => r.discountedReturns))).toBe(cents(result.presentValue));
        expect(rows[rows.length - 1].discountedCumulative).toBe(result.npv);
        expect(cents(result.presentValue) - cents(result.investment)).toBe(cents(result.npv));
        expect(sum(result.byStakeholder.map((r) => r.pays))).toBe(cents(result.investment));
        expect(sum(result.byStakeholder.map((r) => r.gains))).toBe(cents(result.presentValue));
        expect(sum(result.byStakeholder.map((r) => r.net))).toBe(cents(result.npv));
        expect(sum(result.byValueType.map((r) => r.pays))).toBe(cents(result.investment));
        expect(sum(result.byValueType.map((r) => r.gains))).toBe(cents(result.presentValue));
        expect(sum(result.matrix.map((c) => c.value))).toBe(cents(result.presentValue));
        const { investments, extraCosts, avoidedCosts, outcomes } = result.breakdown;
        expect(sum([investments, extraCosts])).toBe(cents(result.investment));
        expect(sum([avoidedCosts, outcomes])).toBe(cents(result.presentValue));
        let running = 0n;
        for (const row of rows) {
          expect(cents(row.net)).toBe(cents(row.returns) - cents(row.costs));
          running += cents(row.net);
          expect(cents(row.cumulative)).toBe(running);
        }
        for (const granularity of ["QUARTER", "YEAR"] as const) {
          const periods = rollUpTimeline(rows, granularity);
          expect(sum(periods.map((p) => p.discountedCosts))).toBe(cents(result.investment));
          expect(sum(periods.map((p) => p.returns))).toBe(cents(result.nominal.returns));
          expect(periods[periods.length - 1].discountedCumulative).toBe(result.npv);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("agrees with a naive month-by-month implementation", () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const result = calculateEffect(input);
        const exact = oracle(input);
        expect(roundsFrom(result.investment, exact.investment)).toBe(true);
        expect(roundsFrom(result.presentValue, exact.presentValue)).toBe(true);
        expect(roundsFrom(result.nominal.costs, exact.nominalCosts)).toBe(true);
        expect(roundsFrom(result.nominal.returns, exact.nominalReturns)).toBe(true);
        result.timeline!.forEach((row, index) => {
          expect(withinACent(row.costs, exact.monthlyCosts[index + 1])).toBe(true);
          expect(withinACent(row.returns, exact.monthlyReturns[index + 1])).toBe(true);
        });
        for (const row of result.byStakeholder) {
          expect(withinACent(row.pays, exact.pays.get(row.stakeholder) ?? new Decimal(0))).toBe(
            true,
          );
          expect(withinACent(row.gains, exact.gains.get(row.stakeholder) ?? new Decimal(0))).toBe(
            true,
          );
        }
        if (exact.investment.isZero()) {
          expect(result.sroiRatio).toBeNull();
        } else {
          const ratio = exact.presentValue.dividedBy(exact.investment);
          expect(new Decimal(result.sroiRatio!).minus(ratio).abs().lte("0.0005")).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("zero adjustments change nothing against the raw quantity × proxy", () => {
    fc.assert(
      fc.property(
        outcomeArb,
        fc.integer({ min: 1, max: 24 }),
        rateArb,
        fc.boolean(),
        (raw, startMonth, discountRate, discountFirstYear) => {
          // An outcome with every fraction 0 lasting `durationYears` from month `startMonth`;
          // the horizon covers it. Each outcome year's months add up to exactly quantity × proxy.
          const start = `${2024 + Math.floor((startMonth - 1) / 12)}-${String(((startMonth - 1) % 12) + 1).padStart(2, "0")}-01`;
          const plain: EffectOutcome = {
            ...raw,
            start,
            deadweight: "0",
            displacement: "0",
            attribution: "0",
            dropOff: "0",
            leakage: undefined,
            confidence: undefined,
          };
          const horizonMonths = startMonth - 1 + 12 * raw.durationYears;
          const input = (outcome: EffectOutcome): EffectInput => ({
            settings: { baseDate: "2024-01-01", horizonMonths, discountRate, discountFirstYear },
            outcomes: [outcome],
          });
          const result = calculateEffect(input(plain));
          const rawValue = new Decimal(raw.quantity).times(raw.proxy);
          const rows = result.timeline!;
          for (let year = 0; year < raw.durationYears; year += 1) {
            const months = rows.slice(startMonth - 1 + 12 * year, startMonth - 1 + 12 * (year + 1));
            const total = new Decimal(sumCents(months.map((r) => r.returns)).toString()).div(100);
            // months are rounded cumulatively: a year's rows add up to within a cent of q × p
            expect(total.minus(rawValue).abs().lte("0.01")).toBe(true);
          }
          expect(roundsFrom(result.nominal.returns, rawValue.times(raw.durationYears))).toBe(true);
          // leakage 0 and leakage absent are the same
          expect(calculateEffect(input({ ...plain, leakage: "0" } as typeof plain))).toEqual(
            result,
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it("a higher discount rate never raises the present value of a positive stream", () => {
    const positive = inputArb({ events: eventArb().map((e) => ({ ...e, scenario: "REFERENCE" })) });
    fc.assert(
      fc.property(positive, rateArb, rateArb, (input, a, b) => {
        const [low, high] = new Decimal(a).lte(b) ? [a, b] : [b, a];
        const at = (rate: string) =>
          calculateEffect(
            { ...input, investments: [], settings: { ...input.settings, discountRate: rate } },
            { timeline: false },
          );
        const lowResult = at(low);
        const highResult = at(high);
        expect(cents(highResult.presentValue) <= cents(lowResult.presentValue)).toBe(true);
        expect(lowResult.investment).toBe("0.00");
      }),
      { numRuns: 150 },
    );
  });

  it("swapping reference and intervention negates the effect of the events", () => {
    fc.assert(
      fc.property(settingsArb, fc.array(eventArb(false), { maxLength: 14 }), (settings, events) => {
        const swap = (scenario: "INTERVENTION" | "REFERENCE") =>
          scenario === "INTERVENTION" ? "REFERENCE" : "INTERVENTION";
        const original = calculateEffect({ settings, events });
        const swapped = calculateEffect({
          settings,
          events: events.map((event) => ({ ...event, scenario: swap(event.scenario) })),
        });
        expect(swapped.investment).toBe(original.presentValue);
        expect(swapped.presentValue).toBe(original.investment);
        expect(cents(swapped.npv)).toBe(-cents(original.npv));
        expect(swapped.nominal.costs).toBe(original.nominal.returns);
        expect(swapped.byStakeholder.map((row) => [row.stakeholder, row.pays, row.gains])).toEqual(
          original.byStakeholder.map((row) => [row.stakeholder, row.gains, row.pays]),
        );
        swapped.byStakeholder.forEach((row, index) =>
          expect(cents(row.net)).toBe(-cents(original.byStakeholder[index].net)),
        );
        swapped.timeline!.forEach((row, index) => {
          expect(row.costs).toBe(original.timeline![index].returns);
          expect(row.returns).toBe(original.timeline![index].costs);
        });
      }),
      { numRuns: 150 },
    );
  });

  it("optimism bias with all-zero uplifts is the identity", () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const zero = { A: "0", B: "0", C: "0" };
        const biased = calculateEffect({
          ...input,
          settings: { ...input.settings, optimismBias: zero },
        });
        const strip = <T extends { confidence?: unknown }>(item: T): T => ({
          ...item,
          confidence: undefined,
        });
        const ungraded = calculateEffect({
          settings: { ...input.settings, optimismBias: zero },
          events: input.events!.map(strip),
          investments: input.investments!.map(strip),
          outcomes: input.outcomes!.map(strip),
        });
        expect({ ...biased, upliftUsed: [] }).toEqual({ ...ungraded, upliftUsed: [] });
        expect(biased.upliftUsed.map((row) => row.uplift)).toEqual(["0", "0", "0"]);
      }),
      { numRuns: 150 },
    );
  });

  it("a positive uplift never lowers the costs nor raises the returns", () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const withUplift = calculateEffect(input);
        const without = calculateEffect({
          ...input,
          settings: { ...input.settings, optimismBias: { A: "0", B: "0", C: "0" } },
        });
        expect(cents(withUplift.investment) >= cents(without.investment)).toBe(true);
        expect(cents(withUplift.presentValue) <= cents(without.presentValue)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("the payback months can be read off the displayed timeline", () => {
    const firstPaidBack = (result: EffectResult, discounted: boolean): number | null => {
      let costs = 0n;
      for (const row of result.timeline!) {
        costs += cents(discounted ? row.discountedCosts : row.costs);
        const balance = cents(discounted ? row.discountedCumulative : row.cumulative);
        if (costs > 0n && balance >= 0n) return row.month;
      }
      return null;
    };
    fc.assert(
      fc.property(inputArb(), (input) => {
        const result = calculateEffect(input);
        expect(result.paybackMonth).toBe(firstPaidBack(result, false));
        expect(result.discountedPaybackMonth).toBe(firstPaidBack(result, true));
      }),
      { numRuns: 150 },
    );
  });

  it("the break-even deadweight brings the ratio to 1", () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const settings = { ...input.settings, ratioDecimals: 12 };
        const rows = sensitivity({ ...input, settings });
        rows
          .filter((row) => row.kind === "DEADWEIGHT" && row.breakEven !== null)
          .forEach((row) => {
            const index = Number(/\d+/.exec(row.parameter)![0]);
            const ratioAt = (deadweight: Decimal) => {
              if (deadweight.lt(0) || deadweight.gt(1)) return null;
              const outcomes = input.outcomes!.map((outcome, i) =>
                i === index ? { ...outcome, deadweight: deadweight.toFixed() } : outcome,
              );
              return new Decimal(calculateEffect({ ...input, settings, outcomes }).sroiRatio!);
            };
            const point = new Decimal(row.breakEven!);
            const below = ratioAt(point.minus("0.000001"));
            const above = ratioAt(point.plus("0.000001"));
            if (below !== null) expect(below.gte("0.999999999999")).toBe(true);
            if (above !== null) expect(above.lte("1.000000000001")).toBe(true);
          });
      }),
      { numRuns: 60 },
    );
  });
});
