import { graphql } from "../../gql";

/** The built-in quadrant models: municipalities are compared in one of them. */
export const BenchmarkModelsQuery = graphql(`
  query BenchmarkModels {
    quadrantModels {
      id
      name
      builtIn
    }
  }
`);

export const BenchmarkQuery = graphql(`
  query Benchmark($by: BenchmarkDimension!, $period: BenchmarkPeriodInput!, $modelId: ID) {
    effectBenchmark(by: $by, period: $period, modelId: $modelId) {
      from
      to
      minGroupSize
      categories {
        ...BenchmarkCategory
      }
      total {
        ...BenchmarkCategory
      }
    }
  }

  fragment BenchmarkCategory on BenchmarkCategory {
    key
    label
    municipalities {
      municipality
      own
      suppressed
      suppression
      counted
      cases
      investment
      presentValue
      npv
      sroiRatio
      costPerCase
      paybackMonth
    }
    platform {
      municipalities
      cases
      investment
      presentValue
      npv
      sroiRatio
      costPerCase
      sroiRatioAcross {
        n
        q1
        median
        q3
      }
      costPerCaseAcross {
        n
        q1
        median
        q3
      }
    }
    ownRank {
      sroiRatio
      costPerCase
      of
    }
  }
`);
