/**
 * Effects: the effect calculator over stored cases — a case's effect, comparisons per
 * arrangement, team, quadrant or district, the ad hoc calculation and the substitution view.
 */
export { EffectCalculationResolver } from "./effect-calculation.resolver";
export { caseSelection } from "./effect-cases";
export { CaseEffectResolver } from "./case-effect.resolver";
export { EffectComparisonResolver } from "./effect-comparison.resolver";
export { EffectTrendResolver } from "./effect-trend.resolver";
export { ReallocationResolver } from "./reallocation.resolver";
export { SubstitutionResolver } from "./substitution.resolver";
export {
  type CaseEffectRow,
  compareEffectsPer,
  type DerivedGrouping,
  type EffectComparisonResult,
  type GroupEffect,
} from "./effect-comparison.service";
export { CaseGroups, type GroupKey } from "./effect-groups";
export { municipalityOf, requireOwnedReferences } from "./effect-answers";
export {
  CohortTrend,
  costPerCase,
  type EffectTrendResult,
  type TrendCohort,
  type TrendGroup,
} from "./effect-trend.service";
export { refuseDifferencing } from "./filter-disclosure";
export { effectLoaders } from "./loaders";
export { type CaseSelection } from "./stored-effect-settings";
