import { BarChart, CustomChart } from "echarts/charts";

// The option is shared with the workbook's chart images (charts/ at the top of the repository).
export { sroiRangeOption, type SroiBar } from "../../../charts/sroi-range";

export const sroiRangeParts = [BarChart, CustomChart];
