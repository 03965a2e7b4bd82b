import { graphql } from "../../gql";

export const OverviewQuery = graphql(`
  query Overview($teamId: ID!, $from: Date!, $to: Date!, $filter: CaseFilter) {
    teamMonths(teamId: $teamId, from: $from, to: $to) {
      month
      openCases
      newCases
      closedCases
      individualHours
      collectiveHours
    }
    effectComparison(filter: $filter, groupBy: ARRANGEMENT, sensitivityRange: true) {
      cases
      unpricedActivities
      unpricedOutcomes
      settingsUsed {
        baseDate
        ratioDecimals
      }
      groups {
        key
        label
        cases
        sroiRatio
        ratioLow
        ratioHigh
        paybackMonth
      }
    }
  }
`);
