import { graphql } from "../../gql";

export const StartExport = graphql(`
  mutation StartExport($filter: ReportFilter!, $language: Language) {
    exportAccountabilityReport(filter: $filter, language: $language) {
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
  }
`);

export const ExportJob = graphql(`
  query ExportJob($id: ID!) {
    reportExport(id: $id) {
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
  }
`);

export const EarlierExports = graphql(`
  query EarlierExports($municipalityId: ID) {
    reportExports(municipalityId: $municipalityId, first: 20) {
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
