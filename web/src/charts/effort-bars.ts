import { BarChart } from "echarts/charts";
import { hours } from "../format";

export const effortBarsParts = [BarChart];

/** Hours per team (bars) stacked by quadrant class: how each team's effort is spread. */
export function effortBarsOption(teams: string[], classes: { name: string; hours: number[] }[]) {
  return {
    tooltip: { trigger: "axis", valueFormatter: (v: number) => hours(v) },
    legend: { bottom: 0 },
    grid: { left: 60, right: 20, bottom: 60, top: 20 },
    xAxis: { type: "category", data: teams },
    yAxis: { type: "value", axisLabel: { formatter: (v: number) => hours(v) } },
    series: classes.map((c) => ({ name: c.name, type: "bar", stack: "hours", data: c.hours })),
  };
}
