import { HeatmapChart } from "echarts/charts";
import { VisualMapComponent } from "echarts/components";

// The option is shared with the workbook's chart images (charts/ at the top of the repository).
export { matrixOption, type MatrixCell } from "../../../charts/matrix-heatmap";

export const matrixParts = [HeatmapChart, VisualMapComponent];
