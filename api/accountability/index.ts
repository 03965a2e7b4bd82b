/**
 * Accountability: export jobs of the accountability workbook, their files, retention and the
 * download route (the pure workbook builders are in reports/ at the top level).
 */
export { CaseRowFile } from "./case-row-file";
export { DownloadLinkResolver, type DownloadLinkContext } from "./download-link.resolver";
export { createDownloadLinks, type DownloadLinks } from "./download-links";
export { reportDownloadHandler } from "./download-route";
export { ReportExportResolver } from "./report-export.resolver";
export { exportDirectory } from "./report-files";
export { checkHypothesisInput } from "./report-hypothesis";
export { purgeMunicipalityExports } from "./report-retention";
export { readReportSnapshot } from "./report-snapshot";
export { startReportWorker } from "./report-worker";
