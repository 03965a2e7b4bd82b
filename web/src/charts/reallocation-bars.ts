import { BarChart, CustomChart } from "echarts/charts";
import { euro } from "../format";
import { num } from "./axes";
import { euroAxis } from "./axes";

export const reallocationBarsParts = [BarChart, CustomChart];

/** One bar series (e.g. the baseline, the scenario): per category a value and its range. */
export interface RangeBars {
  name: string;
  values: { value: string; low: string; high: string }[];
}

interface RangeApi {
  value(dimension: number): number;
  coord(point: number[]): number[];
  size(point: number[]): number[];
}

// With no gap between a category's bars and 40 % of the band left free, each of two bars takes
// 30 % of the band: their centres lie 15 % of the band left and right of the category's centre.
const CATEGORY_GAP = 0.4;

function whiskers(bars: RangeBars, index: number, count: number) {
  const offset = (index - (count - 1) / 2) * ((1 - CATEGORY_GAP) / count);
  return {
    name: bars.name,
    type: "custom",
    encode: { x: 0, y: [1, 2] },
    z: 3,
    silent: true,
    data: bars.values.map((v, category) => [category, num(v.low), num(v.high)]),
    renderItem(_params: unknown, api: RangeApi) {
      const low = api.coord([api.value(0), api.value(1)]);
      const high = api.coord([api.value(0), api.value(2)]);
      const x = low[0] + offset * api.size([1, 0])[0];
      const style = { stroke: "#1d3557", lineWidth: 2 };
      const tick = (y: number) => ({
        type: "line",
        shape: { x1: x - 8, y1: y, x2: x + 8, y2: y },
        style,
      });
      return {
        type: "group",
        children: [
          { type: "line", shape: { x1: x, y1: low[1], x2: x, y2: high[1] }, style },
          tick(low[1]),
          tick(high[1]),
        ],
      };
    },
  };
}

/** Grouped bars per category (cost, return, net) with a whisker from low to high on each bar. */
export function reallocationBarsOption(categories: string[], series: RangeBars[]) {
  return {
    tooltip: { trigger: "item", valueFormatter: (v: number) => euro(v) },
    legend: { bottom: 0 },
    grid: { left: 100, right: 20, bottom: 50, top: 20 },
    xAxis: { type: "category", data: categories },
    yAxis: euroAxis,
    series: [
      ...series.map((s) => ({
        name: s.name,
        type: "bar",
        barGap: "0%",
        barCategoryGap: `${CATEGORY_GAP * 100}%`,
        data: s.values.map((v) => num(v.value)),
      })),
      ...series.map((s, index) => whiskers(s, index, series.length)),
    ],
  };
}
