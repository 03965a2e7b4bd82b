import { graphql } from "../../gql";

/** The page's first request: the models to choose from and the surveys on each. */
export const QuadrantChoicesQuery = graphql(`
  query QuadrantChoices {
    quadrantModels {
      id
      name
    }
    positionSurveys(first: 100) {
      edges {
        node {
          id
          title
          date
          modelId
        }
      }
    }
  }
`);

/** The second: everything the page shows for one model, survey and period. */
export const QuadrantPageQuery = graphql(`
  query QuadrantPage(
    $modelId: ID!
    $surveyId: ID!
    $withSurvey: Boolean!
    $effort: EffortFilterInput
  ) {
    quadrantModel(id: $modelId) {
      id
      name
      xAxis {
        min
        max
        negativeLabel
        positiveLabel
      }
      yAxis {
        min
        max
        negativeLabel
        positiveLabel
      }
      quadrants {
        code
        nameNl
        nameEn
        position
      }
    }
    positionSurvey(id: $surveyId) @include(if: $withSurvey) {
      id
      title
      respondentCount
      responses {
        id
        respondent
        subject
        horizon
        x
        y
        team {
          id
          name
        }
      }
      summary(groupBy: TEAM) {
        group
        subject
        horizon
        n
        meanX
        meanY
        quadrantClass
        shift {
          x
          y
        }
      }
    }
    provisions(first: 100) {
      edges {
        node {
          id
          name
          careLayer
          placement(modelId: $modelId) {
            x
            y
            quadrantClass
          }
        }
      }
    }
    effortByQuadrant(modelId: $modelId, filter: $effort) {
      teamId
      team {
        name
      }
      quadrantClass
      hours
      offerCount
      offerShare
    }
  }
`);
