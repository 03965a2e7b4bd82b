import type {
  EffectEvent,
  EffectInput,
  EffectOutcome,
  EffectSettings,
} from "../../calculators/effect/index";

/** A price-list item as the calculator needs it: euros in the report price year, who bears it. */
export interface PricedItem {
  code: string;
  /** Euros per unit in the report price year (exact decimal text). */
  amount: string;
  bearerCode: string;
  valueType: "FISCAL" | "ECONOMIC" | "SOCIAL";
  grade: "A" | "B" | "C";
}

/** Support of one case, summed in SQL per scenario, price item, first month and recurrence. */
export interface ActivityAggregate {
  caseId: string;
  scenario: "INTERVENTION" | "REFERENCE";
  priceItemCode: string | null;
  month: string;
  recurMonths: number;
  quantity: string;
}

export interface OutcomeRow {
  id: string;
  caseId: string;
  scenario: "INTERVENTION" | "REFERENCE";
  outcomeDate: string;
  priceItemCode: string | null;
  quantity: string | null;
  recurMonths: number | null;
  durationYears: number | null;
  deadweight: string;
  displacement: string;
  attribution: string;
  dropOff: string;
  leakage: string;
  beneficiaryCode: string | null;
}

export interface CaseEffectParts {
  input: EffectInput;
  /** Activities and outcomes without a price item: registered, but not valued. */
  unpricedActivities: number;
  unpricedOutcomes: number;
}

/**
 * One case as input of the effect calculator: each priced activity and life event is an event in
 * its scenario, borne by the price item's bearer (a life event's cost falls on whoever bears the
 * item, e.g. the corporation for an eviction); each outcome with a duration is a valued
 * outcome for its beneficiary (the stakeholder named on it, else the item's bearer).
 */
export function caseEffectInput(
  activities: ActivityAggregate[],
  outcomes: OutcomeRow[],
  prices: Map<string, PricedItem>,
  settings: EffectSettings,
): CaseEffectParts {
  const events: EffectEvent[] = [];
  const valued: EffectOutcome[] = [];
  let unpricedActivities = 0;
  let unpricedOutcomes = 0;
  for (const a of activities) {
    // A code the price list lacks is as unpriced as none: one such registration must not stop
    // every comparison of the municipality; the count tells the analyst to look.
    const item = a.priceItemCode ? prices.get(a.priceItemCode) : undefined;
    if (!item) {
      unpricedActivities += 1;
      continue;
    }
    events.push({
      scenario: a.scenario,
      date: `${a.month}-01`,
      amount: item.amount,
      quantity: a.quantity,
      recurMonths: a.recurMonths > 1 ? a.recurMonths : undefined,
      payer: item.bearerCode,
      valueType: item.valueType,
      confidence: item.grade,
    });
  }
  for (const o of outcomes) {
    const item = o.priceItemCode ? prices.get(o.priceItemCode) : undefined;
    if (!item) {
      unpricedOutcomes += 1;
      continue;
    }
    if (o.durationYears) {
      valued.push({
        id: o.id,
        beneficiary: o.beneficiaryCode ?? item.bearerCode,
        valueType: item.valueType,
        quantity: o.quantity ?? "1",
        proxy: item.amount,
        start: o.outcomeDate,
        durationYears: o.durationYears,
        deadweight: o.deadweight,
        displacement: o.displacement,
        attribution: o.attribution,
        dropOff: o.dropOff,
        leakage: o.leakage,
        confidence: item.grade,
      });
    } else {
      events.push({
        id: o.id,
        scenario: o.scenario,
        date: o.outcomeDate,
        amount: item.amount,
        quantity: o.quantity ?? "1",
        recurMonths: o.recurMonths ?? undefined,
        payer: item.bearerCode,
        valueType: item.valueType,
        confidence: item.grade,
      });
    }
  }
  return { input: { settings, events, outcomes: valued }, unpricedActivities, unpricedOutcomes };
}
