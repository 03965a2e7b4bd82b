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
import { Member } from "../../schema/member";
import { Team } from "../../schema/team";
import {
  CreateMemberInput,
  MemberFilter,
  UpdateMemberInput,
} from "../../schema/inputs/member.input";
import {
  type RequestContext,
  ConnectionType,
  PageArgs,
  paginate,
  scoped,
  requireId,
  Deleted,
  inTransaction,
} from "../platform";
import * as organisation from "./organisation.service";

@ObjectType()
class MemberConnection extends ConnectionType(Member) {}

@Resolver(() => Member)
export class MemberResolver {
  @Query(() => MemberConnection, { description: "Team members (teamleden)." })
  async members(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => MemberFilter, { nullable: true }) filter?: MemberFilter,
  ) {
    const query = ctx.db.getRepository(Member).createQueryBuilder("mb");
    if (filter?.municipalityId)
      query.andWhere("mb.municipality_id = :m", { m: filter.municipalityId });
    if (filter?.teamId) query.andWhere("mb.team_id = :t", { t: filter.teamId });
    if (filter?.role) query.andWhere("mb.role = :role", { role: filter.role });
    if (filter?.specialism) {
      query.andWhere(
        "EXISTS (SELECT 1 FROM unnest(mb.specialisms) s WHERE lower(s) = lower(:sp))",
        {
          sp: filter.specialism,
        },
      );
    }
    if (filter?.activeOn) {
      query.andWhere(
        "mb.active_from <= :on AND (mb.active_until IS NULL OR mb.active_until >= :on)",
        {
          on: filter.activeOn,
        },
      );
    }
    return paginate(scoped(query, ctx.scope, "mb.municipality_id"), page, {
      column: "mb.name",
      key: (m) => m.name,
    });
  }

  @Query(() => Member, { nullable: true })
  member(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ctx.loaders.member.load(requireId("id", id));
  }

  @FieldResolver(() => Team)
  team(@Root() m: Member, @Ctx() ctx: RequestContext) {
    return ctx.loaders.team.load(m.teamId);
  }

  @Mutation(() => Member)
  createMember(@Ctx() ctx: RequestContext, @Arg("input") input: CreateMemberInput) {
    return inTransaction(ctx, (em) => organisation.createMember(em, ctx.scope, input));
  }

  @Mutation(() => Member)
  updateMember(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateMemberInput) {
    return inTransaction(ctx, (em) => organisation.updateMember(em, ctx.scope, input));
  }

  @Mutation(() => Deleted)
  deleteMember(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int, { nullable: true }) version?: number,
  ) {
    return inTransaction(ctx, (em) => organisation.deleteMember(em, ctx.scope, id, version));
  }
}
