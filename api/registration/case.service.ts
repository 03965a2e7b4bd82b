import type { EntityManager } from "typeorm";
import { Arrangement } from "../../schema/arrangement";
import { Case, CaseArrangement, SelfRelianceAssessment } from "../../schema/case";
import { Team } from "../../schema/team";
import { CaseKind } from "../../schema/registration-enums";
import type {
  ApplyArrangementInput,
  CreateCaseInput,
  RecordAssessmentInput,
  UpdateCaseInput,
} from "../../schema/inputs/case.input";
import {
  BadInputError,
  ConflictError,
  requireOwnTeam,
  type TenantScope,
  changesFrom,
  findVisible,
  insertRow,
  updateVersioned,
} from "../platform";
import { invalidDateReason } from "../../schema/scalars";
import { loadLookups, refuseProblems } from "./lookups";
import { checkCase } from "./registration-rules";
import { findWritableCase } from "./writable-case";
import { isErasedKey } from "./erased-keys";

/** A reference or external ref of an erased case is not used again (it would bring it back). */
async function refuseErasedKeys(
  em: EntityManager,
  municipalityId: string,
  keys: { reference?: string | null; externalRef?: string | null },
) {
  for (const field of ["reference", "externalRef"] as const) {
    const key = keys[field];
    if (key && (await isErasedKey(em, municipalityId, key)))
      throw new BadInputError(field, "belonged to a case that was erased on request; use another");
  }
}

export async function createCase(em: EntityManager, scope: TenantScope, input: CreateCaseInput) {
  const team = await findVisible(em, Team, "Team", input.teamId, scope, "teamId");
  requireOwnTeam(scope, team.id);
  const lookups = await loadLookups(em, team.municipalityId);
  const reference = input.reference.trim();
  refuseProblems(checkCase({ ...input, reference }, lookups));
  await refuseErasedKeys(em, team.municipalityId, { reference, externalRef: input.externalRef });
  return insertRow(em, Case, {
    municipalityId: team.municipalityId,
    teamId: team.id,
    districtId: input.districtId ?? null,
    reference,
    externalRef: input.externalRef ?? null,
    kind: input.kind,
    openedOn: input.openedOn,
    closedOn: input.closedOn ?? null,
    problemDomains: input.problemDomains,
    multipleProblems: input.multipleProblems ?? input.problemDomains.length > 1,
    erasedAt: null,
  });
}

export async function updateCase(em: EntityManager, scope: TenantScope, input: UpdateCaseInput) {
  // FOR UPDATE, not FOR SHARE: two concurrent updates holding share locks would deadlock
  // upgrading them; this way the second waits, then fails the version check with CONFLICT.
  const current = await findWritableCase(em, scope, input.id, "id", "pessimistic_write");
  if (input.teamId) requireOwnTeam(scope, input.teamId);
  const lookups = await loadLookups(em, current.municipalityId);
  const merged = { ...current, ...changesFrom(input, ["districtId", "closedOn"]) } as Case;
  if (typeof merged.reference === "string") merged.reference = merged.reference.trim();
  refuseProblems(checkCase(merged, lookups));
  if (current.kind === CaseKind.COLLECTIVE_ISSUE && merged.kind === CaseKind.HELP_REQUEST) {
    const [bundled] = await em.query(
      "SELECT count(*)::int AS n FROM case_bundle WHERE issue_id = $1",
      [current.id],
    );
    if (bundled.n)
      throw new ConflictError("kind: the collective issue still bundles help requests");
  }
  const changes = changesFrom(input, ["districtId", "closedOn"]);
  if (changes.reference) changes.reference = merged.reference;
  await refuseErasedKeys(em, current.municipalityId, {
    reference: changes.reference as string | undefined,
    externalRef: changes.externalRef as string | null | undefined,
  });
  return updateVersioned(em, Case, "Case", input.id, input.version, changes, scope);
}

function checkPeriod(startedOn: string, endedOn: string | null | undefined) {
  for (const [field, value] of [
    ["startedOn", startedOn],
    ["endedOn", endedOn],
  ] as const) {
    const reason = value ? invalidDateReason(value) : null;
    if (reason) throw new BadInputError(field, reason);
  }
  if (endedOn && endedOn < startedOn)
    throw new BadInputError("endedOn", `must not be before startedOn (${startedOn})`);
}

export async function applyArrangement(
  em: EntityManager,
  scope: TenantScope,
  input: ApplyArrangementInput,
) {
  const theCase = await findWritableCase(em, scope, input.caseId);
  const arrangement = await findVisible(
    em,
    Arrangement,
    "Arrangement",
    input.arrangementId,
    scope,
    "arrangementId",
  );
  if (arrangement.municipalityId !== theCase.municipalityId) {
    throw new BadInputError("arrangementId", "the arrangement belongs to another municipality");
  }
  checkPeriod(input.startedOn, input.endedOn);
  if (input.startedOn < theCase.openedOn) {
    throw new BadInputError(
      "startedOn",
      `must not be before the case was opened (${theCase.openedOn})`,
    );
  }
  return insertRow(em, CaseArrangement, {
    municipalityId: theCase.municipalityId,
    caseId: theCase.id,
    arrangementId: arrangement.id,
    startedOn: input.startedOn,
    endedOn: input.endedOn ?? null,
  } as never) as Promise<CaseArrangement>;
}

export async function endCaseArrangement(
  em: EntityManager,
  scope: TenantScope,
  id: string,
  endedOn: string | null,
) {
  const applied = await findVisible(em, CaseArrangement, "CaseArrangement", id, scope);
  await findWritableCase(em, scope, applied.caseId);
  checkPeriod(applied.startedOn, endedOn);
  await em.update(CaseArrangement, { id: applied.id }, { endedOn });
  return { ...applied, endedOn };
}

export async function recordAssessment(
  em: EntityManager,
  scope: TenantScope,
  input: RecordAssessmentInput,
) {
  const theCase = await findWritableCase(em, scope, input.caseId);
  const reason = invalidDateReason(input.assessedOn);
  if (reason) throw new BadInputError("assessedOn", reason);
  if (input.assessedOn < theCase.openedOn) {
    throw new BadInputError(
      "assessedOn",
      `must not be before the case was opened (${theCase.openedOn})`,
    );
  }
  if (!input.scores.length)
    throw new BadInputError("scores", "must hold at least one domain score");
  const domains = input.scores.map((s) => s.domain);
  const repeated = domains.findIndex((d, i) => domains.indexOf(d) !== i);
  if (repeated >= 0) throw new BadInputError(`scores[${repeated}].domain`, "is scored twice");
  // Recording the same day again replaces that day's scores for these domains.
  await em.query(
    "DELETE FROM self_reliance_assessment WHERE case_id = $1 AND assessed_on = $2 AND domain = ANY($3)",
    [theCase.id, input.assessedOn, domains],
  );
  const rows: SelfRelianceAssessment[] = [];
  for (const s of input.scores) {
    rows.push(
      (await insertRow(em, SelfRelianceAssessment, {
        municipalityId: theCase.municipalityId,
        caseId: theCase.id,
        assessedOn: input.assessedOn,
        domain: s.domain,
        score: s.score,
      } as never)) as SelfRelianceAssessment,
    );
  }
  return rows;
}

/** Links help requests to the collective issue that bundles them ("van casuïstiek naar kwestuistiek"). */
export async function bundleCases(
  em: EntityManager,
  scope: TenantScope,
  issueId: string,
  requestIds: string[],
) {
  const issue = await findWritableCase(em, scope, issueId, "issueId");
  if (issue.kind !== CaseKind.COLLECTIVE_ISSUE)
    throw new BadInputError("issueId", "is not a COLLECTIVE_ISSUE");
  for (const [index, requestId] of requestIds.entries()) {
    const request = await findWritableCase(em, scope, requestId, `requestIds[${index}]`);
    if (request.municipalityId !== issue.municipalityId) {
      throw new BadInputError(`requestIds[${index}]`, "belongs to another municipality");
    }
    if (request.kind !== CaseKind.HELP_REQUEST)
      throw new BadInputError(`requestIds[${index}]`, "is not a HELP_REQUEST");
    await em.query(
      `INSERT INTO case_bundle (issue_id, request_id, municipality_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [issue.id, request.id, issue.municipalityId],
    );
  }
  return issue;
}

export async function unbundleCase(
  em: EntityManager,
  scope: TenantScope,
  issueId: string,
  requestId: string,
) {
  const issue = await findVisible(em, Case, "Case", issueId, scope, "issueId");
  await em.query("DELETE FROM case_bundle WHERE issue_id = $1 AND request_id = $2", [
    issue.id,
    requestId,
  ]);
  return issue;
}

/** Removes an arrangement applied to a case (a visible one). */
export async function removeCaseArrangement(
  em: EntityManager,
  scope: TenantScope,
  id: string,
): Promise<CaseArrangement> {
  const applied = await findVisible(em, CaseArrangement, "CaseArrangement", id, scope);
  await em.delete(CaseArrangement, { id: applied.id });
  return applied;
}
