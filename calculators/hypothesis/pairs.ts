import type { IndexedPanel } from "./panel";
import type { PanelObservation } from "./types";

/** Demand of `unit` in period t paired with its effort in period t − lag. */
export interface LaggedPair {
  readonly unit: string;
  /** Period index of the demand, t. */
  readonly t: number;
  readonly effortCell: PanelObservation;
  readonly demandCell: PanelObservation;
  readonly effort: number;
  readonly demand: number;
}

function compareUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The pairs at one lag, ordered by unit (code-unit order, locale-independent) and period.
 * A pair needs both cells in the same unit: a period missing from the panel (a gap) gives no
 * pair, it is never bridged to the nearest period that is there.
 */
export function lagPairs(panel: IndexedPanel, lag: number): LaggedPair[] {
  const pairs: LaggedPair[] = [];
  const unitNames = [...panel.units.keys()].sort(compareUnits);
  for (const unit of unitNames) {
    const cells = panel.units.get(unit)!;
    const periods = [...cells.keys()].sort((a, b) => a - b);
    for (const t of periods) {
      const effortCell = cells.get(t - lag);
      if (!effortCell) continue;
      const demandCell = cells.get(t)!;
      pairs.push({
        unit,
        t,
        effortCell,
        demandCell,
        effort: effortCell.effort,
        demand: demandCell.demand,
      });
    }
  }
  return pairs;
}

/** Pairs of units that have at least two: a unit's only pair carries no within-unit information. */
export function pairsWithinInformation(pairs: readonly LaggedPair[]): LaggedPair[] {
  const counts = new Map<string, number>();
  for (const pair of pairs) counts.set(pair.unit, (counts.get(pair.unit) ?? 0) + 1);
  return pairs.filter((pair) => counts.get(pair.unit)! >= 2);
}
