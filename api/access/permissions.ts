import { Role } from "../../schema/roles";

/**
 * Which roles may use each root field of the API. Every Query and Mutation field is listed:
 * a field that is not (a capability added later) is ADMIN-only until it is classified here, and
 * a test fails until it is. What a role may see within a field is decided by its tenant scope
 * (own municipality; own teams' cases for TEAM_LEAD and PROFESSIONAL), see caller.ts.
 */
const { ADMIN, ANALYST, FINANCE, TEAM_LEAD, PROFESSIONAL } = Role;

const EVERYONE = [ADMIN, ANALYST, FINANCE, TEAM_LEAD, PROFESSIONAL];
/** Municipality-wide reads, aggregates included. */
const READERS = [ADMIN, ANALYST, FINANCE, TEAM_LEAD];
const CASE_WRITERS = [ADMIN, TEAM_LEAD];
const SUPPORT_WRITERS = [ADMIN, TEAM_LEAD, PROFESSIONAL];
const PRICE_WRITERS = [ADMIN, FINANCE];
const EXPORTERS = [ADMIN, FINANCE];
const PLATFORM = [ADMIN];
/**
 * Figures of other municipalities (anonymised, small groups withheld) are for policy analysis:
 * analysts only. Team leads compare their own work, finance officers account for their own
 * municipality; neither needs other municipalities' figures, so they are kept to fewer eyes.
 */
const BENCHMARK_READERS = [ADMIN, ANALYST];

export const QUERY_PERMISSIONS: Record<string, readonly Role[]> = {
  // organisation and master data: everyone in the municipality needs it to register work
  municipality: EVERYONE,
  municipalities: EVERYONE,
  district: EVERYONE,
  districts: EVERYONE,
  team: EVERYONE,
  teams: EVERYONE,
  member: EVERYONE,
  members: EVERYONE,
  stakeholders: EVERYONE,
  quadrantModel: EVERYONE,
  quadrantModels: EVERYONE,
  provision: EVERYONE,
  provisions: EVERYONE,
  arrangement: EVERYONE,
  arrangements: EVERYONE,
  priceList: EVERYONE,
  priceLists: EVERYONE,
  priceIndices: EVERYONE,
  pricing: EVERYONE,
  effectCalculation: EVERYONE, // a what-if over nothing stored
  // case-level data: TEAM_LEAD and PROFESSIONAL see their own teams' cases only
  case: EVERYONE,
  cases: EVERYONE,
  // aggregates
  selfRelianceChange: READERS,
  teamMonths: READERS,
  effortByQuadrant: READERS,
  effectComparison: READERS,
  quadrantHypothesis: READERS,
  effectTrend: READERS,
  reallocationScenario: READERS,
  substitution: READERS,
  effectBenchmark: BENCHMARK_READERS,
  positionSurvey: READERS,
  positionSurveys: READERS,
  // imports, exports, platform
  importJob: [ADMIN, ANALYST],
  importJobs: [ADMIN, ANALYST],
  reportExport: EXPORTERS,
  reportExports: EXPORTERS,
  apiTokens: PLATFORM,
  auditEvents: PLATFORM,
  viewer: EVERYONE,
};

export const MUTATION_PERMISSIONS: Record<string, readonly Role[]> = {
  // platform and master data
  createMunicipality: PLATFORM,
  updateMunicipality: PLATFORM,
  deleteMunicipality: PLATFORM,
  createDistrict: PLATFORM,
  updateDistrict: PLATFORM,
  deleteDistrict: PLATFORM,
  createTeam: PLATFORM,
  updateTeam: PLATFORM,
  deleteTeam: PLATFORM,
  createStakeholder: PLATFORM,
  updateStakeholder: PLATFORM,
  deleteStakeholder: PLATFORM,
  createQuadrantModel: PLATFORM,
  updateQuadrantModel: PLATFORM,
  deleteQuadrantModel: PLATFORM,
  createProvision: PLATFORM,
  updateProvision: PLATFORM,
  deleteProvision: PLATFORM,
  placeProvision: PLATFORM,
  removeProvisionPlacement: PLATFORM,
  createArrangement: PLATFORM,
  updateArrangement: PLATFORM,
  deleteArrangement: PLATFORM,
  createPositionSurvey: PLATFORM,
  deletePositionSurvey: PLATFORM,
  addPositionResponses: PLATFORM,
  importPositionResponses: PLATFORM,
  importRegistrations: PLATFORM,
  createApiToken: PLATFORM,
  revokeApiToken: PLATFORM,
  // price lists
  createPriceList: PRICE_WRITERS,
  addPriceItems: PRICE_WRITERS,
  updatePriceItem: PRICE_WRITERS,
  removePriceItem: PRICE_WRITERS,
  publishPriceList: PRICE_WRITERS,
  newPriceListVersion: PRICE_WRITERS,
  deletePriceList: PRICE_WRITERS,
  importPriceItems: PRICE_WRITERS,
  setPriceIndex: PRICE_WRITERS, // a shared series (no municipalityId) stays the platform's (service check)
  // the own teams' members and cases
  createMember: CASE_WRITERS,
  updateMember: CASE_WRITERS,
  deleteMember: CASE_WRITERS,
  createCase: CASE_WRITERS,
  updateCase: CASE_WRITERS,
  deleteCase: CASE_WRITERS,
  eraseCase: CASE_WRITERS,
  applyArrangement: CASE_WRITERS,
  endCaseArrangement: CASE_WRITERS,
  removeCaseArrangement: CASE_WRITERS,
  recordAssessment: CASE_WRITERS,
  bundleCases: CASE_WRITERS,
  unbundleCase: CASE_WRITERS,
  // support and outcomes of the own team's cases
  recordSupport: SUPPORT_WRITERS,
  updateSupport: SUPPORT_WRITERS,
  deleteSupport: SUPPORT_WRITERS,
  recordOutcome: SUPPORT_WRITERS,
  updateOutcome: SUPPORT_WRITERS,
  deleteOutcome: SUPPORT_WRITERS,
  // exports
  exportAccountabilityReport: EXPORTERS,
  createDownloadLink: EXPORTERS,
};

/** Whether the role may use this root field; unlisted fields are for ADMIN only. */
export function mayUse(
  role: Role,
  operation: "query" | "mutation" | "subscription",
  field: string,
): boolean {
  const table = operation === "mutation" ? MUTATION_PERMISSIONS : QUERY_PERMISSIONS;
  const allowed = table[field] ?? PLATFORM;
  return allowed.includes(role);
}
