import { graphql } from "../../gql";

export const SubstitutionQuery = graphql(`
  query Substitution($teamId: ID, $from: Date!, $to: Date!) {
    substitution(teamId: $teamId, from: $from, to: $to, granularity: MONTH) {
      unpricedActivities
      rows {
        period
        scenario
        careLayer
        hours
        costs
      }
      suppressedCells {
        period
        careLayer
        scenario
      }
      totals {
        scenario
        careLayer
        hours
        costs
      }
    }
  }
`);
