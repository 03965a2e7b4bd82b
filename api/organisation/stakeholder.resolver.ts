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
  paginate,
  scoped,
  deleteVersioned,
  Deleted,
  inTransaction,
} from "../platform";
import * as organisation from "./organisation.service";

@ObjectType()
class StakeholderConnection extends ConnectionType(Stakeholder) {}

@Resolver(() => Stakeholder)
export class StakeholderResolver {
  @Query(() => StakeholderConnection, {
    description: "Stakeholders (belanghebbenden): who pays, who gains.",
  })
  async stakeholders(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => StakeholderFilter, { nullable: true }) filter?: StakeholderFilter,
  ) {
    const query = ctx.db.getRepository(Stakeholder).createQueryBuilder("s");
    if (filter?.municipalityId)
      query.andWhere("s.municipality_id = :m", { m: filter.municipalityId });
    if (filter?.kind) query.andWhere("s.kind = :kind", { kind: filter.kind });
    return paginate(scoped(query, ctx.scope, "s.municipality_id"), page, {
      column: "s.code",
      key: (s) => s.code,
    });
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

  @Mutation(() => Deleted)
  deleteStakeholder(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int, { nullable: true }) version?: number,
  ) {
    return inTransaction(ctx, (em) =>
      deleteVersioned(em, Stakeholder, "Stakeholder", id, version, ctx.scope),
    );
  }
}
