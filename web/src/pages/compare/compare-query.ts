import { graphql } from "../../gql";

export const CompareOptionsQuery = graphql(`
  query CompareOptions {
    teams(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    stakeholders(first: 100) {
      edges {
        node {
          code
          name
        }
      }
    }
  }
`);

export const CompareQuery = graphql(`
  query Compare(
    $filter: CaseFilter
    $groupBy: EffectGroupBy!
    $settings: StoredEffectSettingsInput
  ) {
    effectComparison(
      filter: $filter
      groupBy: $groupBy
      settings: $settings
      sensitivityRange: true
    ) {
      cases
      unpricedActivities
      unpricedOutcomes
      settingsUsed {
        baseDate
        ratioDecimals
      }
      pricing {
        priceListName
        versionNumber
      }
      groups {
        ...CompareGroup
      }
      total {
        ...CompareGroup
      }
      suppressedGroups {
        label
        reason
      }
    }
  }

  fragment CompareGroup on EffectGroup {
    key
    label
    cases
    investment
    presentValue
    npv
    sroiRatio
    ratioLow
    ratioHigh
    paybackMonth
    distribution {
      sroiRatio {
        n
        min
        q1
        median
        q3
        max
      }
    }
    timeline {
      period
      cumulative
    }
    matrix {
      payer
      beneficiary
      value
    }
  }
`);
