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
import { Team } from "../../schema/team";
import {
  CreateDistrictInput,
  DistrictFilter,
  UpdateDistrictInput,
} from "../../schema/inputs/district.input";
import {
  type RequestContext,
  ConnectionType,
  PageArgs,
  requireId,
  inTransaction,
  listConnection,
  DeleteMutation,
} from "../platform";
import { districtList } from "./organisation-lists";
import * as organisation from "./organisation.service";

@ObjectType()
class DistrictConnection extends ConnectionType(District) {}

@Resolver(() => District)
export class DistrictResolver extends DeleteMutation({
  entity: District,
  typeName: "District",
  description: "Deletes a district no team serves and no district lies in.",
}) {
  @Query(() => DistrictConnection, { description: "Districts (wijken, buurten, zones)." })
  async districts(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => DistrictFilter, { nullable: true }) filter?: DistrictFilter,
  ) {
    return listConnection(ctx.db, ctx.scope, districtList, page, filter);
  }

  @Query(() => District, { nullable: true })
  district(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ctx.loaders.district.load(requireId("id", id));
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() d: District, @Ctx() ctx: RequestContext) {
    return ctx.loaders.municipality.load(d.municipalityId);
  }

  @FieldResolver(() => District, { nullable: true, description: "The zone or wijk it lies in." })
  parent(@Root() d: District, @Ctx() ctx: RequestContext) {
    return d.parentId ? ctx.loaders.district.load(d.parentId) : null;
  }

  @FieldResolver(() => [District], { description: "The districts that lie in this one." })
  children(@Root() d: District, @Ctx() ctx: RequestContext) {
    return ctx.loaders.districtsByParent.load(d.id);
  }

  @FieldResolver(() => [Team], { description: "Teams serving this district." })
  teams(@Root() d: District, @Ctx() ctx: RequestContext) {
    return ctx.loaders.teamsByDistrict.load(d.id);
  }

  @Mutation(() => District)
  createDistrict(@Ctx() ctx: RequestContext, @Arg("input") input: CreateDistrictInput) {
    return inTransaction(ctx, (em) => organisation.createDistrict(em, ctx.scope, input));
  }

  @Mutation(() => District)
  updateDistrict(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateDistrictInput) {
    return inTransaction(ctx, (em) => organisation.updateDistrict(em, ctx.scope, input));
  }
}
