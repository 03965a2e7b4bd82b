import { BoxplotChart } from "echarts/charts";
import { ratio } from "../format";
import { num } from "./axes";

export const boxPlotParts = [BoxplotChart];

export interface Box {
  label: string;
  min?: string | null;
  q1?: string | null;
  median?: string | null;
  q3?: string | null;
  max?: string | null;
}

/** The distribution of the SROI ratio over each group's cases: min, Q1, median, Q3, max. */
export function boxPlotOption(boxes: Box[]) {
  const complete = boxes.filter((b) => b.median != null);
  return {
    tooltip: { trigger: "item" },
    grid: { left: 60, right: 20, bottom: 80, top: 20 },
    xAxis: { type: "category", data: complete.map((b) => b.label), axisLabel: { rotate: 30 } },
    yAxis: { type: "value", axisLabel: { formatter: (v: number) => ratio(v, 1) } },
    series: [
      {
        name: "SROI",
        type: "boxplot",
        // Without min and max (one case's figures, withheld from a viewer outside the team)
        // the whiskers end at the quartiles.
        data: complete.map((b) => [b.min ?? b.q1, b.q1, b.median, b.q3, b.max ?? b.q3].map(num)),
      },
    ],
  };
}
