import { CustomChart, LineChart } from "echarts/charts";
import { num } from "./axes";

export const trendLinesParts = [LineChart, CustomChart];

/** One group's values per cohort, with an optional low–high range per cohort. */
export interface TrendLine {
  label: string;
  points: { period: string; value?: string | null; low?: string | null; high?: string | null }[];
}

// ECharts' own palette, set explicitly so that a line and its whiskers share a colour.
const PALETTE = [
  "#5470c6",
  "#91cc75",
  "#fac858",
  "#ee6666",
  "#73c0de",
  "#3ba272",
  "#fc8452",
  "#9a60b4",
  "#ea7ccc",
];

interface RangeApi {
  value(dimension: number): number;
  coord(point: number[]): number[];
}

interface AxisParam {
  seriesType: string;
  seriesName: string;
  marker: string;
  value: number | null;
  axisValueLabel: string;
}

/** A whisker from low to high at each cohort, shifted a little per group so they do not overlap. */
function whiskers(line: TrendLine, periods: string[], color: string, shift: number) {
  const byPeriod = new Map(line.points.map((p) => [p.period, p]));
  return {
    name: line.label,
    type: "custom",
    encode: { x: 0, y: [1, 2] },
    z: 3,
    silent: true,
    data: periods.map((period, index) => {
      const point = byPeriod.get(period);
      return [index, num(point?.low), num(point?.high)];
    }),
    renderItem(_params: unknown, api: RangeApi) {
      if (Number.isNaN(api.value(1)) || Number.isNaN(api.value(2))) return null;
      const low = api.coord([api.value(0), api.value(1)]);
      const high = api.coord([api.value(0), api.value(2)]);
      const x = low[0] + shift;
      const style = { stroke: color, lineWidth: 1.5 };
      const tick = (y: number) => ({
        type: "line",
        shape: { x1: x - 4, y1: y, x2: x + 4, y2: y },
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

/**
 * One line per group over the cohorts (oldest first), a whisker for the range where given; the
 * legend toggles a group's line and whiskers together; `format` labels the axis and the tooltip.
 */
export function trendLinesOption(
  lines: TrendLine[],
  format: { axis(value: number): string; value(value: number): string },
  withRange = false,
) {
  const periods = [...new Set(lines.flatMap((l) => l.points.map((p) => p.period)))].sort();
  const series = lines.flatMap((line, index) => {
    const color = PALETTE[index % PALETTE.length];
    const byPeriod = new Map(line.points.map((p) => [p.period, p.value]));
    const main = {
      name: line.label,
      type: "line",
      color,
      symbolSize: 7,
      data: periods.map((p) => num(byPeriod.get(p))),
    };
    const shift = (index - (lines.length - 1) / 2) * 5;
    return withRange ? [main, whiskers(line, periods, color, shift)] : [main];
  });
  return {
    tooltip: {
      trigger: "axis",
      formatter: (params: AxisParam[]) =>
        [params[0]?.axisValueLabel ?? ""]
          .concat(
            params
              .filter((p) => p.seriesType === "line" && p.value !== null && p.value !== undefined)
              .map((p) => `${p.marker}${p.seriesName}: ${format.value(p.value as number)}`),
          )
          .join("<br/>"),
    },
    // Beside the plot, one group a line: long arrangement names stay readable (cut at 380 px,
    // whole in the legend's tooltip); it scrolls only beyond some fourteen groups.
    legend: {
      type: "scroll",
      orient: "vertical",
      right: 10,
      top: 20,
      bottom: 20,
      tooltip: { show: true },
      textStyle: { width: 380, overflow: "truncate" },
    },
    grid: { left: 80, right: 440, bottom: 30, top: 20 },
    xAxis: { type: "category", data: periods },
    yAxis: { type: "value", axisLabel: { formatter: format.axis } },
    series,
  };
}
