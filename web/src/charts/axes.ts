// Shared with the workbook's chart images (charts/ at the top of the repository).
export { euroAxis, num } from "../../../charts/axes";
