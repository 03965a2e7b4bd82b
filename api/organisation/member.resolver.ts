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
  requireId,
  Deleted,
  inTransaction,
  listConnection,
} from "../platform";
import { memberList } from "./organisation-lists";
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
    return listConnection(ctx.db, ctx.scope, memberList, page, filter);
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
