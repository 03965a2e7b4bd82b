import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from "type-graphql";
import {} from "decimal.js";
import { Arrangement } from "../../schema/arrangement";
import { Case, CaseArrangement, SelfRelianceAssessment } from "../../schema/case";
import { District } from "../../schema/district";
import { Municipality } from "../../schema/municipality";
import { Outcome } from "../../schema/outcome";
import { DomainChange, DomainChangeSummary, HoursSplit } from "../../schema/registration-results";
import { Scenario } from "../../schema/registration-enums";
import { SupportActivity } from "../../schema/support-activity";
import { Team } from "../../schema/team";
import { DateScalar } from "../../schema/scalars";
import { CaseFilter } from "../../schema/inputs/case.input";
import {
  type RequestContext,
  NotFoundError,
  ConnectionType,
  PageArgs,
  refuseReferenceNarrowing,
  requireId,
} from "../platform";
import { assessmentsOfCases, listCases } from "./case-queries";
import { domainChanges, summariseChanges } from "./self-reliance";
import { interventionHours } from "./case-hours";

@ObjectType()
class CaseConnection extends ConnectionType(Case) {}

async function quadrantsFor(ctx: RequestContext, filter?: CaseFilter) {
  if (!filter?.modelId) return [];
  const model = await ctx.loaders.quadrantModel.load(requireId("filter.modelId", filter.modelId));
  if (!model) throw new NotFoundError("QuadrantModel", filter.modelId, "filter.modelId");
  return ctx.loaders.quadrantsByModel.load(model.id);
}

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => CaseConnection, {
    description:
      "Cases (casussen) by team, district, arrangement, quadrant, domain, kind and period.",
  })
  async cases(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => CaseFilter, { nullable: true }) filter?: CaseFilter,
  ) {
    return listCases(ctx.db, ctx.scope, filter, await quadrantsFor(ctx, filter), page);
  }

  @Query(() => Case, { nullable: true })
  case(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ctx.loaders.case.load(requireId("id", id));
  }

  @Query(() => [DomainChangeSummary], {
    name: "selfRelianceChange",
    description:
      "Self-reliance change per domain between first and last assessment, over the filtered cases.",
  })
  async selfRelianceSummary(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => CaseFilter, { nullable: true }) filter?: CaseFilter,
  ) {
    refuseReferenceNarrowing(ctx.scope, filter);
    const rows = await assessmentsOfCases(
      ctx.db,
      ctx.scope,
      filter,
      await quadrantsFor(ctx, filter),
    );
    const perCase = new Map<string, SelfRelianceAssessment[]>();
    for (const row of rows) perCase.set(row.caseId, [...(perCase.get(row.caseId) ?? []), row]);
    return summariseChanges([...perCase.values()].map(domainChanges));
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return ctx.loaders.municipality.load(c.municipalityId);
  }

  @FieldResolver(() => Team)
  team(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return ctx.loaders.team.load(c.teamId);
  }

  @FieldResolver(() => District, { nullable: true })
  district(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return c.districtId ? ctx.loaders.district.load(c.districtId) : null;
  }

  @FieldResolver(() => [CaseArrangement], {
    description: "Arrangements applied, with their dates.",
  })
  arrangements(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return ctx.loaders.arrangementsByCase.load(c.id);
  }

  @FieldResolver(() => [SelfRelianceAssessment], { description: "Self-reliance scores, by date." })
  assessments(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return ctx.loaders.assessmentsByCase.load(c.id);
  }

  @FieldResolver(() => [DomainChange], {
    description: "Per domain: first and last score and the change.",
  })
  async selfRelianceChange(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return domainChanges(await ctx.loaders.assessmentsByCase.load(c.id));
  }

  @FieldResolver(() => [Case], {
    description: "For a collective issue: the help requests it bundles.",
  })
  async bundledRequests(@Root() c: Case, @Ctx() ctx: RequestContext) {
    const ids = await ctx.loaders.requestsByIssue.load(c.id);
    return (await ctx.loaders.case.loadMany(ids)).filter((x): x is Case => x instanceof Case);
  }

  @FieldResolver(() => [Case], {
    description: "For a help request: the collective issues bundling it.",
  })
  async bundledIn(@Root() c: Case, @Ctx() ctx: RequestContext) {
    const ids = await ctx.loaders.issuesByRequest.load(c.id);
    return (await ctx.loaders.case.loadMany(ids)).filter((x): x is Case => x instanceof Case);
  }

  @FieldResolver(() => [SupportActivity])
  async activities(
    @Root() c: Case,
    @Ctx() ctx: RequestContext,
    @Arg("scenario", () => Scenario, { nullable: true }) scenario?: Scenario,
  ) {
    const all = await ctx.loaders.activitiesByCase.load(c.id);
    return scenario ? all.filter((a) => a.scenario === scenario) : all;
  }

  @FieldResolver(() => [Outcome])
  async outcomes(
    @Root() c: Case,
    @Ctx() ctx: RequestContext,
    @Arg("scenario", () => Scenario, { nullable: true }) scenario?: Scenario,
  ) {
    const all = await ctx.loaders.outcomesByCase.load(c.id);
    return scenario ? all.filter((o) => o.scenario === scenario) : all;
  }

  @FieldResolver(() => HoursSplit, {
    description:
      "INTERVENTION hours, individual and collective apart (recurring activities counted per month).",
  })
  async hours(
    @Root() c: Case,
    @Ctx() ctx: RequestContext,
    @Arg("from", () => DateScalar, { nullable: true }) from?: string,
    @Arg("to", () => DateScalar, { nullable: true }) to?: string,
  ): Promise<HoursSplit> {
    return interventionHours(await ctx.loaders.activitiesByCase.load(c.id), from, to);
  }
}

@Resolver(() => CaseArrangement)
export class CaseArrangementResolver {
  @FieldResolver(() => Arrangement)
  arrangement(@Root() a: CaseArrangement, @Ctx() ctx: RequestContext) {
    return ctx.loaders.arrangement.load(a.arrangementId);
  }
}
