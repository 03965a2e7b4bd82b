import { randomBytes } from "node:crypto";
import type { EntityManager } from "typeorm";
import { Case } from "../../schema/case";
import {
  audit,
  type Caller,
  BadInputError,
  type TenantScope,
  freeTextProblem,
  findVisible,
} from "../platform";
import { purgeMunicipalityExports } from "../accountability";
import { rememberErasedKeys, findWritableCase } from "../registration";

/**
 * Erases a case on request (AVG art. 17): the reference becomes a neutral `GEWIST-<8 hex>`, the
 * external references and all free text (descriptions, evidence) are cleared, the
 * self-reliance scores (personal assessments) and the links bundling it as a help request are
 * deleted, in both directions. Hours, dates, arrangements, price codes and amounts stay, so team
 * totals and effects remain explainable; `erasedAt` marks the case (it takes no new data, see
 * writable-case.ts), hashes of its old keys keep an import from bringing it back, and the audit
 * log keeps why. Finished exports of the municipality hold the old reference: they are purged.
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
  const theCase = await findWritableCase(em, scope, id, "id", "pessimistic_write");
  await rememberErasedKeys(em, theCase.municipalityId, theCase.id, [
    theCase.reference,
    theCase.externalRef,
  ]);
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
    `WITH gone AS (DELETE FROM case_bundle WHERE request_id = $1 OR issue_id = $1 RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
    [theCase.id],
  );
  const importProblemsScrubbed = await scrubImportProblems(em, theCase);
  const exportsPurged = await purgeMunicipalityExports(em, theCase.municipalityId);
  // The audit row names the case by id only: the old reference is exactly what goes.
  await audit({ em, caller }, "ERASE", {
    caseId: theCase.id,
    municipalityId: theCase.municipalityId,
    reason: trimmed,
    activitiesCleared: activities.n,
    outcomesCleared: outcomes.n,
    assessmentsDeleted: assessments.n,
    bundleLinksDeleted: bundles.n,
    importProblemsScrubbed,
    exportsPurged,
  });
  return findVisible(em, Case, "Case", theCase.id, scope);
}

/**
 * Import reports quote the rows they refused, references included: a problem that names the
 * erased case's reference or external ref loses its value and has the key blanked out of its
 * reason. Returns how many import jobs were touched.
 */
async function scrubImportProblems(em: EntityManager, theCase: Case): Promise<number> {
  const keys = [theCase.reference, theCase.externalRef].filter((k): k is string => !!k);
  type Problem = { value?: string | null; reason?: string };
  const jobs: { id: string; problems: Problem[] }[] = await em.query(
    `SELECT id, problems FROM import_job
      WHERE municipality_id = $1
        AND EXISTS (SELECT 1 FROM unnest($2::text[]) k WHERE strpos(problems::text, k) > 0)
      FOR UPDATE`,
    [theCase.municipalityId, keys],
  );
  const names = (text: string | null | undefined) => !!text && keys.some((k) => text.includes(k));
  const blank = (text: string) => keys.reduce((t, k) => t.split(k).join("(gewist)"), text);
  for (const job of jobs) {
    const problems = job.problems.map((p) =>
      names(p.value) || names(p.reason) ? { ...p, value: null, reason: blank(p.reason ?? "") } : p,
    );
    await em.query("UPDATE import_job SET problems = $2 WHERE id = $1", [
      job.id,
      JSON.stringify(problems),
    ]);
  }
  return jobs.length;
}
