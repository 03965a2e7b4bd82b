import { AuditEvent } from "../../schema/security";
import type { AuditEventFilter } from "../../schema/inputs/security.input";
import type { ListSpec } from "../platform";

/**
 * How the audit log lists (ADMIN only, so the tenant column narrows nothing): oldest first,
 * filtered by action, actor, municipality and a half-open period [from, to).
 */
export const auditEventList: ListSpec<AuditEvent, AuditEventFilter> = {
  entity: AuditEvent,
  alias: "e",
  tenantColumn: "e.municipality_id",
  sort: { column: "e.at", key: (e) => e.at.toISOString() },
  filters: {
    action: "e.action = :value",
    actor: "e.actor = :value",
    municipalityId: "e.municipality_id = :value",
    from: "e.at >= :value",
    to: "e.at < :value",
  },
};
