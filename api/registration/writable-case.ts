import type { EntityManager } from "typeorm";
import { Case } from "../../schema/case";
import {
  ConflictError,
  NotFoundError,
  type TenantScope,
  requireId,
  visibleQuery,
} from "../platform";

/**
 * Loads a case that is about to receive data (support, outcomes, arrangements, assessments,
 * bundle links, changes), refusing one that is out of scope (NOT_FOUND) or erased on request
 * (CONFLICT: an erased case takes no new personal data). The row stays locked until the
 * transaction ends (shared by writers, exclusive for the erasure), so an erasure running at the
 * same time waits for this write or this write sees the erasure.
 */
export async function findWritableCase(
  em: EntityManager,
  scope: TenantScope,
  id: string,
  field = "caseId",
  lock: "pessimistic_read" | "pessimistic_write" = "pessimistic_read",
): Promise<Case> {
  requireId(field, id);
  const found = await visibleQuery(em, Case, id, scope).setLock(lock).getOne();
  if (!found) throw new NotFoundError("Case", id, field);
  if (found.erasedAt) {
    throw new ConflictError(
      `${field}: case ${found.id} was erased on request and takes no new data`,
      {
        field,
      },
    );
  }
  return found;
}
