import {
  ArrangementComponentResolver,
  ArrangementResolver,
} from "../registration/arrangement.resolver";
import { CaseArrangementResolver, CaseResolver } from "../registration/case.resolver";
import { DistrictResolver } from "../organisation/district.resolver";
import { EffectCalculationResolver } from "../effects/effect-calculation.resolver";
import {
  CaseEffectResolver,
  EffectComparisonResolver,
} from "../effects/effect-comparison.resolver";
import { RegistrationImportResolver } from "../imports/import.resolver";
import { ReportExportResolver } from "../accountability/report-export.resolver";
import { SecurityResolver } from "../access/security.resolver";
import { MemberResolver } from "../organisation/member.resolver";
import { MunicipalityResolver } from "../organisation/municipality.resolver";
import {
  PositionResponseResolver,
  PositionSurveyResolver,
} from "../quadrants/position-survey.resolver";
import { PriceItemResolver, PriceListResolver } from "../pricing/price-list.resolver";
import { ProvisionPlacementResolver, ProvisionResolver } from "../quadrants/provision.resolver";
import { QuadrantEffortResolver } from "../quadrants/quadrant-effort.resolver";
import { QuadrantModelResolver } from "../quadrants/quadrant-model.resolver";
import { StakeholderResolver } from "../organisation/stakeholder.resolver";
import {
  ArrangementUseResolver,
  OutcomeResolver,
  SupportActivityResolver,
} from "../registration/support.resolver";
import { TeamResolver } from "../organisation/team.resolver";

export const resolvers = [
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
  CaseArrangementResolver,
  SupportActivityResolver,
  ArrangementUseResolver,
  OutcomeResolver,
  PriceListResolver,
  PriceItemResolver,
  EffectCalculationResolver,
  EffectComparisonResolver,
  CaseEffectResolver,
  RegistrationImportResolver,
  ReportExportResolver,
  SecurityResolver,
] as const;
