import { ScatterChart } from "echarts/charts";
import { quantity } from "../format";

export const lagScatterParts = [ScatterChart];

export interface ScatterPoint {
  x: number;
  y: number;
  /** Left out of the estimates (a unit's only pair): drawn hollow. */
  inEstimate: boolean;
  /** What the tooltip says about the point: its periods. */
  label: string;
}

export interface ScatterSeries {
  name: string;
  points: ScatterPoint[];
}

/**
 * Demand (y) against effort some periods earlier (x), one series per unit of the panel, so
 * that each unit's own cloud shows: the fixed-effects slope compares each unit with itself.
 */
export function lagScatterOption(series: ScatterSeries[], axes: { x: string; y: string }) {
  const axis = (name: string) => ({
    type: "value",
    name,
    nameLocation: "middle",
    nameGap: 32,
    scale: true,
    axisLabel: { formatter: (v: number) => quantity(v) },
  });
  return {
    tooltip: {
      trigger: "item",
      formatter: (p: { seriesName: string; name: string; value: number[] }) =>
        `${p.seriesName}, ${p.name}: ${quantity(p.value[0])}; ${quantity(p.value[1])}`,
    },
    legend: { type: "scroll", bottom: 0 },
    grid: { left: 64, right: 20, bottom: 84, top: 20 },
    xAxis: { ...axis(axes.x) },
    yAxis: { ...axis(axes.y), nameGap: 44 },
    series: series.map((s) => ({
      name: s.name,
      type: "scatter",
      symbolSize: 8,
      data: s.points.map((p) => ({
        value: [p.x, p.y],
        name: p.label,
        symbol: p.inEstimate ? "circle" : "emptyCircle",
      })),
    })),
  };
}
