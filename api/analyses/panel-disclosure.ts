import type { CaseFilter } from "../../schema/inputs/case.input";
import type { DisclosureRule } from "../platform";
import type { PanelCell } from "./panel-periods";

/**
 * The panel cells this caller may not see: effort or demand resting on 1 to minGroupSize − 1
 * cases. The panel shows no totals, so no complements are needed; the estimates, computed over
 * every cell, are shown to all (they are aggregates over the whole panel).
 */
export function hiddenPanelCells(
  rule: DisclosureRule,
  unit: "DISTRICT" | "TEAM",
  filter: CaseFilter | undefined,
  panel: readonly PanelCell[],
): Set<string> {
  const hidden = new Set<string>();
  if (rule.exempt) return hidden;
  if (filter?.teamId && rule.ownTeamIds.includes(filter.teamId)) return hidden;
  const small = (cases: number) => cases > 0 && cases < rule.minGroupSize;
  for (const cell of panel) {
    if (unit === "TEAM" && rule.ownTeamIds.includes(cell.unit)) continue;
    if (small(cell.effortCases) || small(cell.demandCases))
      hidden.add(cellKey(cell.unit, cell.period));
  }
  return hidden;
}

export function cellKey(unit: string, period: string): string {
  return `${unit} ${period}`;
}
