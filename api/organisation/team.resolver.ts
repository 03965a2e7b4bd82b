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
import { District } from "../../schema/district";
import { Member } from "../../schema/member";
import { Municipality } from "../../schema/municipality";
import { Team } from "../../schema/team";
import { CreateTeamInput, TeamFilter, UpdateTeamInput } from "../../schema/inputs/team.input";
import {
  type RequestContext,
  ConnectionType,
  PageArgs,
  paginate,
  scoped,
  deleteVersioned,
  requireId,
  containsPattern,
  Deleted,
  inTransaction,
} from "../platform";
import * as organisation from "./organisation.service";

@ObjectType()
class TeamConnection extends ConnectionType(Team) {}

@Resolver(() => Team)
export class TeamResolver {
  @Query(() => TeamConnection, { description: "Neighbourhood teams (wijkteams)." })
  async teams(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => TeamFilter, { nullable: true }) filter?: TeamFilter,
  ) {
    const query = ctx.db.getRepository(Team).createQueryBuilder("t");
    if (filter?.municipalityId)
      query.andWhere("t.municipality_id = :m", { m: filter.municipalityId });
    if (filter?.districtId) {
      query.andWhere(
        "EXISTS (SELECT 1 FROM team_district td WHERE td.team_id = t.id AND td.district_id = :d)",
        {
          d: filter.districtId,
        },
      );
    }
    if (filter?.prototype) query.andWhere("t.prototype = :p", { p: filter.prototype });
    if (filter?.teamType) query.andWhere("t.team_type = :tt", { tt: filter.teamType });
    if (filter?.nameContains)
      query.andWhere("t.name ILIKE :name", { name: containsPattern(filter.nameContains) });
    return paginate(scoped(query, ctx.scope, "t.municipality_id"), page, {
      column: "t.name",
      key: (t) => t.name,
    });
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

  @Mutation(() => Deleted, { description: "Deletes a team without members." })
  deleteTeam(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int, { nullable: true }) version?: number,
  ) {
    return inTransaction(ctx, (em) => deleteVersioned(em, Team, "Team", id, version, ctx.scope));
  }
}
