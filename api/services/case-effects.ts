import type { DataSource, EntityManager } from "typeorm";
import { Decimal } from "decimal.js";
import {
  calculateEffect,
  CalculatorInputError,
  DEFAULT_DISCOUNT_RATE,
  type EffectInput,
  type EffectResult,
} from "../../calculators/effect";
import { BadInputError } from "../errors";
import { caseEffectInput } from "./case-effect-input";
import { loadCaseEffectData, type CaseEffectData } from "./case-effect-data";
import type { EffectCaseRow } from "./effect-cases";
import type { ResolvedSettings } from "./stored-effect-settings";

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

export interface CaseEffectOptions {
  timeline: boolean;
  sensitivity: boolean;
  /** Also compute the pessimistic and optimistic results (two more runs per case). */
  range: boolean;
}

const FRACTION_STEP = new Decimal("0.1");
const PROXY_STEP = new Decimal("0.2");
const FRACTIONS = ["deadweight", "displacement", "attribution", "dropOff", "leakage"] as const;

function clampFraction(value: Decimal): string {
  return Decimal.min(1, Decimal.max(0, value)).toString();
}

/**
 * The input with every assumption moved one step at once: pessimistic (`+1`) raises each
 * adjustment fraction by 0.1, lowers each proxy by 20 % and doubles the discount rate;
 * optimistic (`-1`) does the opposite and does not discount at all.
 */
export function shiftedInput(input: EffectInput, direction: 1 | -1): EffectInput {
  const rate = new Decimal(input.settings.discountRate ?? DEFAULT_DISCOUNT_RATE);
  return {
    ...input,
    settings: {
      ...input.settings,
      sensitivity: undefined,
      discountRate: direction === 1 ? Decimal.min(1, rate.times(2)).toString() : "0",
    },
    outcomes: (input.outcomes ?? []).map((outcome) => {
      const moved = { ...outcome };
      for (const fraction of FRACTIONS) {
        const value = new Decimal(outcome[fraction] ?? 0);
        moved[fraction] = clampFraction(value.plus(FRACTION_STEP.times(direction)));
      }
      moved.proxy = new Decimal(outcome.proxy)
        .times(new Decimal(1).minus(PROXY_STEP.times(direction)))
        .toString();
      return moved;
    }),
  };
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
export type SettingsOf = ResolvedSettings | ((row: EffectCaseRow) => ResolvedSettings);

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
  let parts;
  try {
    parts = caseEffectInput(data.activities, data.outcomes, settings.prices, settings.calculator);
  } catch (error) {
    if (!(error instanceof BadInputError)) throw error;
    const list = settings.pricing.priceList;
    throw new BadInputError(
      error.field,
      `case ${row.reference}: ${error.reason} "${list.name}" version ${list.versionNumber}`,
    );
  }
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
