/** Organisation: municipalities, districts, teams, members and stakeholders (who pays, who gains). */
export { DistrictResolver } from "./district.resolver";
export { organisationLoaders, type OrganisationLoaders } from "./loaders";
export { MemberResolver } from "./member.resolver";
export { MunicipalityResolver } from "./municipality.resolver";
export { StakeholderResolver } from "./stakeholder.resolver";
export { TeamResolver } from "./team.resolver";
