import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Municipality } from "../../schema/municipality";
import { Stakeholder } from "../../schema/stakeholder";
import {
  CreateStakeholderInput,
  StakeholderFilter,
  UpdateStakeholderInput,
} from "../../schema/inputs/stakeholder.input";
import {
  type RequestContext,
  ConnectionType,
  PageArgs,
  inTransaction,
  listConnection,
  DeleteMutation,
} from "../platform";
import { stakeholderList } from "./organisation-lists";
import * as organisation from "./organisation.service";

@ObjectType()
class StakeholderConnection extends ConnectionType(Stakeholder) {}

@Resolver(() => Stakeholder)
export class StakeholderResolver extends DeleteMutation({
  entity: Stakeholder,
  typeName: "Stakeholder",
}) {
  @Query(() => StakeholderConnection, {
    description: "Stakeholders (belanghebbenden): who pays, who gains.",
  })
  async stakeholders(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => StakeholderFilter, { nullable: true }) filter?: StakeholderFilter,
  ) {
    return listConnection(ctx.db, ctx.scope, stakeholderList, page, filter);
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() s: Stakeholder, @Ctx() ctx: RequestContext) {
    return ctx.loaders.municipality.load(s.municipalityId);
  }

  @Mutation(() => Stakeholder)
  createStakeholder(@Ctx() ctx: RequestContext, @Arg("input") input: CreateStakeholderInput) {
    return inTransaction(ctx, (em) => organisation.createStakeholder(em, ctx.scope, input));
  }

  @Mutation(() => Stakeholder)
  updateStakeholder(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateStakeholderInput) {
    return inTransaction(ctx, (em) => organisation.updateStakeholder(em, ctx.scope, input));
  }
}
