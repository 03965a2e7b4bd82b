import { graphql } from "../../gql";

export const TrendOptionsQuery = graphql(`
  query TrendOptions {
    teams(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const TrendQuery = graphql(`
  query Trend(
    $filter: CaseFilter
    $groupBy: EffectGroupBy!
    $cohort: CohortGranularity!
    $settings: StoredEffectSettingsInput
  ) {
    effectTrend(
      filter: $filter
      groupBy: $groupBy
      cohort: $cohort
      settings: $settings
      sensitivityRange: true
    ) {
      cases
      unpricedActivities
      unpricedOutcomes
      settingsUsed {
        ratioDecimals
      }
      pricing {
        priceListName
        versionNumber
      }
      groups {
        ...TrendGroup
      }
      total {
        ...TrendGroup
      }
      suppressedGroups {
        label
        period
        reason
      }
    }
  }

  fragment TrendGroup on EffectTrendGroup {
    key
    label
    cases
    investment
    presentValue
    npv
    sroiRatio
    ratioLow
    ratioHigh
    costPerCase
    cohorts {
      ...TrendCohort
    }
  }

  fragment TrendCohort on EffectTrendCohort {
    period
    cases
    investment
    presentValue
    npv
    sroiRatio
    ratioLow
    ratioHigh
    costPerCase
    cohortPaybackMonth
  }
`);
