import { Arg, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { IsOptional, IsUUID } from "class-validator";
import { QuadrantEffort } from "../../schema/quadrant-results";
import { Team } from "../../schema/team";
import { ID_MESSAGE } from "../../schema/inputs/validation";
import { DateScalar } from "../../schema/scalars";
import { type RequestContext, NotFoundError, requireId } from "../platform";
import { effortByQuadrant } from "./quadrant-effort.service";

@InputType()
class EffortFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  municipalityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  teamId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  districtId?: string;

  @Field(() => DateScalar, { nullable: true, description: "Hours from this month on." })
  @IsOptional()
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: "Hours up to this month." })
  @IsOptional()
  to?: string;
}

@Resolver(() => QuadrantEffort)
export class QuadrantEffortResolver {
  @Query(() => [QuadrantEffort], {
    description:
      "Effort per team and quadrant of a model: the provision offers in the districts each team serves (at their placement there), and the intervention hours of the period placed through the provisions and arrangement components used.",
  })
  async effortByQuadrant(
    @Ctx() ctx: RequestContext,
    @Arg("modelId", () => ID) modelId: string,
    @Arg("filter", () => EffortFilterInput, { nullable: true }) filter?: EffortFilterInput,
  ) {
    const model = await ctx.loaders.quadrantModel.load(requireId("modelId", modelId));
    if (!model) throw new NotFoundError("QuadrantModel", modelId, "modelId");
    const quadrants = await ctx.loaders.quadrantsByModel.load(model.id);
    return effortByQuadrant(ctx.db, ctx.scope, model.id, quadrants, filter ?? {});
  }

  @FieldResolver(() => Team)
  team(@Root() e: QuadrantEffort, @Ctx() ctx: RequestContext) {
    return ctx.loaders.team.load(e.teamId);
  }
}
