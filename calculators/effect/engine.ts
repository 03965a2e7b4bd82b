import { isOne, isZero, pow10, times, unitsAt, type Fixed } from "./fixed";
import { outcomeYears } from "./outcomes";
import { baseYearOf, clipToHorizon, yearsIn } from "./timeline";
import type { ValueType } from "./types";
import type { ParsedInput } from "./validation";

/**
 * The engine: places every flow of one case on the monthly timeline, exactly and fast.
 *
 * Unit. Every amount of the case is counted as a whole number of one small unit,
 * 1 ÷ (12 · 10^K) euro, where K (≥ 2) is the largest number of decimals of any amount per
 * occurrence or outcome year of the case. An event of a euros per occurrence is 12·10^K·a units
 * a month; an outcome year of impact V is 10^K·V units in each of its 12 months (V ÷ 12 exactly,
 * with no rounding). From here on everything is BigInt addition.
 *
 * Rule 2 (effect of event streams). Per stakeholder (the payer) and value type, per month:
 * difference = reference − intervention. A positive difference is an AVOIDED_COST (a return to
 * that stakeholder), a negative one an EXTRA_COST borne by it. The value type is part of the key
 * so every figure can be split by value type; a stakeholder whose events share one value type
 * (the normal case: a budget belongs to one stakeholder) is netted exactly as rule 2 says.
 *
 * Explicit investments are INVESTMENT costs of their payer; outcome years are OUTCOME returns of
 * their beneficiary. Occurrences outside months 1 … horizon are dropped.
 */

export type FlowKind = "INVESTMENT" | "EXTRA_COST" | "AVOIDED_COST" | "OUTCOME";

/** True for the kinds that count as costs (investment), false for returns. */
export function isCost(kind: FlowKind): boolean {
  return kind === "INVESTMENT" || kind === "EXTRA_COST";
}

/** One kind of flow for one stakeholder and value type, summed per base year. */
export interface FlowLine {
  readonly kind: FlowKind;
  readonly stakeholder: string;
  readonly valueType: ValueType;
  /** Units per base year, index 1 … years (index 0 unused). */
  readonly yearSums: bigint[];
}

export interface Flows {
  readonly horizonMonths: number;
  readonly years: number;
  /** Units in one cent: 12 · 10^(K − 2). */
  readonly unitsPerCent: bigint;
  /** Costs (investments + extra costs) per month in units, index 1 … horizon. */
  readonly costs: bigint[];
  /** Returns (avoided costs + outcomes) per month in units, index 1 … horizon. */
  readonly returns: bigint[];
  readonly lines: FlowLine[];
}

interface Range {
  readonly first: number;
  readonly last: number;
}

const TWELVE = 12n;

function zeros(length: number): bigint[] {
  return new Array<bigint>(length).fill(0n);
}

class LineBook {
  private readonly byKey = new Map<string, FlowLine>();
  readonly lines: FlowLine[] = [];

  constructor(private readonly years: number) {}

  line(kind: FlowKind, stakeholder: string, valueType: ValueType): FlowLine {
    const key = `${kind}\u0000${stakeholder}\u0000${valueType}`;
    let line = this.byKey.get(key);
    if (line === undefined) {
      line = { kind, stakeholder, valueType, yearSums: zeros(this.years + 1) };
      this.byKey.set(key, line);
      this.lines.push(line);
    }
    return line;
  }
}

/** Adds `units` in every month first … last to the year sums of `line`. */
function addRangeToYears(line: FlowLine, first: number, last: number, units: bigint): void {
  const lastYear = baseYearOf(last);
  for (let year = baseYearOf(first); year <= lastYear; year += 1) {
    const months = Math.min(last, 12 * year) - Math.max(first, 12 * year - 11) + 1;
    line.yearSums[year] += months === 1 ? units : units * BigInt(months);
  }
}

interface Netting {
  readonly stakeholder: string;
  readonly valueType: ValueType;
  /** reference − intervention, as a difference array over the months. */
  readonly delta: bigint[];
}

/** Runs rules 1–3 on a (bias-adjusted) parsed input. */
export function computeFlows(input: ParsedInput): Flows {
  const horizon = input.settings.horizonMonths;
  const years = yearsIn(horizon);

  // Place everything and find the number of decimals K.
  let scale = 2;
  const widen = (value: Fixed) => {
    if (value.scale > scale) scale = value.scale;
    return value;
  };
  const events: { range: Range; amount: Fixed; index: number }[] = [];
  input.events.forEach((event, index) => {
    const range = clipToHorizon(event.month, event.recurMonths, horizon);
    if (range === null) return;
    const amount = isOne(event.quantity) ? event.amount : times(event.amount, event.quantity);
    if (!isZero(amount)) events.push({ range, amount: widen(amount), index });
  });
  const investments: { range: Range; amount: Fixed; index: number }[] = [];
  input.investments.forEach((investment, index) => {
    const range = clipToHorizon(investment.month, investment.recurMonths, horizon);
    if (range === null || isZero(investment.amount)) return;
    investments.push({ range, amount: widen(investment.amount), index });
  });
  const outcomeRanges: { range: Range; impact: Fixed; index: number }[] = [];
  input.outcomes.forEach((outcome, index) => {
    for (const year of outcomeYears(outcome, horizon)) {
      if (!isZero(year.impact)) {
        outcomeRanges.push({ range: year, impact: widen(year.impact), index });
      }
    }
  });

  const book = new LineBook(years);
  const costDelta = zeros(horizon + 2);
  const returnDelta = zeros(horizon + 2);
  const addRange = (line: FlowLine, first: number, last: number, units: bigint) => {
    addRangeToYears(line, first, last, units);
    const delta = isCost(line.kind) ? costDelta : returnDelta;
    delta[first] += units;
    delta[last + 1] -= units;
  };

  // Rule 2: net the two scenarios per stakeholder and value type, month by month.
  const nettings = new Map<string, Netting>();
  for (const { range, amount, index } of events) {
    const event = input.events[index];
    const key = `${event.payer}\u0000${event.valueType}`;
    let netting = nettings.get(key);
    if (netting === undefined) {
      netting = { stakeholder: event.payer, valueType: event.valueType, delta: zeros(horizon + 2) };
      nettings.set(key, netting);
    }
    const units = unitsAt(amount, scale) * TWELVE;
    const signed = event.scenario === "REFERENCE" ? units : -units;
    netting.delta[range.first] += signed;
    netting.delta[range.last + 1] -= signed;
  }
  for (const netting of nettings.values()) {
    // The difference is constant between the months where an event starts or stops, so it is
    // booked per run of equal months (split at year ends), not month by month.
    let avoided: FlowLine | null = null;
    let extra: FlowLine | null = null;
    let difference = 0n;
    let runStart = 1;
    for (let month = 1; month <= horizon + 1; month += 1) {
      const change = month <= horizon ? netting.delta[month] : 0n;
      const yearEnds = (month - 1) % 12 === 0;
      if (month <= horizon && change === 0n && !yearEnds) continue;
      if (difference > 0n) {
        avoided ??= book.line("AVOIDED_COST", netting.stakeholder, netting.valueType);
        addRange(avoided, runStart, month - 1, difference);
      } else if (difference < 0n) {
        extra ??= book.line("EXTRA_COST", netting.stakeholder, netting.valueType);
        addRange(extra, runStart, month - 1, -difference);
      }
      difference += change;
      runStart = month;
    }
  }

  for (const { range, amount, index } of investments) {
    const investment = input.investments[index];
    const line = book.line("INVESTMENT", investment.payer, investment.valueType);
    addRange(line, range.first, range.last, unitsAt(amount, scale) * TWELVE);
  }
  for (const { range, impact, index } of outcomeRanges) {
    const outcome = input.outcomes[index];
    const line = book.line("OUTCOME", outcome.beneficiary, outcome.valueType);
    addRange(line, range.first, range.last, unitsAt(impact, scale));
  }

  const costs = zeros(horizon + 1);
  const returns = zeros(horizon + 1);
  let runningCost = 0n;
  let runningReturn = 0n;
  for (let month = 1; month <= horizon; month += 1) {
    runningCost += costDelta[month];
    runningReturn += returnDelta[month];
    costs[month] = runningCost;
    returns[month] = runningReturn;
  }

  return {
    horizonMonths: horizon,
    years,
    unitsPerCent: TWELVE * pow10(scale - 2),
    costs,
    returns,
    lines: book.lines,
  };
}
