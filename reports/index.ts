/**
 * Workbook builders (pure: plain data in, a file out; no database, no GraphQL): the municipal
 * accountability workbook and the CSV of its case rows.
 */
export {
  filterText,
  periodLabel,
  reportTitle,
  writeAccountabilityWorkbook,
  type WorkbookOptions,
} from "./accountability-workbook";
export { writeCaseCsv, type CaseCsvOptions } from "./case-csv";
export { labelsFor, type Labels, type Language } from "./labels";
export { ReconciliationError, SheetLimitError } from "./sums";
export * from "./report-data";
