import { LineChart } from "echarts/charts";

// The option is shared with the workbook's chart images (charts/ at the top of the repository).
export { cumulativeOption, type BalanceSeries } from "../../../charts/cumulative-line";

export const cumulativeParts = [LineChart];
