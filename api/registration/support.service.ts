import type { EntityManager } from "typeorm";
import { Member } from "../../schema/member";
import { Outcome } from "../../schema/outcome";
import { CaseKind } from "../../schema/registration-enums";
import { SupportActivity } from "../../schema/support-activity";
import type {
  RecordOutcomeInput,
  RecordSupportInput,
  UpdateOutcomeInput,
  UpdateSupportInput,
} from "../../schema/inputs/support.input";
import {
  BadInputError,
  ConflictError,
  type TenantScope,
  findVisible,
  insertRow,
  updateVersioned,
} from "../platform";
import { loadLookups, refuseProblems } from "./lookups";
import { checkActivity, checkOutcome } from "./registration-rules";
import { findWritableCase } from "./writable-case";

async function activityValues(em: EntityManager, scope: TenantScope, input: RecordSupportInput) {
  const theCase = await findWritableCase(em, scope, input.caseId);
  const lookups = await loadLookups(em, theCase.municipalityId);
  let role = input.role ?? null;
  if (input.memberId && lookups.memberIds.has(input.memberId) && !role) {
    role = (await em.findOneByOrFail(Member, { id: input.memberId })).role;
  }
  refuseProblems(checkActivity({ ...input, role }, lookups));
  if (input.arrangementId) {
    const [applied] = await em.query(
      "SELECT count(*)::int AS n FROM case_arrangement WHERE case_id = $1 AND arrangement_id = $2",
      [theCase.id, input.arrangementId],
    );
    if (!applied.n) throw new BadInputError("arrangementId", "is not applied to this case");
  }
  if (input.activityDate < theCase.openedOn && input.scenario === "INTERVENTION") {
    throw new BadInputError(
      "activityDate",
      `must not be before the case was opened (${theCase.openedOn})`,
    );
  }
  return {
    municipalityId: theCase.municipalityId,
    caseId: theCase.id,
    externalRef: input.externalRef ?? null,
    scenario: input.scenario,
    activityDate: input.activityDate,
    memberId: input.memberId ?? null,
    role,
    hours: input.hours ?? null,
    provisionId: input.provisionId ?? null,
    units: input.units ?? null,
    recurMonths: input.recurMonths ?? null,
    collective: input.collective ?? theCase.kind === CaseKind.COLLECTIVE_ISSUE,
    arrangementId: input.arrangementId ?? null,
    priceItemCode: input.priceItemCode ?? null,
    description: input.description?.trim() ?? "",
  };
}

export async function recordSupport(
  em: EntityManager,
  scope: TenantScope,
  input: RecordSupportInput,
) {
  return insertRow(em, SupportActivity, await activityValues(em, scope, input));
}

export async function updateSupport(
  em: EntityManager,
  scope: TenantScope,
  input: UpdateSupportInput,
) {
  const current = await findVisible(em, SupportActivity, "SupportActivity", input.id, scope);
  if (current.caseId !== input.caseId)
    throw new ConflictError("caseId: an activity cannot move to another case");
  const { id, version, ...rest } = input;
  const values = await activityValues(em, scope, rest as RecordSupportInput);
  return updateVersioned(em, SupportActivity, "SupportActivity", id, version, values, scope);
}

async function outcomeValues(em: EntityManager, scope: TenantScope, input: RecordOutcomeInput) {
  const theCase = await findWritableCase(em, scope, input.caseId);
  const lookups = await loadLookups(em, theCase.municipalityId);
  refuseProblems(checkOutcome(input, lookups));
  return {
    municipalityId: theCase.municipalityId,
    caseId: theCase.id,
    externalRef: input.externalRef ?? null,
    scenario: input.scenario,
    outcomeDate: input.outcomeDate,
    description: input.description.trim(),
    priceItemCode: input.priceItemCode ?? null,
    quantity: input.quantity ?? null,
    recurMonths: input.recurMonths ?? null,
    durationYears: input.durationYears ?? null,
    deadweight: input.deadweight ?? "0",
    displacement: input.displacement ?? "0",
    attribution: input.attribution ?? "0",
    dropOff: input.dropOff ?? "0",
    leakage: input.leakage ?? "0",
    evidence: input.evidence?.trim() ?? "",
    beneficiaryId: input.beneficiaryId ?? null,
  };
}

export async function recordOutcome(
  em: EntityManager,
  scope: TenantScope,
  input: RecordOutcomeInput,
) {
  return insertRow(em, Outcome, await outcomeValues(em, scope, input));
}

export async function updateOutcome(
  em: EntityManager,
  scope: TenantScope,
  input: UpdateOutcomeInput,
) {
  const current = await findVisible(em, Outcome, "Outcome", input.id, scope);
  if (current.caseId !== input.caseId)
    throw new ConflictError("caseId: an outcome cannot move to another case");
  const { id, version, ...rest } = input;
  return updateVersioned(
    em,
    Outcome,
    "Outcome",
    id,
    version,
    await outcomeValues(em, scope, rest as RecordOutcomeInput),
    scope,
  );
}
