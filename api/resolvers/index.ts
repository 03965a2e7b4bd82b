import { DistrictResolver } from "./district.resolver";
import { MemberResolver } from "./member.resolver";
import { MunicipalityResolver } from "./municipality.resolver";
import { StakeholderResolver } from "./stakeholder.resolver";
import { TeamResolver } from "./team.resolver";

export const resolvers = [
  MunicipalityResolver,
  DistrictResolver,
  TeamResolver,
  MemberResolver,
  StakeholderResolver,
] as const;
