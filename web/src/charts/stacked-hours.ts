import { BarChart } from "echarts/charts";
import { hours, month } from "../format";
import { num } from "./axes";

export const stackedHoursParts = [BarChart];

export interface HoursMonth {
  month: string;
  individualHours: string;
  collectiveHours: string;
}

/** Individual and collective hours per month, stacked. */
export function stackedHoursOption(
  months: HoursMonth[],
  names: { individual: string; collective: string },
) {
  return {
    tooltip: { trigger: "axis", valueFormatter: (v: number) => hours(v) },
    legend: { bottom: 0 },
    grid: { left: 60, right: 20, bottom: 50, top: 20 },
    xAxis: { type: "category", data: months.map((m) => month(m.month)) },
    yAxis: { type: "value" },
    series: [
      {
        name: names.individual,
        type: "bar",
        stack: "hours",
        data: months.map((m) => num(m.individualHours)),
      },
      {
        name: names.collective,
        type: "bar",
        stack: "hours",
        data: months.map((m) => num(m.collectiveHours)),
      },
    ],
  };
}
