import type { DataSource, EntityManager } from "typeorm";
import {
  calculateEffect,
  CalculatorInputError,
  shiftedInput,
  type EffectEvent,
  type EffectInput,
  type EffectOutcome,
  type EffectResult,
  type EffectSettings,
} from "../../calculators/effect/index";
import { BadInputError } from "../platform";
import type { EffectCaseRow } from "./effect-cases";
import type { CalculatorPrice, ResolvedSettings } from "./stored-effect-settings";

/**
 * Stored cases through the effect calculator: their support and outcomes loaded in two
 * statements per batch, turned into the calculator's input with the price list, and run
 * (with the pessimistic and optimistic variants when the range is asked for).
 */

/** Support of one case, summed in SQL per scenario, price item, first month and recurrence. */
interface ActivityAggregate {
  caseId: string;
  scenario: "INTERVENTION" | "REFERENCE";
  priceItemCode: string | null;
  month: string;
  recurMonths: number;
  quantity: string;
}

interface OutcomeRow {
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

interface CaseEffectParts {
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
function caseEffectInput(
  activities: ActivityAggregate[],
  outcomes: OutcomeRow[],
  prices: Map<string, CalculatorPrice>,
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

interface CaseEffectData {
  activities: ActivityAggregate[];
  outcomes: OutcomeRow[];
}

/**
 * The events of a batch of cases, two statements whatever the batch: support summed in SQL per
 * case, scenario, price item, first month and recurrence (quantity = units, else hours), and
 * the outcomes with their beneficiary's code.
 */
export async function loadCaseEffectData(
  db: DataSource | EntityManager,
  caseIds: string[],
): Promise<Map<string, CaseEffectData>> {
  const activities: ActivityAggregate[] = await db.query(
    `SELECT case_id AS "caseId", scenario, price_item_code AS "priceItemCode",
            to_char(activity_date, 'YYYY-MM') AS month, COALESCE(recur_months, 1) AS "recurMonths",
            sum(COALESCE(units, hours))::text AS quantity
       FROM support_activity WHERE case_id = ANY($1)
      GROUP BY case_id, scenario, price_item_code, to_char(activity_date, 'YYYY-MM'), COALESCE(recur_months, 1)
      ORDER BY case_id, month`,
    [caseIds],
  );
  const outcomes: OutcomeRow[] = await db.query(
    `SELECT o.id, o.case_id AS "caseId", o.scenario, o.outcome_date AS "outcomeDate", o.price_item_code AS "priceItemCode",
            o.quantity::text AS quantity, o.recur_months AS "recurMonths", o.duration_years AS "durationYears",
            o.deadweight::text AS deadweight, o.displacement::text AS displacement, o.attribution::text AS attribution,
            o.drop_off::text AS "dropOff", o.leakage::text AS leakage, s.code AS "beneficiaryCode"
       FROM outcome o LEFT JOIN stakeholder s ON s.id = o.beneficiary_id
      WHERE o.case_id = ANY($1) ORDER BY o.case_id, o.outcome_date`,
    [caseIds],
  );
  const byCase = new Map<string, CaseEffectData>(
    caseIds.map((id) => [id, { activities: [], outcomes: [] }]),
  );
  for (const a of activities) byCase.get(a.caseId)?.activities.push(a);
  for (const o of outcomes) byCase.get(o.caseId)?.outcomes.push(o);
  return byCase;
}

/** One stored case through the effect calculator. */
export interface CaseEffect {
  row: EffectCaseRow;
  result: EffectResult;
  unpricedActivities: number;
  unpricedOutcomes: number;
  /** With `range`: the result under pessimistic and under optimistic assumptions. */
  pessimistic?: EffectResult;
  optimistic?: EffectResult;
}

interface CaseEffectOptions {
  timeline: boolean;
  sensitivity: boolean;
  /** Also compute the pessimistic and optimistic results (two more runs per case). */
  range: boolean;
}

function run(row: EffectCaseRow, input: EffectInput, options: CaseEffectOptions): EffectResult {
  try {
    return calculateEffect(input, { timeline: options.timeline, sensitivity: options.sensitivity });
  } catch (error) {
    if (!(error instanceof CalculatorInputError)) throw error;
    if (error.field.startsWith("settings.")) throw new BadInputError(error.field, error.reason);
    throw new BadInputError(error.field, `case ${row.reference}: ${error.reason}`);
  }
}

/** Settings for all cases of a batch, or per case (each case's own base date and horizon). */
type SettingsOf = ResolvedSettings | ((row: EffectCaseRow) => ResolvedSettings);

/** Effects of a batch of cases: two SQL statements load their support and outcomes. */
export async function calculateCaseEffects(
  db: DataSource | EntityManager,
  rows: readonly EffectCaseRow[],
  settings: SettingsOf,
  options: CaseEffectOptions,
): Promise<CaseEffect[]> {
  if (!rows.length) return [];
  const data = await loadCaseEffectData(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => calculateLoadedCase(row, data.get(row.id)!, settings, options));
}

/** One case whose support and outcomes are loaded. */
export function calculateLoadedCase(
  row: EffectCaseRow,
  data: CaseEffectData,
  settingsOf: SettingsOf,
  options: CaseEffectOptions,
): CaseEffect {
  const settings = typeof settingsOf === "function" ? settingsOf(row) : settingsOf;
  const parts = caseEffectInput(
    data.activities,
    data.outcomes,
    settings.prices,
    settings.calculator,
  );
  const effect: CaseEffect = {
    row,
    result: run(row, parts.input, options),
    unpricedActivities: parts.unpricedActivities,
    unpricedOutcomes: parts.unpricedOutcomes,
  };
  if (options.range) {
    const quick = { timeline: false, sensitivity: false, range: false };
    effect.pessimistic = run(row, shiftedInput(parts.input, 1), quick);
    effect.optimistic = run(row, shiftedInput(parts.input, -1), quick);
  }
  return effect;
}
