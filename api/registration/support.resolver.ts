import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Arrangement } from "../../schema/arrangement";
import { Case } from "../../schema/case";
import { Member } from "../../schema/member";
import { Outcome } from "../../schema/outcome";
import { Provision } from "../../schema/provision";
import { TeamMonth, ArrangementUse } from "../../schema/registration-results";
import { DateScalar } from "../../schema/scalars";
import { Stakeholder } from "../../schema/stakeholder";
import { SupportActivity } from "../../schema/support-activity";
import {
  RecordOutcomeInput,
  RecordSupportInput,
  UpdateOutcomeInput,
  UpdateSupportInput,
} from "../../schema/inputs/support.input";
import {
  type RequestContext,
  BadInputError,
  NotFoundError,
  requireId,
  inTransaction,
  DeleteMutation,
} from "../platform";
import * as support from "./support.service";
import { discloseTeamMonths, teamMonths } from "./team-months";

@Resolver(() => SupportActivity)
export class SupportActivityResolver extends DeleteMutation({
  entity: SupportActivity,
  typeName: "SupportActivity",
  name: "deleteSupport",
}) {
  @FieldResolver(() => Case)
  case(@Root() a: SupportActivity, @Ctx() ctx: RequestContext) {
    return ctx.loaders.case.load(a.caseId);
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Root() a: SupportActivity, @Ctx() ctx: RequestContext) {
    return a.memberId ? ctx.loaders.member.load(a.memberId) : null;
  }

  @FieldResolver(() => Provision, { nullable: true })
  provision(@Root() a: SupportActivity, @Ctx() ctx: RequestContext) {
    return a.provisionId ? ctx.loaders.provision.load(a.provisionId) : null;
  }

  @FieldResolver(() => Arrangement, { nullable: true })
  arrangement(@Root() a: SupportActivity, @Ctx() ctx: RequestContext) {
    return a.arrangementId ? ctx.loaders.arrangement.load(a.arrangementId) : null;
  }

  @Mutation(() => SupportActivity, {
    description:
      "Registers support (inzet): hours of a member or role, or a provision with units, in a scenario.",
  })
  recordSupport(@Ctx() ctx: RequestContext, @Arg("input") input: RecordSupportInput) {
    return inTransaction(ctx, (em) => support.recordSupport(em, ctx.scope, input));
  }

  @Mutation(() => SupportActivity)
  updateSupport(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateSupportInput) {
    return inTransaction(ctx, (em) => support.updateSupport(em, ctx.scope, input));
  }

  @Query(() => [TeamMonth], {
    description:
      "Per month for a team: open, new and closed cases, individual and collective hours, arrangements used. For a team lead or professional of another team, a month with fewer than KWADRANT_MIN_GROUP_SIZE open cases is left out, and so is an arrangement used by so few (disclosure control).",
  })
  async teamMonths(
    @Ctx() ctx: RequestContext,
    @Arg("teamId", () => ID) teamId: string,
    @Arg("from", () => DateScalar) from: string,
    @Arg("to", () => DateScalar) to: string,
  ) {
    const team = await ctx.loaders.team.load(requireId("teamId", teamId));
    if (!team) throw new NotFoundError("Team", teamId, "teamId");
    if (to < from) throw new BadInputError("to", `must not be before from (${from})`);
    if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 10)
      throw new BadInputError("to", "at most ten years");
    return discloseTeamMonths(ctx.disclosure, team.id, await teamMonths(ctx.db, team.id, from, to));
  }
}

@Resolver(() => ArrangementUse)
export class ArrangementUseResolver {
  @FieldResolver(() => Arrangement)
  arrangement(@Root() u: ArrangementUse, @Ctx() ctx: RequestContext) {
    return ctx.loaders.arrangement.load(u.arrangementId);
  }
}

@Resolver(() => Outcome)
export class OutcomeResolver extends DeleteMutation({ entity: Outcome, typeName: "Outcome" }) {
  @FieldResolver(() => Case)
  case(@Root() o: Outcome, @Ctx() ctx: RequestContext) {
    return ctx.loaders.case.load(o.caseId);
  }

  @FieldResolver(() => Stakeholder, { nullable: true })
  beneficiary(@Root() o: Outcome, @Ctx() ctx: RequestContext) {
    return o.beneficiaryId ? ctx.loaders.stakeholder.load(o.beneficiaryId) : null;
  }

  @Mutation(() => Outcome, {
    description: "Registers a life event or outcome of a case, in a scenario.",
  })
  recordOutcome(@Ctx() ctx: RequestContext, @Arg("input") input: RecordOutcomeInput) {
    return inTransaction(ctx, (em) => support.recordOutcome(em, ctx.scope, input));
  }

  @Mutation(() => Outcome)
  updateOutcome(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateOutcomeInput) {
    return inTransaction(ctx, (em) => support.updateOutcome(em, ctx.scope, input));
  }
}
