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
import { Municipality } from "../../schema/municipality";
import { Stakeholder } from "../../schema/stakeholder";
import { Team } from "../../schema/team";
import {
  CreateMunicipalityInput,
  MunicipalityFilter,
  UpdateMunicipalityInput,
} from "../../schema/inputs/municipality.input";
import {
  type RequestContext,
  ForbiddenError,
  ConnectionType,
  PageArgs,
  deleteVersioned,
  requireId,
  Deleted,
  inTransaction,
  listConnection,
} from "../platform";
import { municipalityList, municipalityByCode } from "./organisation-lists";
import * as organisation from "./organisation.service";

@ObjectType()
class MunicipalityConnection extends ConnectionType(Municipality) {}

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => MunicipalityConnection, { description: "Municipalities (gemeenten) you may see." })
  async municipalities(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => MunicipalityFilter, { nullable: true }) filter?: MunicipalityFilter,
  ) {
    return listConnection(ctx.db, ctx.scope, municipalityList, page, filter);
  }

  @Query(() => Municipality, {
    nullable: true,
    description: "One municipality by id or by CBS code.",
  })
  async municipality(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, { nullable: true }) id?: string,
    @Arg("code", () => String, { nullable: true }) code?: string,
  ) {
    if (id) return ctx.loaders.municipality.load(requireId("id", id));
    if (!code) return null;
    return municipalityByCode(ctx.db, ctx.scope, code);
  }

  @FieldResolver(() => [District], { description: "Its districts (wijken, buurten, zones)." })
  districts(@Root() m: Municipality, @Ctx() ctx: RequestContext) {
    return ctx.loaders.districtsByMunicipality.load(m.id);
  }

  @FieldResolver(() => [Team], { description: "Its neighbourhood teams." })
  teams(@Root() m: Municipality, @Ctx() ctx: RequestContext) {
    return ctx.loaders.teamsByMunicipality.load(m.id);
  }

  @FieldResolver(() => [Stakeholder], { description: "The parties that pay or gain." })
  stakeholders(@Root() m: Municipality, @Ctx() ctx: RequestContext) {
    return ctx.loaders.stakeholdersByMunicipality.load(m.id);
  }

  @Mutation(() => Municipality)
  createMunicipality(@Ctx() ctx: RequestContext, @Arg("input") input: CreateMunicipalityInput) {
    return inTransaction(ctx, (em) => organisation.createMunicipality(em, ctx.scope, input));
  }

  @Mutation(() => Municipality)
  updateMunicipality(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateMunicipalityInput) {
    return inTransaction(ctx, (em) => organisation.updateMunicipality(em, ctx.scope, input));
  }

  @Mutation(() => Deleted, {
    description: "Deletes an empty municipality (no districts, teams …).",
  })
  deleteMunicipality(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int, { nullable: true }) version?: number,
  ) {
    if (ctx.scope.kind !== "all")
      throw new ForbiddenError("Only a platform administrator deletes municipalities");
    return inTransaction(ctx, (em) =>
      deleteVersioned(em, Municipality, "Municipality", id, version, ctx.scope, "x.id"),
    );
  }
}
