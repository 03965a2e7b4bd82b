import { graphql } from "../../gql";

/** What the page shows of an export, for the one it starts, follows and lists. */
export const ReportExportFields = graphql(`
  fragment ReportExportFields on ReportExport {
    id
    status
    progress
    phase
    cases
    error
    createdAt
    finishedAt
    expiresAt
    filterJson
  }
`);

export const StartExport = graphql(`
  mutation StartExport($filter: ReportFilter!, $language: Language) {
    exportAccountabilityReport(filter: $filter, language: $language) {
      ...ReportExportFields
    }
  }
`);

export const ExportJob = graphql(`
  query ExportJob($id: ID!) {
    reportExport(id: $id) {
      ...ReportExportFields
    }
  }
`);

export const EarlierExports = graphql(`
  query EarlierExports($municipalityId: ID) {
    reportExports(municipalityId: $municipalityId, first: 20) {
      ...ReportExportFields
    }
  }
`);

export const CreateLink = graphql(`
  mutation CreateLink($exportId: ID!, $format: ReportFileFormat) {
    createDownloadLink(exportId: $exportId, format: $format) {
      url
      expiresAt
    }
  }
`);
