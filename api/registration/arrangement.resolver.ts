import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Arrangement, ArrangementComponent, ComponentPlacement } from "../../schema/arrangement";
import { Municipality } from "../../schema/municipality";
import { Provision } from "../../schema/provision";
import { QuadrantProfile } from "../../schema/registration-results";
import { Team } from "../../schema/team";
import { ArrangementForm, CollectiveGoal } from "../../schema/registration-enums";
import {
  CreateArrangementInput,
  UpdateArrangementInput,
} from "../../schema/inputs/arrangement.input";
import { ID_MESSAGE } from "../../schema/inputs/validation";
import {
  type RequestContext,
  NotFoundError,
  ConnectionType,
  PageArgs,
  requireId,
  inTransaction,
  listConnection,
  DeleteMutation,
} from "../platform";
import { quadrantProfile } from "../quadrants";
import * as arrangements from "./arrangement.service";

import { arrangementList } from "./registration-lists";
@ObjectType()
class ArrangementConnection extends ConnectionType(Arrangement) {}

@InputType()
class ArrangementFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  municipalityId?: string;

  @Field(() => ID, { nullable: true, description: "Arrangements this team owns." })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  teamId?: string;

  @Field(() => CollectiveGoal, { nullable: true })
  @IsOptional()
  goal?: CollectiveGoal;

  @Field(() => ArrangementForm, { nullable: true })
  @IsOptional()
  form?: ArrangementForm;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100)
  nameContains?: string;
}

@Resolver(() => Arrangement)
export class ArrangementResolver extends DeleteMutation({
  entity: Arrangement,
  typeName: "Arrangement",
  description: "Deletes an arrangement that no case uses.",
}) {
  @Query(() => ArrangementConnection, {
    description: "Arrangement templates (arrangementen op maat).",
  })
  arrangements(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => ArrangementFilter, { nullable: true }) filter?: ArrangementFilter,
  ) {
    return listConnection(ctx.db, ctx.scope, arrangementList, page, filter);
  }

  @Query(() => Arrangement, { nullable: true })
  arrangement(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ctx.loaders.arrangement.load(requireId("id", id));
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() a: Arrangement, @Ctx() ctx: RequestContext) {
    return ctx.loaders.municipality.load(a.municipalityId);
  }

  @FieldResolver(() => Team, { nullable: true })
  team(@Root() a: Arrangement, @Ctx() ctx: RequestContext) {
    return a.teamId ? ctx.loaders.team.load(a.teamId) : null;
  }

  @FieldResolver(() => [ArrangementComponent])
  components(@Root() a: Arrangement, @Ctx() ctx: RequestContext) {
    return ctx.loaders.componentsByArrangement.load(a.id);
  }

  @FieldResolver(() => QuadrantProfile, {
    description:
      "Share of planned hours per quadrant of a model, derived from the components' placements.",
  })
  async quadrantProfile(
    @Root() a: Arrangement,
    @Ctx() ctx: RequestContext,
    @Arg("modelId", () => ID) modelId: string,
  ) {
    const model = await ctx.loaders.quadrantModel.load(requireId("modelId", modelId));
    if (!model) throw new NotFoundError("QuadrantModel", modelId, "modelId");
    const [quadrants, components] = await Promise.all([
      ctx.loaders.quadrantsByModel.load(model.id),
      ctx.loaders.componentsByArrangement.load(a.id),
    ]);
    const items = await Promise.all(
      components.map(async (component) => ({
        component,
        own: await ctx.loaders.componentPlacements.load(component.id),
        provision: component.provisionId
          ? await ctx.loaders.placementsByProvision.load(component.provisionId)
          : [],
      })),
    );
    return quadrantProfile(model.id, quadrants, items);
  }

  @Mutation(() => Arrangement)
  createArrangement(@Ctx() ctx: RequestContext, @Arg("input") input: CreateArrangementInput) {
    return inTransaction(ctx, (em) => arrangements.createArrangement(em, ctx.scope, input));
  }

  @Mutation(() => Arrangement)
  updateArrangement(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateArrangementInput) {
    return inTransaction(ctx, (em) => arrangements.updateArrangement(em, ctx.scope, input));
  }
}

@Resolver(() => ArrangementComponent)
export class ArrangementComponentResolver {
  @FieldResolver(() => Provision, { nullable: true })
  provision(@Root() c: ArrangementComponent, @Ctx() ctx: RequestContext) {
    return c.provisionId ? ctx.loaders.provision.load(c.provisionId) : null;
  }

  @FieldResolver(() => [ComponentPlacement], { description: "The component's own placements." })
  placements(@Root() c: ArrangementComponent, @Ctx() ctx: RequestContext) {
    return ctx.loaders.componentPlacements.load(c.id);
  }
}
