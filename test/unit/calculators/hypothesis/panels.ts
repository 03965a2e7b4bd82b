import type { PanelObservation } from "../../../../calculators/hypothesis";
import { seededRandom } from "../../../support/seeded-random";

/** "2023-01" plus `offset` months. */
export function month(offset: number, startYear = 2023): string {
  const year = startYear + Math.floor(offset / 12);
  return `${year}-${String((offset % 12) + 1).padStart(2, "0")}`;
}

export interface SyntheticPanel {
  readonly units: number;
  readonly periods: number;
  /** The planted slope of demand(t) on effort(t − lag); 0 for no effect. */
  readonly beta: number;
  readonly lag: number;
  /** Standard deviation of the noise on demand. */
  readonly noise: number;
  /** Standard deviation of effort around its unit's level, independent from period to period. */
  readonly effortSpread: number;
  /**
   * How far the units' effort levels differ, and how strongly a unit's demand level follows
   * its effort level (bigger districts have more of both). 0: every unit has the same effort
   * level and effort is independent of the unit effects.
   */
  readonly sizeSpread: number;
}

/**
 * demand(u, t) = unit effect(u) + beta · effort(u, t − lag) + noise, with no period effect.
 * Effort before the first period of the panel exists (it drives demand) but is not in the
 * panel, as in real registration that starts at some date.
 */
export function syntheticPanel(spec: SyntheticPanel, seed: number): PanelObservation[] {
  const random = seededRandom(seed);
  const panel: PanelObservation[] = [];
  for (let u = 0; u < spec.units; u += 1) {
    const size = spec.sizeSpread * random.normal();
    const effortLevel = 40 + size;
    const unitEffect = 100 + 3 * size + 5 * random.normal();
    const effort: number[] = [];
    for (let t = 0; t < spec.periods + spec.lag; t += 1) {
      effort.push(effortLevel + spec.effortSpread * random.normal());
    }
    for (let t = 0; t < spec.periods; t += 1) {
      const lagged = effort[t]; // effort index t is period t − lag (index lag is period 0)
      panel.push({
        unit: `wijk ${String(u + 1).padStart(2, "0")}`,
        period: month(t),
        effort: effort[t + spec.lag],
        demand: unitEffect + spec.beta * lagged + spec.noise * random.normal(),
      });
    }
  }
  return panel;
}

/** A fixed list of seeds: 1, 2, …, count. */
export function seeds(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i + 1);
}
