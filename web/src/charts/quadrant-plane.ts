import { LinesChart, ScatterChart } from "echarts/charts";
import { coordinate } from "../format";

export const quadrantPlaneParts = [ScatterChart, LinesChart];

export interface PlaneModel {
  xAxis: { min: string; max: string; negativeLabel: string; positiveLabel: string };
  yAxis: { min: string; max: string; negativeLabel: string; positiveLabel: string };
  quadrants: { code: string; name: string; position: string }[];
}

export interface PlanePoints {
  name: string;
  symbol: "circle" | "triangle" | "diamond" | "rect";
  size: number;
  points: { x: number; y: number; label: string }[];
  /** Write each point's label beside it (team means, provisions). */
  showLabels?: boolean;
}

export interface PlaneArrows {
  name: string;
  width: number;
  arrows: { from: [number, number]; to: [number, number] }[];
}

/** Where a quadrant's letter and name go: near its outer corner. */
const CORNER: Record<string, [number, number]> = {
  TOP_LEFT: [-1, 1],
  TOP_RIGHT: [1, 1],
  BOTTOM_RIGHT: [1, -1],
  BOTTOM_LEFT: [-1, -1],
};

/**
 * A quadrant model's plane with the axes crossing at the origin, each quadrant's code and name
 * in its corner, point series (respondents, team means, provisions) and arrows (current →
 * desired).
 */
export function quadrantPlaneOption(
  model: PlaneModel,
  pointSeries: PlanePoints[],
  arrowSeries: PlaneArrows[] = [],
) {
  const [xMin, xMax, yMin, yMax] = [
    model.xAxis.min,
    model.xAxis.max,
    model.yAxis.min,
    model.yAxis.max,
  ].map(Number);
  const axis = (min: number, max: number, negative: string, positive: string) => ({
    type: "value",
    min,
    max,
    name: `← ${negative} · ${positive} →`,
    nameLocation: "middle",
    nameGap: 28,
    axisLine: { onZero: true },
    splitLine: { show: false },
  });
  const corners = model.quadrants.map((q) => {
    const [sx, sy] = CORNER[q.position];
    return {
      value: [sx > 0 ? xMax * 0.72 : xMin * 0.72, sy > 0 ? yMax * 0.9 : yMin * 0.9],
      label: `${q.code} · ${q.name}`,
    };
  });
  return {
    tooltip: {
      trigger: "item",
      formatter: (p: { seriesName: string; data: { value: number[]; label?: string } }) =>
        p.data.label
          ? `${p.seriesName}: ${p.data.label} (${coordinate(p.data.value[0])}; ${coordinate(p.data.value[1])})`
          : p.seriesName,
    },
    legend: { bottom: 0, data: [...arrowSeries, ...pointSeries].map((s) => s.name) },
    grid: { left: 50, right: 30, bottom: 70, top: 20 },
    xAxis: axis(xMin, xMax, model.xAxis.negativeLabel, model.xAxis.positiveLabel),
    yAxis: axis(yMin, yMax, model.yAxis.negativeLabel, model.yAxis.positiveLabel),
    series: [
      {
        name: "quadrants",
        type: "scatter",
        silent: true,
        symbolSize: 0,
        tooltip: { show: false },
        label: {
          show: true,
          color: "#1d3557",
          fontWeight: "bold",
          textBorderWidth: 0,
          formatter: (p: { data: { label: string } }) => p.data.label,
        },
        labelLayout: { hideOverlap: false },
        data: corners.map((c) => ({ value: c.value, label: c.label })),
      },
      ...arrowSeries.map((s) => ({
        name: s.name,
        type: "lines",
        coordinateSystem: "cartesian2d",
        symbol: ["none", "arrow"],
        symbolSize: 6 + s.width * 2,
        lineStyle: { width: s.width, opacity: s.width > 1 ? 0.9 : 0.35 },
        data: s.arrows.map((a) => ({ coords: [a.from, a.to] })),
      })),
      ...pointSeries.map((s) => ({
        name: s.name,
        type: "scatter",
        symbol: s.symbol,
        symbolSize: s.size,
        label: s.showLabels
          ? {
              show: true,
              position: "right",
              fontSize: 11,
              formatter: (p: { data: { label: string } }) => p.data.label,
            }
          : undefined,
        labelLayout: s.showLabels ? { hideOverlap: true } : undefined,
        data: s.points.map((p) => ({ value: [p.x, p.y], label: p.label })),
      })),
    ],
  };
}
