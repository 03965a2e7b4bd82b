/** Imports: registration files (cases, support, outcomes) as jobs with progress and a row-by-row report. */
export { type ImportWorkerOptions, startImportWorker } from "./import-worker";
export { RegistrationImportResolver } from "./import.resolver";
export { guessKind } from "./registration-columns";
export {
  type ImportProgress,
  type ImportResult,
  runRegistrationImport,
} from "./registration-import";
export { readSheetRows } from "./registration-reader";
