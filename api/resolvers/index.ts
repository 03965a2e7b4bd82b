import { ArrangementComponentResolver, ArrangementResolver } from "./arrangement.resolver";
import { CaseArrangementResolver, CaseResolver } from "./case.resolver";
import { DistrictResolver } from "./district.resolver";
import { EffectCalculationResolver } from "./effect-calculation.resolver";
import { CaseEffectResolver, EffectComparisonResolver } from "./effect-comparison.resolver";
import { RegistrationImportResolver } from "./import.resolver";
import { ReportExportResolver } from "./report-export.resolver";
import { SecurityResolver } from "./security.resolver";
import { MemberResolver } from "./member.resolver";
import { MunicipalityResolver } from "./municipality.resolver";
import { PositionResponseResolver, PositionSurveyResolver } from "./position-survey.resolver";
import { PriceItemResolver, PriceListResolver } from "./price-list.resolver";
import { ProvisionPlacementResolver, ProvisionResolver } from "./provision.resolver";
import { QuadrantEffortResolver } from "./quadrant-effort.resolver";
import { QuadrantModelResolver } from "./quadrant-model.resolver";
import { StakeholderResolver } from "./stakeholder.resolver";
import {
  ArrangementUseResolver,
  OutcomeResolver,
  SupportActivityResolver,
} from "./support.resolver";
import { TeamResolver } from "./team.resolver";

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
