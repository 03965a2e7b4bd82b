import {
  ArrangementComponentResolver,
  ArrangementResolver,
  CaseArrangementResolver,
  CaseResolver,
  CaseMutationResolver,
  ArrangementUseResolver,
  OutcomeResolver,
  SupportActivityResolver,
} from "../registration";
import {
  DistrictResolver,
  MemberResolver,
  MunicipalityResolver,
  StakeholderResolver,
  TeamResolver,
} from "../organisation";
import {
  EffectCalculationResolver,
  CaseEffectResolver,
  EffectComparisonResolver,
  EffectTrendResolver,
  ReallocationResolver,
  SubstitutionResolver,
} from "../effects";
import { RegistrationImportResolver } from "../imports";
import { EffectBenchmarkResolver, QuadrantHypothesisResolver } from "../analyses";
import { DownloadLinkResolver, ReportExportResolver } from "../accountability";
import { SecurityResolver, ViewerResolver } from "../access";
import {
  PositionResponseResolver,
  PositionSurveyResolver,
  ProvisionPlacementResolver,
  ProvisionResolver,
  QuadrantEffortResolver,
  QuadrantModelResolver,
} from "../quadrants";
import { PriceItemResolver, PriceListMutationResolver, PriceListResolver } from "../pricing";
export const resolvers = [
  ViewerResolver,
  MunicipalityResolver,
  DistrictResolver,
  TeamResolver,
  MemberResolver,
  StakeholderResolver,
  QuadrantModelResolver,
  ProvisionResolver,
  ProvisionPlacementResolver,
  PositionSurveyResolver,
  PositionResponseResolver,
  QuadrantEffortResolver,
  ArrangementResolver,
  ArrangementComponentResolver,
  CaseResolver,
  CaseMutationResolver,
  CaseArrangementResolver,
  SupportActivityResolver,
  ArrangementUseResolver,
  OutcomeResolver,
  PriceListResolver,
  PriceListMutationResolver,

  PriceItemResolver,
  EffectCalculationResolver,
  EffectComparisonResolver,
  EffectTrendResolver,
  ReallocationResolver,
  SubstitutionResolver,
  QuadrantHypothesisResolver,
  EffectBenchmarkResolver,
  CaseEffectResolver,
  RegistrationImportResolver,
  ReportExportResolver,
  DownloadLinkResolver,
  SecurityResolver,
] as const;
