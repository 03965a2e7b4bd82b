import { randomBytes } from "node:crypto";
import type { EntityManager } from "typeorm";
import { Case } from "../../schema/case";
import { audit } from "../auth/audit";
import type { Caller } from "../auth/caller";
import { BadInputError } from "../errors";
import type { TenantScope } from "../scope";
import { freeTextProblem } from "./privacy-rules";
import { findVisible } from "./stored-objects";

/**
 * Erases a case on request (AVG art. 17): the reference becomes a neutral `GEWIST-<8 hex>`, the
 * external references and all free text (descriptions, evidence) are cleared, the
 * self-reliance scores (personal assessments) and the links bundling it as a help request are
 * deleted. Hours, dates, arrangements, price codes and amounts stay, so team totals and
 * effects remain explainable; `erasedAt` marks the case, and the audit log keeps why.
 */
export async function eraseCase(
  em: EntityManager,
  scope: TenantScope,
  caller: Caller,
  id: string,
  reason: string,
): Promise<Case> {
  const trimmed = reason.trim();
  if (trimmed.length < 3 || trimmed.length > 500)
    throw new BadInputError("reason", "must be 3 to 500 characters");
  const privacy = freeTextProblem(trimmed);
  if (privacy) throw new BadInputError("reason", privacy);
  const theCase = await findVisible(em, Case, "Case", id, scope);
  const reference = `GEWIST-${randomBytes(4).toString("hex")}`;
  await em.query(
    `UPDATE case_record SET reference = $2, external_ref = NULL, erased_at = now(),
            version = version + 1, updated_at = now() WHERE id = $1`,
    [theCase.id, reference],
  );
  const [activities] = await em.query(
    `WITH changed AS (UPDATE support_activity SET description = '', external_ref = NULL
       WHERE case_id = $1 RETURNING 1) SELECT count(*)::int AS n FROM changed`,
    [theCase.id],
  );
  const [outcomes] = await em.query(
    `WITH changed AS (UPDATE outcome SET description = 'gewist', evidence = '', external_ref = NULL
       WHERE case_id = $1 RETURNING 1) SELECT count(*)::int AS n FROM changed`,
    [theCase.id],
  );
  const [assessments] = await em.query(
    `WITH gone AS (DELETE FROM self_reliance_assessment WHERE case_id = $1 RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
    [theCase.id],
  );
  const [bundles] = await em.query(
    `WITH gone AS (DELETE FROM case_bundle WHERE request_id = $1 RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
    [theCase.id],
  );
  // The audit row names the case by id only: the old reference is exactly what goes.
  await audit({ em, caller }, "ERASE", {
    caseId: theCase.id,
    municipalityId: theCase.municipalityId,
    reason: trimmed,
    activitiesCleared: activities.n,
    outcomesCleared: outcomes.n,
    assessmentsDeleted: assessments.n,
    bundleLinksDeleted: bundles.n,
  });
  return findVisible(em, Case, "Case", theCase.id, scope);
}
