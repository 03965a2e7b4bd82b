import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Decimal } from "decimal.js";
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
import {
  ApplyArrangementInput,
  CaseFilter,
  CreateCaseInput,
  RecordAssessmentInput,
  UpdateCaseInput,
} from "../../schema/inputs/case.input";
import {
  type RequestContext,
  NotFoundError,
  ConnectionType,
  PageArgs,
  paginate,
  refuseReferenceNarrowing,
  scoped,
  scopedCaseTeams,
  monthsWithin,
  deleteVersioned,
  findVisible,
  requireId,
  Deleted,
  inTransaction,
} from "../platform";
import * as cases from "./case.service";
import { filterCases } from "./case-queries";
import { domainChanges, summariseChanges } from "./self-reliance";

@ObjectType()
class CaseConnection extends ConnectionType(Case) {}

async function quadrantsFor(ctx: RequestContext, filter?: CaseFilter) {
  if (!filter?.modelId) return [];
  const model = await ctx.loaders.quadrantModel.load(requireId("filter.modelId", filter.modelId));
  if (!model) throw new NotFoundError("QuadrantModel", filter.modelId, "filter.modelId");
  return ctx.loaders.quadrantsByModel.load(model.id);
}

/** Cases the caller may see; `aggregate` drops the own-teams limit (aggregates are municipality-wide). */
function caseQuery(ctx: RequestContext, aggregate = false) {
  const query = ctx.db.getRepository(Case).createQueryBuilder("c");
  if (!aggregate) scopedCaseTeams(query, ctx.scope, "case_record", "c");
  return scoped(query, ctx.scope, "c.municipality_id");
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
    const query = filterCases(caseQuery(ctx), filter, await quadrantsFor(ctx, filter));
    return paginate(query, page, { column: "c.reference", key: (c) => c.reference });
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
    const [sql, params] = filterCases(caseQuery(ctx, true), filter, await quadrantsFor(ctx, filter))
      .select("c.id", "id")
      .getQueryAndParameters();
    const rows: SelfRelianceAssessment[] = await ctx.db.query(
      `SELECT a.case_id AS "caseId", a.domain, a.score, a.assessed_on AS "assessedOn"
         FROM self_reliance_assessment a WHERE a.case_id IN (SELECT f.id FROM (${sql}) f)`,
      params,
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
    let individual = new Decimal(0);
    let collective = new Decimal(0);
    for (const a of await ctx.loaders.activitiesByCase.load(c.id)) {
      if (a.scenario !== Scenario.INTERVENTION || !a.hours) continue;
      const months = monthsWithin(a.activityDate, a.recurMonths ?? 1, from, to);
      const total = new Decimal(a.hours).times(months);
      if (a.collective) collective = collective.plus(total);
      else individual = individual.plus(total);
    }
    return { individual: individual.toString(), collective: collective.toString() };
  }

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

  @Mutation(() => Deleted, {
    description: "Deletes a case with its activities, outcomes and assessments.",
  })
  deleteCase(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int, { nullable: true }) version?: number,
  ) {
    return inTransaction(ctx, (em) => deleteVersioned(em, Case, "Case", id, version, ctx.scope));
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
    return inTransaction(ctx, async (em) => {
      const applied = await findVisible(em, CaseArrangement, "CaseArrangement", id, ctx.scope);
      await em.delete(CaseArrangement, { id: applied.id });
      return applied;
    });
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

@Resolver(() => CaseArrangement)
export class CaseArrangementResolver {
  @FieldResolver(() => Arrangement)
  arrangement(@Root() a: CaseArrangement, @Ctx() ctx: RequestContext) {
    return ctx.loaders.arrangement.load(a.arrangementId);
  }
}
