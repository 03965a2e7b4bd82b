import { LineChart } from "echarts/charts";
import { num } from "./axes";

export const stackedAreaParts = [LineChart];

export interface AreaSeries {
  name: string;
  /** null: a value not shown (disclosure control), a gap in its area. */
  values: (string | null)[];
}

/** Series stacked as areas over the periods (hours or costs per care layer). */
export function stackedAreaOption(
  periods: string[],
  series: AreaSeries[],
  formatValue: (value: number) => string,
) {
  return {
    tooltip: { trigger: "axis", valueFormatter: (v: number) => formatValue(v) },
    legend: { bottom: 0 },
    grid: { left: 80, right: 20, bottom: 50, top: 20 },
    xAxis: { type: "category", boundaryGap: false, data: periods },
    yAxis: { type: "value", axisLabel: { formatter: (v: number) => formatValue(v) } },
    series: series.map((s) => ({
      name: s.name,
      type: "line",
      stack: "total",
      areaStyle: {},
      symbol: "none",
      data: s.values.map((v) => (v === null ? null : num(v))),
    })),
  };
}
