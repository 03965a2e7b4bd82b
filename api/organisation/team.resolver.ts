import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { District } from "../../schema/district";
import { Member } from "../../schema/member";
import { Municipality } from "../../schema/municipality";
import { Team } from "../../schema/team";
import { CreateTeamInput, TeamFilter, UpdateTeamInput } from "../../schema/inputs/team.input";
import {
  type RequestContext,
  ConnectionType,
  PageArgs,
  requireId,
  inTransaction,
  listConnection,
  DeleteMutation,
} from "../platform";
import { teamList } from "./organisation-lists";
import * as organisation from "./organisation.service";

@ObjectType()
class TeamConnection extends ConnectionType(Team) {}

@Resolver(() => Team)
export class TeamResolver extends DeleteMutation({
  entity: Team,
  typeName: "Team",
  description: "Deletes a team without members.",
}) {
  @Query(() => TeamConnection, { description: "Neighbourhood teams (wijkteams)." })
  async teams(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => TeamFilter, { nullable: true }) filter?: TeamFilter,
  ) {
    return listConnection(ctx.db, ctx.scope, teamList, page, filter);
  }

  @Query(() => Team, { nullable: true })
  team(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ctx.loaders.team.load(requireId("id", id));
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() t: Team, @Ctx() ctx: RequestContext) {
    return ctx.loaders.municipality.load(t.municipalityId);
  }

  @FieldResolver(() => [District], { description: "Districts the team serves (werkgebied)." })
  districts(@Root() t: Team, @Ctx() ctx: RequestContext) {
    return ctx.loaders.districtsByTeam.load(t.id);
  }

  @FieldResolver(() => [Member], { description: "Its members (teamleden)." })
  members(@Root() t: Team, @Ctx() ctx: RequestContext) {
    return ctx.loaders.membersByTeam.load(t.id);
  }

  @Mutation(() => Team)
  createTeam(@Ctx() ctx: RequestContext, @Arg("input") input: CreateTeamInput) {
    return inTransaction(ctx, (em) => organisation.createTeam(em, ctx.scope, input));
  }

  @Mutation(() => Team)
  updateTeam(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateTeamInput) {
    return inTransaction(ctx, (em) => organisation.updateTeam(em, ctx.scope, input));
  }
}
