import { Decimal } from "decimal.js";
import type { ConfidenceGrade, EffectInput } from "../../../../calculators/effect";

/**
 * A deliberately naive second implementation of the rules, for property tests: every occurrence
 * is placed month by month in decimal.js at 80 significant digits, scenarios are netted per
 * stakeholder, value type and month, outcome years are divided by 12, and every month is divided
 * by its own discount factor. It shares no code with the calculator.
 */
const D = Decimal.clone({ precision: 80, rounding: Decimal.ROUND_HALF_UP });
type D = Decimal;

export interface OracleResult {
  readonly investment: D;
  readonly presentValue: D;
  readonly nominalCosts: D;
  readonly nominalReturns: D;
  readonly monthlyCosts: D[];
  readonly monthlyReturns: D[];
  readonly pays: Map<string, D>;
  readonly gains: Map<string, D>;
}

function monthOf(date: string, base: string): number {
  const [y, m] = date.split("-").map(Number);
  const [by, bm] = base.split("-").map(Number);
  return (y - by) * 12 + (m - bm) + 1;
}

const DEFAULT_UPLIFT: Record<ConfidenceGrade, string> = { A: "0", B: "0.1", C: "0.25" };

export function oracle(input: EffectInput): OracleResult {
  const s = input.settings;
  const horizon = s.horizonMonths;
  const rate = new D(s.discountRate ?? "0.0225");
  const uplift = (grade: ConfidenceGrade | null | undefined): D =>
    grade ? new D(s.optimismBias?.[grade] ?? DEFAULT_UPLIFT[grade]) : new D(0);
  const factor = (month: number): D => {
    const year = Math.floor((month - 1) / 12) + 1;
    return rate.plus(1).pow(s.discountFirstYear ? year : year - 1);
  };
  const zeros = () => Array.from({ length: horizon + 1 }, () => new D(0));
  const costs = zeros();
  const returns = zeros();
  const pays = new Map<string, D>();
  const gains = new Map<string, D>();
  const book = (map: Map<string, D>, key: string, month: number, value: D) =>
    map.set(key, (map.get(key) ?? new D(0)).plus(value.dividedBy(factor(month))));

  const streams = new Map<string, { payer: string; ref: D[]; int: D[] }>();
  for (const event of input.events ?? []) {
    const key = `${event.payer}|${event.valueType ?? "FISCAL"}`;
    if (!streams.has(key)) streams.set(key, { payer: event.payer, ref: zeros(), int: zeros() });
    const stream = streams.get(key)!;
    const u = uplift(event.confidence);
    const each = new D(event.amount)
      .times(event.quantity ?? 1)
      .times(event.scenario === "INTERVENTION" ? u.plus(1) : new D(1).minus(u));
    const start = monthOf(event.date, s.baseDate);
    for (let k = 0; k < (event.recurMonths ?? 1); k += 1) {
      const month = start + k;
      if (month < 1 || month > horizon) continue;
      const target = event.scenario === "REFERENCE" ? stream.ref : stream.int;
      target[month] = target[month].plus(each);
    }
  }
  for (const stream of streams.values()) {
    for (let month = 1; month <= horizon; month += 1) {
      const difference = stream.ref[month].minus(stream.int[month]);
      if (difference.isPositive() && !difference.isZero()) {
        returns[month] = returns[month].plus(difference);
        book(gains, stream.payer, month, difference);
      } else if (difference.isNegative()) {
        costs[month] = costs[month].minus(difference);
        book(pays, stream.payer, month, difference.negated());
      }
    }
  }
  for (const investment of input.investments ?? []) {
    const each = new D(investment.amount).times(uplift(investment.confidence).plus(1));
    const start = monthOf(investment.date, s.baseDate);
    for (let k = 0; k < (investment.recurMonths ?? 1); k += 1) {
      const month = start + k;
      if (month < 1 || month > horizon) continue;
      costs[month] = costs[month].plus(each);
      book(pays, investment.payer, month, each);
    }
  }
  for (const outcome of input.outcomes ?? []) {
    const proxy = new D(outcome.proxy).times(new D(1).minus(uplift(outcome.confidence)));
    let impact = new D(outcome.quantity)
      .times(proxy)
      .times(new D(1).minus(outcome.deadweight))
      .times(new D(1).minus(outcome.displacement))
      .times(new D(1).minus(outcome.attribution))
      .times(new D(1).minus(outcome.leakage ?? 0));
    const start = monthOf(outcome.start, s.baseDate);
    for (let year = 1; year <= outcome.durationYears; year += 1) {
      if (year > 1) impact = impact.times(new D(1).minus(outcome.dropOff));
      for (let j = 0; j < 12; j += 1) {
        const month = start + 12 * (year - 1) + j;
        if (month < 1 || month > horizon) continue;
        const value = impact.dividedBy(12);
        returns[month] = returns[month].plus(value);
        book(gains, outcome.beneficiary, month, value);
      }
    }
  }
  let investment = new D(0);
  let presentValue = new D(0);
  let nominalCosts = new D(0);
  let nominalReturns = new D(0);
  for (let month = 1; month <= horizon; month += 1) {
    investment = investment.plus(costs[month].dividedBy(factor(month)));
    presentValue = presentValue.plus(returns[month].dividedBy(factor(month)));
    nominalCosts = nominalCosts.plus(costs[month]);
    nominalReturns = nominalReturns.plus(returns[month]);
  }
  return {
    investment,
    presentValue,
    nominalCosts,
    nominalReturns,
    monthlyCosts: costs,
    monthlyReturns: returns,
    pays,
    gains,
  };
}

/** True when `shown` (euro text) is a rounding to cents of a value within 10^-30 of `exact`. */
export function roundsFrom(shown: string, exact: Decimal): boolean {
  return new D(shown).minus(exact).abs().lessThanOrEqualTo(new D("0.005").plus("1e-30"));
}

/** True when `shown` is within one cent (plus 10^-30) of `exact`. */
export function withinACent(shown: string, exact: Decimal): boolean {
  return new D(shown).minus(exact).abs().lessThanOrEqualTo(new D("0.01").plus("1e-30"));
}
