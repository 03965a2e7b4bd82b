import { graphql } from "../../gql";

export const CaseListQuery = graphql(`
  query CaseList($filter: CaseFilter, $after: String) {
    cases(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          reference
          kind
          openedOn
          closedOn
          team {
            name
          }
        }
      }
    }
  }
`);

export const CaseDetailQuery = graphql(`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      id
      reference
      kind
      openedOn
      closedOn
      problemDomains
      team {
        name
      }
      activities {
        id
        scenario
        activityDate
        description
        hours
        units
        collective
      }
      outcomes {
        id
        scenario
        outcomeDate
        description
        quantity
      }
      effect {
        investment
        presentValue
        npv
        sroiRatio
        paybackMonth
        settingsUsed {
          baseDate
          ratioDecimals
        }
        timeline {
          period
          costs
          returns
          cumulative
        }
      }
    }
  }
`);
