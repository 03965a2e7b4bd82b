import { counted, PERIOD_NOUNS } from "./labels";
import type { LaggedPair } from "./pairs";
import type { Granularity, HypothesisLabels, Refusal } from "./types";

/** What decides whether a lag gets an estimate. */
export interface SampleSize {
  readonly nObservations: number;
  readonly nUnits: number;
  readonly nPeriods: number;
  /** Units with exactly one pair, left out of the estimate. */
  readonly singletonUnits: number;
  readonly minUnits: number;
  readonly minPeriods: number;
}

/** true when some unit has two pairs with different values of `key`. */
export function variesWithinUnits(pairs: readonly LaggedPair[], key: "effort" | "demand"): boolean {
  const first = new Map<string, number>();
  for (const pair of pairs) {
    const seen = first.get(pair.unit);
    if (seen === undefined) first.set(pair.unit, pair[key]);
    else if (seen !== pair[key]) return true;
  }
  return false;
}

/**
 * The first reason, in this order, why there is no estimate, or null: too few units, too few
 * periods, no residual degrees of freedom, no within-unit variation of effort, or of demand.
 * Exact comparison of the input values decides "no variation": the within-unit variance is then
 * exactly zero, whatever rounding the demeaning would add.
 */
export function refusalOf(
  size: SampleSize,
  pairs: readonly LaggedPair[],
  granularity: Granularity | null,
  labels: HypothesisLabels,
): Refusal | null {
  const units = labels.unit;
  const periods = PERIOD_NOUNS[granularity ?? "MONTH"];
  if (size.nUnits < size.minUnits) {
    const note =
      size.singletonUnits > 0
        ? {
            nl: ` (alleen ${units.nl.other} met minstens twee paren tellen)`,
            en: ` (only ${units.en.other} with at least two pairs count)`,
          }
        : { nl: "", en: "" };
    return {
      code: "TOO_FEW_UNITS",
      reason: {
        nl: `te weinig ${units.nl.other} (${size.nUnits}) voor een schatting: minstens ${size.minUnits} nodig${note.nl}`,
        en: `too few ${units.en.other} (${size.nUnits}) for an estimate: at least ${size.minUnits} needed${note.en}`,
      },
    };
  }
  if (size.nPeriods < size.minPeriods) {
    return {
      code: "TOO_FEW_PERIODS",
      reason: {
        nl: `te weinig ${periods.nl.other} met paren (${size.nPeriods}) voor een schatting: minstens ${size.minPeriods} nodig`,
        en: `too few ${periods.en.other} with pairs (${size.nPeriods}) for an estimate: at least ${size.minPeriods} needed`,
      },
    };
  }
  const df = size.nObservations - size.nUnits - 1;
  if (df <= 0) {
    const nl = counted(units, "nl", size.nUnits);
    const en = counted(units, "en", size.nUnits);
    return {
      code: "NO_DEGREES_OF_FREEDOM",
      reason: {
        nl: `te weinig waarnemingen (${size.nObservations}) voor ${size.nUnits} ${nl}: er blijven geen vrijheidsgraden over (${size.nObservations} − ${size.nUnits} − 1 = ${df})`,
        en: `too few observations (${size.nObservations}) for ${size.nUnits} ${en}: no degrees of freedom are left (${size.nObservations} − ${size.nUnits} − 1 = ${df})`,
      },
    };
  }
  if (!variesWithinUnits(pairs, "effort")) {
    return {
      code: "NO_EFFORT_VARIATION",
      reason: {
        nl: `de inzet varieert niet binnen de ${units.nl.other}: per ${units.nl.one} is ze in alle ${periods.nl.other} gelijk, dus er valt niets te vergelijken`,
        en: `effort does not vary within the ${units.en.other}: within each ${units.en.one} it is the same in every ${periods.en.one}, so there is nothing to compare`,
      },
    };
  }
  if (!variesWithinUnits(pairs, "demand")) {
    return {
      code: "NO_DEMAND_VARIATION",
      reason: {
        nl: `de vraag varieert niet binnen de ${units.nl.other}: per ${units.nl.one} is ze in alle ${periods.nl.other} gelijk, dus er valt niets te verklaren`,
        en: `demand does not vary within the ${units.en.other}: within each ${units.en.one} it is the same in every ${periods.en.one}, so there is nothing to explain`,
      },
    };
  }
  return null;
}
