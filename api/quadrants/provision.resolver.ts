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
import { Municipality } from "../../schema/municipality";
import { Provision, ProvisionPlacement } from "../../schema/provision";
import { Quadrant, QuadrantModel } from "../../schema/quadrant-model";
import {
  CreateProvisionInput,
  PlaceProvisionInput,
  ProvisionFilter,
  UpdateProvisionInput,
} from "../../schema/inputs/provision.input";
import {
  type RequestContext,
  ConnectionType,
  PageArgs,
  requireId,
  Deleted,
  inTransaction,
  listConnection,
  DeleteMutation,
} from "../platform";
import { provisionList } from "./quadrant-lists";
import * as provisions from "./provision.service";
import { classify } from "./quadrant-model.service";

@ObjectType()
class ProvisionConnection extends ConnectionType(Provision) {}

@Resolver(() => Provision)
export class ProvisionResolver extends DeleteMutation({
  entity: Provision,
  typeName: "Provision",
  description: "Deletes a provision with its placements.",
}) {
  @Query(() => ProvisionConnection, { description: "Provisions (voorzieningen) and initiatives." })
  async provisions(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => ProvisionFilter, { nullable: true }) filter?: ProvisionFilter,
  ) {
    return listConnection(ctx.db, ctx.scope, provisionList, page, filter);
  }

  @Query(() => Provision, { nullable: true })
  provision(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ctx.loaders.provision.load(requireId("id", id));
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() p: Provision, @Ctx() ctx: RequestContext) {
    return ctx.loaders.municipality.load(p.municipalityId);
  }

  @FieldResolver(() => [District], { description: "Districts where it is offered." })
  districts(@Root() p: Provision, @Ctx() ctx: RequestContext) {
    return ctx.loaders.districtsByProvision.load(p.id);
  }

  @FieldResolver(() => [ProvisionPlacement], {
    description: "Every placement: general ones and district overrides.",
  })
  placements(@Root() p: Provision, @Ctx() ctx: RequestContext) {
    return ctx.loaders.placementsByProvision.load(p.id);
  }

  @FieldResolver(() => ProvisionPlacement, {
    nullable: true,
    description:
      "The placement that applies in a model (and district: its override, else the general one).",
  })
  async placement(
    @Root() p: Provision,
    @Ctx() ctx: RequestContext,
    @Arg("modelId", () => ID) modelId: string,
    @Arg("districtId", () => ID, { nullable: true }) districtId?: string,
  ) {
    const all = await ctx.loaders.placementsByProvision.load(p.id);
    const inModel = all.filter((placement) => placement.modelId === modelId);
    return provisions.effectivePlacements(inModel, districtId ?? null)[0] ?? null;
  }

  @Mutation(() => Provision)
  createProvision(@Ctx() ctx: RequestContext, @Arg("input") input: CreateProvisionInput) {
    return inTransaction(ctx, (em) => provisions.createProvision(em, ctx.scope, input));
  }

  @Mutation(() => Provision)
  updateProvision(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateProvisionInput) {
    return inTransaction(ctx, (em) => provisions.updateProvision(em, ctx.scope, input));
  }

  @Mutation(() => ProvisionPlacement, {
    description:
      "Places a provision at (x, y) in a model, everywhere or for one district; replaces an earlier one.",
  })
  placeProvision(@Ctx() ctx: RequestContext, @Arg("input") input: PlaceProvisionInput) {
    return inTransaction(ctx, (em) => provisions.placeProvision(em, ctx.scope, input));
  }

  @Mutation(() => Deleted)
  removeProvisionPlacement(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return inTransaction(ctx, (em) => provisions.removePlacement(em, ctx.scope, id));
  }
}

@Resolver(() => ProvisionPlacement)
export class ProvisionPlacementResolver {
  @FieldResolver(() => Provision)
  provision(@Root() p: ProvisionPlacement, @Ctx() ctx: RequestContext) {
    return ctx.loaders.provision.load(p.provisionId);
  }

  @FieldResolver(() => QuadrantModel)
  model(@Root() p: ProvisionPlacement, @Ctx() ctx: RequestContext) {
    return ctx.loaders.quadrantModel.load(p.modelId);
  }

  @FieldResolver(() => District, { nullable: true })
  district(@Root() p: ProvisionPlacement, @Ctx() ctx: RequestContext) {
    return p.districtId ? ctx.loaders.district.load(p.districtId) : null;
  }

  @FieldResolver(() => String, {
    description: "The quadrant's code, or e, f, ef on an axis (derived from x and y).",
  })
  async quadrantClass(@Root() p: ProvisionPlacement, @Ctx() ctx: RequestContext): Promise<string> {
    return classify(await ctx.loaders.quadrantsByModel.load(p.modelId), p.x, p.y);
  }

  @FieldResolver(() => Quadrant, {
    nullable: true,
    description: "The quadrant it falls in; null on an axis.",
  })
  async quadrant(@Root() p: ProvisionPlacement, @Ctx() ctx: RequestContext) {
    const quadrants = await ctx.loaders.quadrantsByModel.load(p.modelId);
    const code = classify(quadrants, p.x, p.y);
    return quadrants.find((q) => q.code === code) ?? null;
  }
}
