import { euro, month } from "./format";
import { euroAxis, num } from "./axes";

export interface BalanceSeries {
  label: string;
  points: { period: string; cumulative: string }[];
}

/**
 * Each group's cumulative balance (returns − costs) per period; periods are months unless
 * another label is given (the workbook's timeline may be per quarter or year).
 */
export function cumulativeOption(
  series: BalanceSeries[],
  periodLabel: (period: string) => string = month,
) {
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort();
  return {
    tooltip: { trigger: "axis", valueFormatter: (v: number) => euro(v) },
    legend: { type: "scroll", bottom: 0 },
    grid: { left: 90, right: 20, bottom: 50, top: 20 },
    xAxis: { type: "category", data: periods.map(periodLabel) },
    yAxis: euroAxis,
    series: series.map((s) => {
      const byPeriod = new Map(s.points.map((p) => [p.period, p.cumulative]));
      return {
        name: s.label,
        type: "line",
        showSymbol: false,
        data: periods.map((p) => num(byPeriod.get(p))),
      };
    }),
  };
}
