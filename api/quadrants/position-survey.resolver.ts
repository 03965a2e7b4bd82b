import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { IsOptional, IsUUID } from "class-validator";
import { PositionResponse, PositionSurvey } from "../../schema/position-survey";
import { PositionGrouping } from "../../schema/quadrant-enums";
import { QuadrantModel } from "../../schema/quadrant-model";
import { ImportReport, PositionSummary } from "../../schema/quadrant-results";
import { Team } from "../../schema/team";
import {
  CreatePositionSurveyInput,
  ImportFileInput,
  PositionResponseInput,
} from "../../schema/inputs/position-survey.input";
import { ID_MESSAGE } from "../../schema/inputs/validation";
import {
  type RequestContext,
  ConnectionType,
  PageArgs,
  requireId,
  inTransaction,
  listConnection,
  DeleteMutation,
} from "../platform";
import { importPositionResponses } from "./position-response-import";
import * as surveys from "./position-survey.service";
import { summariseSurvey } from "./position-summary";

import { positionSurveyList } from "./quadrant-lists";
@ObjectType()
class PositionSurveyConnection extends ConnectionType(PositionSurvey) {}

@InputType()
class PositionSurveyFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  municipalityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  modelId?: string;
}

@Resolver(() => PositionSurvey)
export class PositionSurveyResolver extends DeleteMutation({
  entity: PositionSurvey,
  typeName: "PositionSurvey",
  description: "Deletes a survey with its responses.",
}) {
  @Query(() => PositionSurveyConnection, {
    description: "Positioning surveys (positiebepalingen).",
  })
  positionSurveys(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => PositionSurveyFilter, { nullable: true }) filter?: PositionSurveyFilter,
  ) {
    return listConnection(ctx.db, ctx.scope, positionSurveyList, page, filter);
  }

  @Query(() => PositionSurvey, { nullable: true })
  positionSurvey(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ctx.loaders.survey.load(requireId("id", id));
  }

  @FieldResolver(() => QuadrantModel)
  model(@Root() s: PositionSurvey, @Ctx() ctx: RequestContext) {
    return ctx.loaders.quadrantModel.load(s.modelId);
  }

  @FieldResolver(() => [Team], { description: "Teams taking part." })
  teams(@Root() s: PositionSurvey, @Ctx() ctx: RequestContext) {
    return ctx.loaders.teamsBySurvey.load(s.id);
  }

  @FieldResolver(() => [PositionResponse], { description: "Every button placed, by respondent." })
  responses(@Root() s: PositionSurvey, @Ctx() ctx: RequestContext) {
    return ctx.loaders.responsesBySurvey.load(s.id);
  }

  @FieldResolver(() => Int, { description: "Number of distinct respondents." })
  async respondentCount(@Root() s: PositionSurvey, @Ctx() ctx: RequestContext) {
    return new Set((await ctx.loaders.responsesBySurvey.load(s.id)).map((r) => r.respondent)).size;
  }

  @FieldResolver(() => [PositionSummary], {
    description:
      "Mean position, spread, mode, class, count per class and shift, per group, subject and horizon.",
  })
  async summary(
    @Root() s: PositionSurvey,
    @Ctx() ctx: RequestContext,
    @Arg("groupBy", () => PositionGrouping, { defaultValue: PositionGrouping.NONE })
    groupBy: PositionGrouping,
  ) {
    const [responses, quadrants] = await Promise.all([
      ctx.loaders.responsesBySurvey.load(s.id),
      ctx.loaders.quadrantsByModel.load(s.modelId),
    ]);
    const teamIds = [
      ...new Set(responses.map((r) => r.teamId).filter((id): id is string => id !== null)),
    ];
    const teams = await ctx.loaders.team.loadMany(teamIds);
    const names = new Map<string, string>();
    teams.forEach((team) => team && !(team instanceof Error) && names.set(team.id, team.name));
    return summariseSurvey(responses, names, quadrants, groupBy);
  }

  @Mutation(() => PositionSurvey)
  createPositionSurvey(@Ctx() ctx: RequestContext, @Arg("input") input: CreatePositionSurveyInput) {
    return inTransaction(ctx, (em) => surveys.createPositionSurvey(em, ctx.scope, input));
  }

  @Mutation(() => PositionSurvey, {
    description:
      "Adds responses: all rows or none; a row off the model's scale is refused with its index named.",
  })
  addPositionResponses(
    @Ctx() ctx: RequestContext,
    @Arg("surveyId", () => ID) surveyId: string,
    @Arg("responses", () => [PositionResponseInput]) responses: PositionResponseInput[],
  ) {
    return inTransaction(ctx, (em) =>
      surveys.addPositionResponses(em, ctx.scope, surveyId, responses),
    );
  }

  @Mutation(() => ImportReport, {
    description:
      "Imports responses from a CSV (comma, semicolon or tab) or XLSX file with the columns respondent, team, specialisms, subject, horizon, x, y (Dutch headers and values such as eigen/team, nu/gewenst and decimal commas are understood). All rows or none; every problem is reported with row and column.",
  })
  importPositionResponses(
    @Ctx() ctx: RequestContext,
    @Arg("surveyId", () => ID) surveyId: string,
    @Arg("file", () => ImportFileInput) file: ImportFileInput,
  ) {
    return inTransaction(ctx, (em) => importPositionResponses(em, ctx.scope, surveyId, file));
  }
}

@Resolver(() => PositionResponse)
export class PositionResponseResolver {
  @FieldResolver(() => Team, { nullable: true })
  team(@Root() r: PositionResponse, @Ctx() ctx: RequestContext) {
    return r.teamId ? ctx.loaders.team.load(r.teamId) : null;
  }
}
