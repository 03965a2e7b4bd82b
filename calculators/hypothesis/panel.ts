import { HypothesisInputError } from "./errors";
import { parsePeriod } from "./periods";
import type { Granularity, PanelObservation } from "./types";

/** A checked panel: per unit, its cells by period index. */
export interface IndexedPanel {
  /** null when the panel is empty. */
  readonly granularity: Granularity | null;
  readonly units: ReadonlyMap<string, ReadonlyMap<number, PanelObservation>>;
}

/**
 * Checks the panel and indexes it by unit and period.
 * @throws HypothesisInputError for a blank unit, a malformed period, months mixed with quarters,
 * a unit with the same period twice, or an effort or demand that is not a finite number.
 */
export function indexPanel(panel: readonly PanelObservation[]): IndexedPanel {
  let granularity: Granularity | null = null;
  const units = new Map<string, Map<number, PanelObservation>>();
  panel.forEach((observation, i) => {
    const field = `panel[${i}]`;
    if (typeof observation.unit !== "string" || observation.unit.trim() === "") {
      throw new HypothesisInputError(`${field}.unit`, "must be a non-blank text");
    }
    const period = parsePeriod(observation.period, `${field}.period`);
    if (granularity !== null && period.granularity !== granularity) {
      throw new HypothesisInputError(`${field}.period`, "months and quarters cannot be mixed");
    }
    granularity = period.granularity;
    for (const key of ["effort", "demand"] as const) {
      if (typeof observation[key] !== "number" || !Number.isFinite(observation[key])) {
        throw new HypothesisInputError(`${field}.${key}`, "must be a finite number");
      }
    }
    let cells = units.get(observation.unit);
    if (!cells) units.set(observation.unit, (cells = new Map()));
    if (cells.has(period.index)) {
      throw new HypothesisInputError(
        `${field}.period`,
        `unit "${observation.unit}" has period ${observation.period} twice`,
      );
    }
    cells.set(period.index, observation);
  });
  return { granularity, units };
}
