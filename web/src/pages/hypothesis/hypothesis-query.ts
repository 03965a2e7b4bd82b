import { graphql } from "../../gql";

/** The municipalities the caller may see (one, but for ADMIN) with their teams, for the filter. */
export const HypothesisOptionsQuery = graphql(`
  query HypothesisOptions {
    municipalities(first: 100) {
      edges {
        node {
          id
          name
          teams {
            id
            name
          }
        }
      }
    }
  }
`);

export const HypothesisQuery = graphql(`
  query Hypothesis(
    $filter: CaseFilter
    $lags: [Int!]!
    $granularity: HypothesisGranularity!
    $unit: HypothesisUnit!
    $effort: EffortMeasure!
    $demand: DemandMeasure!
  ) {
    quadrantHypothesis(
      filter: $filter
      lags: $lags
      granularity: $granularity
      unit: $unit
      effort: $effort
      demand: $demand
    ) {
      unit
      granularity
      effortMeasure
      demandMeasure
      effortQuadrants
      demandQuadrants
      firstPeriod
      lastPeriod
      confidenceLevel
      suppressedCells
      units {
        id
        name
      }
      lags {
        ...HypothesisLag
      }
    }
  }

  fragment HypothesisLag on HypothesisLag {
    lag
    nObservations
    nUnits
    nPeriods
    points {
      unitId
      period
      effortPeriod
      effort
      demand
      inEstimate
    }
    pearson {
      estimate
      lower
      upper
      pValue
      n
    }
    spearman {
      estimate
      lower
      upper
      pValue
      n
    }
    fixedEffects {
      slope
      standardError
      pValue
      lower
      upper
      nObservations
      nUnits
      nPeriods
    }
    refused {
      code
      reason {
        nl
        en
      }
    }
    sentence {
      nl
      en
    }
  }
`);
