import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { Case, CaseArrangement, SelfRelianceAssessment } from "../../schema/case";
import { DateScalar } from "../../schema/scalars";
import {
  ApplyArrangementInput,
  CreateCaseInput,
  RecordAssessmentInput,
  UpdateCaseInput,
} from "../../schema/inputs/case.input";
import { type RequestContext, Deleted, inTransaction, DeleteMutation } from "../platform";
import * as cases from "./case.service";

/** The writes of cases: create, change, delete, arrangements applied, assessments, bundles. */
@Resolver()
export class CaseMutationResolver extends DeleteMutation({
  entity: Case,
  typeName: "Case",
  description: "Deletes a case with its activities, outcomes and assessments.",
}) {
  @Mutation(() => Case)
  createCase(@Ctx() ctx: RequestContext, @Arg("input") input: CreateCaseInput) {
    return inTransaction(ctx, (em) => cases.createCase(em, ctx.scope, input));
  }

  @Mutation(() => Case, {
    description: "Changes a case; a stale version is refused with CONFLICT.",
  })
  updateCase(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateCaseInput) {
    return inTransaction(ctx, (em) => cases.updateCase(em, ctx.scope, input));
  }

  @Mutation(() => CaseArrangement)
  applyArrangement(@Ctx() ctx: RequestContext, @Arg("input") input: ApplyArrangementInput) {
    return inTransaction(ctx, (em) => cases.applyArrangement(em, ctx.scope, input));
  }

  @Mutation(() => CaseArrangement, {
    description: "Sets (or clears) the end date of an applied arrangement.",
  })
  endCaseArrangement(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("endedOn", () => DateScalar, { nullable: true }) endedOn?: string,
  ) {
    return inTransaction(ctx, (em) => cases.endCaseArrangement(em, ctx.scope, id, endedOn ?? null));
  }

  @Mutation(() => Deleted)
  removeCaseArrangement(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return inTransaction(ctx, (em) => cases.removeCaseArrangement(em, ctx.scope, id));
  }

  @Mutation(() => [SelfRelianceAssessment], {
    description:
      "Records self-reliance scores on a day; the same day and domain again replaces the score.",
  })
  recordAssessment(@Ctx() ctx: RequestContext, @Arg("input") input: RecordAssessmentInput) {
    return inTransaction(ctx, (em) => cases.recordAssessment(em, ctx.scope, input));
  }

  @Mutation(() => Case, {
    description: "Links help requests to the collective issue that bundles them.",
  })
  bundleCases(
    @Ctx() ctx: RequestContext,
    @Arg("issueId", () => ID) issueId: string,
    @Arg("requestIds", () => [ID]) requestIds: string[],
  ) {
    return inTransaction(ctx, (em) => cases.bundleCases(em, ctx.scope, issueId, requestIds));
  }

  @Mutation(() => Case)
  unbundleCase(
    @Ctx() ctx: RequestContext,
    @Arg("issueId", () => ID) issueId: string,
    @Arg("requestId", () => ID) requestId: string,
  ) {
    return inTransaction(ctx, (em) => cases.unbundleCase(em, ctx.scope, issueId, requestId));
  }
}
