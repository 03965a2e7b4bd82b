import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Municipality } from "../../schema/municipality";
import { Quadrant, QuadrantAxis, QuadrantModel } from "../../schema/quadrant-model";
import { QuadrantPoint } from "../../schema/quadrant-results";
import { DecimalScalar } from "../../schema/scalars";
import {
  CreateQuadrantModelInput,
  UpdateQuadrantModelInput,
} from "../../schema/inputs/quadrant-model.input";
import { type RequestContext, BadInputError, requireId, Deleted, inTransaction } from "../platform";
import * as models from "./quadrant-model.service";
import { validatePoint } from "../../calculators/quadrant/index";

@Resolver(() => QuadrantModel)
export class QuadrantModelResolver {
  @Query(() => [QuadrantModel], {
    description: "Quadrant models you may use: the built-in ones and your municipality's own.",
  })
  quadrantModels(
    @Ctx() ctx: RequestContext,
    @Arg("municipalityId", () => ID, {
      nullable: true,
      description: "Only built-in ones and this municipality's.",
    })
    municipalityId?: string,
  ) {
    return models.listModels(ctx.db, ctx.scope, municipalityId);
  }

  @Query(() => QuadrantModel, { nullable: true })
  quadrantModel(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ctx.loaders.quadrantModel.load(requireId("id", id));
  }

  @FieldResolver(() => QuadrantAxis, { description: "The x axis (horizontal)." })
  xAxis(@Root() m: QuadrantModel): QuadrantAxis {
    return {
      negativeLabel: m.xNegativeLabel,
      positiveLabel: m.xPositiveLabel,
      min: m.xMin,
      max: m.xMax,
    };
  }

  @FieldResolver(() => QuadrantAxis, { description: "The y axis (vertical)." })
  yAxis(@Root() m: QuadrantModel): QuadrantAxis {
    return {
      negativeLabel: m.yNegativeLabel,
      positiveLabel: m.yPositiveLabel,
      min: m.yMin,
      max: m.yMax,
    };
  }

  @FieldResolver(() => [Quadrant], {
    description: "The four quadrants: top left, top right, bottom right, bottom left.",
  })
  quadrants(@Root() m: QuadrantModel, @Ctx() ctx: RequestContext) {
    return ctx.loaders.quadrantsByModel.load(m.id);
  }

  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() m: QuadrantModel, @Ctx() ctx: RequestContext) {
    return m.municipalityId ? ctx.loaders.municipality.load(m.municipalityId) : null;
  }

  @FieldResolver(() => QuadrantPoint, {
    description: "Classifies a point of this model (exact decimals).",
  })
  async classify(
    @Root() m: QuadrantModel,
    @Ctx() ctx: RequestContext,
    @Arg("x", () => DecimalScalar) x: string,
    @Arg("y", () => DecimalScalar) y: string,
  ): Promise<QuadrantPoint> {
    const reason = validatePoint(x, y, { xMin: m.xMin, xMax: m.xMax, yMin: m.yMin, yMax: m.yMax });
    if (reason) throw new BadInputError("x, y", reason);
    const quadrants = await ctx.loaders.quadrantsByModel.load(m.id);
    const quadrantClass = models.classify(quadrants, x, y);
    return {
      x,
      y,
      quadrantClass,
      quadrant: quadrants.find((q) => q.code === quadrantClass) ?? null,
    };
  }

  @Mutation(() => QuadrantModel, { description: "Defines a municipality's own quadrant model." })
  createQuadrantModel(@Ctx() ctx: RequestContext, @Arg("input") input: CreateQuadrantModelInput) {
    return inTransaction(ctx, (em) => models.createQuadrantModel(em, ctx.scope, input));
  }

  @Mutation(() => QuadrantModel, {
    description: "Changes a model; a scale that would leave stored points outside it is refused.",
  })
  updateQuadrantModel(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateQuadrantModelInput) {
    return inTransaction(ctx, (em) => models.updateQuadrantModel(em, ctx.scope, input));
  }

  @Mutation(() => Deleted, {
    description: "Deletes a model nothing uses (no placements, no surveys).",
  })
  deleteQuadrantModel(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int, { nullable: true }) version?: number,
  ) {
    return inTransaction(ctx, (em) => models.deleteQuadrantModel(em, ctx.scope, id, version));
  }
}
