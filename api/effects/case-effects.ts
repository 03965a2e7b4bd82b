import type { DataSource, EntityManager } from "typeorm";
import { Decimal } from "decimal.js";
import {
  calculateEffect,
  CalculatorInputError,
  DEFAULT_DISCOUNT_RATE,
  type EffectInput,
  type EffectResult,
} from "../../calculators/effect/index";
import { BadInputError } from "../platform/errors";
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

/** How far the pessimistic and optimistic results move each assumption (see shiftedInput). */
export const RANGE_FRACTION_STEP = new Decimal("0.1");
export const RANGE_PROXY_STEP = new Decimal("0.2");
export const RANGE_DISCOUNT_FACTOR = new Decimal(2);
const FRACTIONS = ["deadweight", "displacement", "attribution", "dropOff", "leakage"] as const;

/** An adjustment fraction one step worse (`+1`) or better (`-1`), clamped to [0, 1]. */
export function shiftedFraction(value: Decimal.Value, direction: 1 | -1): Decimal {
  const moved = new Decimal(value).plus(RANGE_FRACTION_STEP.times(direction));
  return Decimal.min(1, Decimal.max(0, moved));
}

/** A proxy 20 % lower (`+1`, pessimistic) or higher (`-1`). */
export function shiftedProxy(value: Decimal.Value, direction: 1 | -1): Decimal {
  return new Decimal(value).times(new Decimal(1).minus(RANGE_PROXY_STEP.times(direction)));
}

/** The discount rate of the pessimistic (doubled, at most 1) and optimistic (none) result. */
export function shiftedDiscountRate(rate: Decimal.Value, direction: 1 | -1): Decimal {
  return direction === 1
    ? Decimal.min(1, new Decimal(rate).times(RANGE_DISCOUNT_FACTOR))
    : new Decimal(0);
}

/**
 * The input with every assumption moved one step at once: pessimistic (`+1`) raises each
 * adjustment fraction by 0.1 (a given leakage too, also one of 0; an absent leakage stays
 * absent), lowers each proxy by 20 % and doubles the discount rate; optimistic (`-1`) does the
 * opposite and does not discount at all.
 */
export function shiftedInput(input: EffectInput, direction: 1 | -1): EffectInput {
  const rate = input.settings.discountRate ?? DEFAULT_DISCOUNT_RATE;
  return {
    ...input,
    settings: {
      ...input.settings,
      sensitivity: undefined,
      discountRate: shiftedDiscountRate(rate, direction).toString(),
    },
    outcomes: (input.outcomes ?? []).map((outcome) => {
      const moved = { ...outcome };
      for (const fraction of FRACTIONS) {
        const value = outcome[fraction];
        if (value === undefined || value === null) continue;
        moved[fraction] = shiftedFraction(value, direction).toString();
      }
      moved.proxy = shiftedProxy(outcome.proxy, direction).toString();
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
