import { graphql } from "../../gql";

export const ReallocationOptionsQuery = graphql(`
  query ReallocationOptions {
    teams(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    arrangements(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const ReallocationQuery = graphql(`
  query Reallocation(
    $filter: CaseFilter
    $moves: [ReallocationMoveInput!]!
    $settings: StoredEffectSettingsInput
  ) {
    reallocationScenario(filter: $filter, moves: $moves, settings: $settings) {
      baseline {
        ...ReallocationTotals
      }
      projected {
        ...ReallocationTotals
      }
      difference {
        ...ReallocationTotals
      }
      moves {
        fromArrangementId
        fromLabel
        toArrangementId
        toLabel
        share
        basis
        casesMoved
        casesReceived
        hoursMoved
        costDifference
        socialReturnDifference
        netDifference
      }
      arrangements {
        arrangementId
        label
        observedCases
        projectedCases
        observedHours
        hoursPerCase
        costPerCase
        socialReturnPerCase
        netPerCase
      }
      range {
        method
        replicates
        seed
        lowQuantile
        highQuantile
      }
      settingsUsed {
        ratioDecimals
      }
      pricing {
        priceListName
        versionNumber
      }
    }
  }

  fragment ReallocationTotals on ReallocationTotals {
    cases
    cost {
      value
      low
      high
    }
    socialReturn {
      value
      low
      high
    }
    net {
      value
      low
      high
    }
    sroiRatio {
      value
      low
      high
    }
  }
`);
