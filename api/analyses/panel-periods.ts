import { Decimal } from "decimal.js";
import type { PeriodCell } from "./hypothesis-panel";

export type PanelGranularity = "MONTH" | "QUARTER";

/** "2025-03" → "2025-Q1". */
export function quarterOf(month: string): string {
  const [year, m] = month.split("-").map(Number);
  return `${year}-Q${Math.ceil(m / 3)}`;
}

/** The first and last month of the quarters `from` and `to` lie in. */
export function snapToQuarters(from: string, to: string): [string, string] {
  const start = (month: string) => {
    const [year, m] = month.split("-").map(Number);
    return `${year}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, "0")}`;
  };
  const [toYear, toMonth] = to.split("-").map(Number);
  const end = `${toYear}-${String(Math.ceil(toMonth / 3) * 3).padStart(2, "0")}`;
  return [start(from), end];
}

/** Every month from `from` to `to`, inclusive ("2025-11", "2025-12", "2026-01" …). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split("-").map(Number);
  for (;;) {
    const label = `${year}-${String(month).padStart(2, "0")}`;
    if (label > to) return months;
    months.push(label);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

export interface PanelCell {
  unit: string;
  period: string;
  effort: number;
  demand: number;
  effortCases: number;
  demandCases: number;
}

/** The periods of a panel's months: the months themselves, or their quarters. */
export function periodsOf(months: string[], granularity: PanelGranularity): string[] {
  return [...new Set(granularity === "QUARTER" ? months.map(quarterOf) : months)];
}

/**
 * The full panel: every unit in every period, zero where nothing was registered (a period
 * without work is a real zero, not a gap). The sums are exact decimals until here, then numbers
 * for the statistics.
 */
export function fillPanel(cells: PeriodCell[], units: string[], periods: string[]): PanelCell[] {
  const byKey = new Map(cells.map((cell) => [`${cell.unit} ${cell.period}`, cell]));
  return units.flatMap((unit) =>
    periods.map((period) => {
      const cell = byKey.get(`${unit} ${period}`);
      return {
        unit,
        period,
        effort: cell ? new Decimal(cell.effort).toDecimalPlaces(4).toNumber() : 0,
        demand: cell ? new Decimal(cell.demand).toDecimalPlaces(4).toNumber() : 0,
        effortCases: cell?.effortCases ?? 0,
        demandCases: cell?.demandCases ?? 0,
      };
    }),
  );
}
