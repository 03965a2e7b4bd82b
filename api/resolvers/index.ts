import { DistrictResolver } from "./district.resolver";
import { MemberResolver } from "./member.resolver";
import { MunicipalityResolver } from "./municipality.resolver";
import { PositionResponseResolver, PositionSurveyResolver } from "./position-survey.resolver";
import { ProvisionPlacementResolver, ProvisionResolver } from "./provision.resolver";
import { QuadrantEffortResolver } from "./quadrant-effort.resolver";
import { QuadrantModelResolver } from "./quadrant-model.resolver";
import { StakeholderResolver } from "./stakeholder.resolver";
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
] as const;
