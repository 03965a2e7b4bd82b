import { BarChart, CustomChart } from "echarts/charts";
import { ratio } from "../format";
import { num } from "./axes";

export const benchmarkBarsParts = [BarChart, CustomChart];

export interface BenchmarkBarSeries {
  municipality: string;
  own: boolean;
  /** Per category the SROI ratio, null where it is withheld or not valued. */
  ratios: (string | null)[];
}

const OWN = "#e76f51";
const OTHERS = ["#5c677d", "#8d99ae", "#33415c", "#b8c0cc", "#7d8597", "#4a5568"];

/**
 * Per category a bar per municipality (the caller's own in orange, the others in greys), and
 * across each category's bars a dark line at the median of the municipalities' ratios.
 */
export function benchmarkBarsOption(
  categories: string[],
  series: BenchmarkBarSeries[],
  median: { name: string; values: (string | null)[] },
) {
  let other = 0;
  const bars = series.map((s) => ({
    name: s.municipality,
    type: "bar",
    itemStyle: { color: s.own ? OWN : OTHERS[other++ % OTHERS.length] },
    data: s.ratios.map(num),
  }));
  return {
    tooltip: { trigger: "axis", valueFormatter: (v: number) => ratio(v) },
    legend: { bottom: 0 },
    grid: { left: 60, right: 20, bottom: 90, top: 20 },
    xAxis: {
      type: "category",
      data: categories,
      axisLabel: { interval: 0, width: 130, overflow: "break" },
    },
    yAxis: { type: "value", axisLabel: { formatter: (v: number) => ratio(v, 1) } },
    series: [
      ...bars,
      {
        name: median.name,
        type: "custom",
        encode: { x: 0, y: 1 },
        z: 4,
        itemStyle: { color: "#111" },
        data: median.values.map((v, index) => [index, num(v)]),
        renderItem(_params: unknown, api: MarkerApi) {
          if (Number.isNaN(api.value(1))) return null;
          const [x, y] = api.coord([api.value(0), api.value(1)]);
          const half = api.size([1, 0])[0] * 0.42;
          return {
            type: "line",
            shape: { x1: x - half, y1: y, x2: x + half, y2: y },
            style: { stroke: "#111", lineWidth: 3 },
          };
        },
      },
    ],
  };
}

interface MarkerApi {
  value(dimension: number): number;
  coord(point: number[]): number[];
  size(dataSize: number[]): number[];
}
