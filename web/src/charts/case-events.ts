import { ScatterChart } from "echarts/charts";
import { date } from "../format";

export const caseEventsParts = [ScatterChart];

export interface CaseEvent {
  /** The row of the timeline: support or outcome in a scenario. */
  lane: string;
  date: string;
  description: string;
}

/** A case's support and outcomes on a time axis, one lane per kind and scenario. */
export function caseEventsOption(lanes: string[], events: CaseEvent[]) {
  return {
    tooltip: {
      trigger: "item",
      formatter: (p: { data: [number, string, string] }) =>
        `${date(new Date(p.data[0]).toISOString().slice(0, 10))}: ${p.data[2]}`,
    },
    grid: { left: 170, right: 20, bottom: 40, top: 20 },
    // Month ticks only: day ticks collide with the month names on a case of a few months.
    xAxis: {
      type: "time",
      minInterval: 28 * 24 * 3600 * 1000,
      boundaryGap: ["4%", "4%"],
      axisLabel: { formatter: "{MMM} {yyyy}" },
    },
    yAxis: { type: "category", data: lanes },
    series: [
      {
        type: "scatter",
        symbolSize: 10,
        data: events.map((e) => [Date.parse(`${e.date}T12:00:00Z`), e.lane, e.description]),
      },
    ],
  };
}
