import { graphql } from "../../gql";

export const Municipalities = graphql(`
  query ImportMunicipalities {
    municipalities(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const StartImport = graphql(`
  mutation StartImport($municipalityId: ID!, $kind: ImportKind!, $file: ImportFileInput!) {
    importRegistrations(municipalityId: $municipalityId, kind: $kind, file: $file) {
      id
    }
  }
`);

export const ImportJobQuery = graphql(`
  query ImportJobProgress($id: ID!) {
    importJob(id: $id) {
      id
      filename
      status
      rowsTotal
      rowsDone
      rowsInserted
      rowsUpdated
      rowsUnchanged
      error
      problems {
        row
        column
        value
        reason
      }
    }
  }
`);
