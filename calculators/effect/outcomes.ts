import { oneMinus, times, type Fixed } from "./fixed";
import { clipToHorizon } from "./timeline";
import type { ParsedOutcome } from "./validation";

/**
 * Valued outcomes (rule 3).
 *
 * year-1 impact = quantity × proxy × (1 − deadweight) × (1 − displacement) × (1 − attribution)
 *                 × (1 − leakage)            (leakage 0 when not given)
 * year-k impact = year-(k−1) impact × (1 − drop-off), for k = 2 … durationYears; 0 afterwards.
 *
 * Year k covers the 12 months from the start month + 12·(k − 1); its impact is spread evenly,
 * impact ÷ 12 per month (the engine keeps that exact by counting in twelfths).
 */

/** The year-1 impact, exactly. */
export function yearOneImpact(outcome: ParsedOutcome): Fixed {
  let impact = times(outcome.quantity, outcome.proxy);
  impact = times(impact, oneMinus(outcome.deadweight));
  impact = times(impact, oneMinus(outcome.displacement));
  impact = times(impact, oneMinus(outcome.attribution));
  return times(impact, oneMinus(outcome.leakage));
}

/** One outcome year that overlaps the horizon. */
export interface OutcomeYear {
  /** k: 1 for the first year. */
  readonly year: number;
  /** The whole year's impact (before clipping to the horizon). */
  readonly impact: Fixed;
  /** Months of this year inside the horizon, [first, last]. */
  readonly first: number;
  readonly last: number;
}

/** The outcome's years that have at least one month inside [1, horizon]. */
export function outcomeYears(outcome: ParsedOutcome, horizon: number): OutcomeYear[] {
  const years: OutcomeYear[] = [];
  const retained = oneMinus(outcome.dropOff);
  let impact = yearOneImpact(outcome);
  for (let k = 1; k <= outcome.durationYears; k += 1) {
    const start = outcome.startMonth + 12 * (k - 1);
    if (start > horizon) break;
    if (k > 1) impact = times(impact, retained);
    const months = clipToHorizon(start, 12, horizon);
    if (months !== null) years.push({ year: k, impact, ...months });
  }
  return years;
}
