import { euro } from "./format";
import { num } from "./axes";

export interface MatrixCell {
  payer: string;
  beneficiary: string;
  value: string;
}

/** Who pays (rows) × who gains (columns): the value that flows from one to the other. */
export function matrixOption(cells: MatrixCell[]) {
  const payers = [...new Set(cells.map((c) => c.payer))];
  const beneficiaries = [...new Set(cells.map((c) => c.beneficiary))];
  const values = cells.map((c) => Number(c.value));
  return {
    tooltip: { formatter: (p: { value: number[] }) => euro(p.value[2]) },
    grid: { left: 140, right: 20, bottom: 100, top: 20 },
    xAxis: { type: "category", data: beneficiaries, axisLabel: { rotate: 30 } },
    yAxis: { type: "category", data: payers },
    visualMap: {
      min: Math.min(0, ...values),
      max: Math.max(1, ...values),
      orient: "horizontal",
      left: "center",
      bottom: 0,
      calculable: false,
      formatter: (v: number) => euro(v.toFixed(0)),
    },
    series: [
      {
        type: "heatmap",
        data: cells.map((c) => [
          beneficiaries.indexOf(c.beneficiary),
          payers.indexOf(c.payer),
          num(c.value),
        ]),
        label: { show: true, formatter: (p: { value: number[] }) => euro(p.value[2].toFixed(0)) },
      },
    ],
  };
}
