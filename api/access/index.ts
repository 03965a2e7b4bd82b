/** Authentication, roles and the audit log (see README "Access, roles and limits"). */
export { authenticateRequest, createAuthenticator, type Authenticator } from "./authenticate";
export { audit, type AuditAction } from "../platform/audit";
export { PLATFORM_CALLER, scopeOf, type Caller } from "../platform/caller";
export { Role, ROLES } from "../../schema/roles";
