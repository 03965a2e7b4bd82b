/**
 * The platform: what every domain stands on and none of them owns — configuration, the
 * database, errors, the caller and its tenant scope, the request context and the loader
 * registry, pagination, transactions, the audit writer, privacy rules for free text, file
 * reading and the polling loop of the workers. It imports no domain.
 */
export { eachArgumentString } from "./argument-strings";
export { audit, type AuditAction, recordLogin } from "./audit";
export { type Caller, cliCaller, PLATFORM_CALLER, scopeOf } from "./caller";
export { changesFrom } from "./changes";
export {
  type Config,
  type OidcConfig,
  readConfig,
  readDatabaseReadUrl,
  readOidcConfig,
} from "./config";
export { hasSingleConnection, openConfiguredDatabase } from "./database";
export { caughtUpReads, hasReadReplica, replicaCaughtUp, replicaHealth } from "./read-replica";
export { makeErrorFormatter } from "./error-format";
export {
  DomainError,
  BadInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from "./errors";
export { failureText } from "./failure";
export { type FileSource, jobContentSource, pathSource } from "./file-source";
export { groupRows, loaderBuilders } from "./loader-builders";
export { composeLoaders, type CreateLoaders } from "./loader-registry";
export { ConnectionType, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageArgs, paginate } from "./pagination";
export {
  DEFAULT_MIN_GROUP_SIZE,
  DisclosureError,
  disclosureRuleOf,
  type DisclosureRule,
} from "./disclosure";
export { isQuarterEnd, isQuarterStart, monthsWithin, shiftQuarter } from "./periods";
export { startPollingWorker } from "./polling-worker";
export {
  caseReferenceProblem,
  containsBsnLike,
  containsEmail,
  freeTextProblem,
  isIdentifyingHeader,
  passesElevenTest,
} from "./privacy-rules";
export { createRequestContext, type RequestContext } from "./request-context";
export { selectsField } from "./selection";
export { containsPattern, shiftedParams } from "./sql-text";
export {
  deleteVersioned,
  findVisible,
  insertRow,
  requireId,
  returnedRows,
  updateVersioned,
  UUID,
  visibleQuery,
} from "./stored-objects";
export { writeStreamedFile } from "./stream-file";
export { normaliseDecimal, normaliseHeader, readTabularFile } from "./tabular-file";
export {
  canSee,
  mayUseTeam,
  PLATFORM_SCOPE,
  refuseReferenceNarrowing,
  requireOwnTeam,
  scoped,
  scopedCaseTeams,
  scopedModels,
  type TenantScope,
} from "./tenant-scope";
export { Deleted, inTransaction } from "./transaction";
export { listConnection, type ListSpec } from "./connection";
export { DeleteMutation } from "./delete-mutation";
export { asGraphQLError } from "./error-format";
export { loadJose } from "./jose";
