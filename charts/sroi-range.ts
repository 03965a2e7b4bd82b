import { ratio } from "./format";
import { num } from "./axes";

export interface SroiBar {
  label: string;
  sroi?: string | null;
  low?: string | null;
  high?: string | null;
}

/** Bars of the pooled SROI per group with a whisker from the low to the high ratio. */
export function sroiRangeOption(groups: SroiBar[]) {
  return {
    tooltip: { trigger: "axis", valueFormatter: (v: number) => ratio(v) },
    grid: { left: 60, right: 20, bottom: 80, top: 20 },
    xAxis: { type: "category", data: groups.map((g) => g.label), axisLabel: { rotate: 30 } },
    yAxis: { type: "value", axisLabel: { formatter: (v: number) => ratio(v, 1) } },
    series: [
      { name: "SROI", type: "bar", data: groups.map((g) => num(g.sroi)) },
      {
        name: "laag–hoog",
        type: "custom",
        // both ends count for the value axis' extent, and the whisker lies over its bar
        encode: { x: 0, y: [1, 2] },
        z: 3,
        data: groups.map((g, index) => [index, num(g.low), num(g.high)]),
        renderItem(_params: unknown, api: RangeApi) {
          if (Number.isNaN(api.value(1)) || Number.isNaN(api.value(2))) return null;
          const low = api.coord([api.value(0), api.value(1)]);
          const high = api.coord([api.value(0), api.value(2)]);
          const half = 8;
          const style = { stroke: "#1d3557", lineWidth: 2 };
          return {
            type: "group",
            children: [
              { type: "line", shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style },
              {
                type: "line",
                shape: { x1: low[0] - half, y1: low[1], x2: low[0] + half, y2: low[1] },
                style,
              },
              {
                type: "line",
                shape: { x1: high[0] - half, y1: high[1], x2: high[0] + half, y2: high[1] },
                style,
              },
            ],
          };
        },
      },
    ],
  };
}

interface RangeApi {
  value(dimension: number): number;
  coord(point: number[]): number[];
}
