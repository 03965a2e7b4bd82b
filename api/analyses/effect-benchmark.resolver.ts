import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import {
  BenchmarkDimension,
  BenchmarkPeriodInput,
  BenchmarkSettingsInput,
  EffectBenchmark,
} from "../../schema/benchmark-types";
import { MODEL_A_ID } from "../../schema/quadrant-model";
import { BadInputError, NotFoundError, type RequestContext, requireId } from "../platform";
import { checkBenchmarkPeriod } from "./benchmark-period";
import { benchmarkView } from "./benchmark-view";
import { benchmarkFigures } from "./effect-benchmark.service";

/** The quadrant model must be visible to the caller and shared by all: a built-in one. */
async function benchmarkModel(ctx: RequestContext, modelId: string | undefined) {
  const id = requireId("modelId", modelId ?? MODEL_A_ID);
  const model = await ctx.loaders.quadrantModel.load(id);
  if (!model) throw new NotFoundError("QuadrantModel", id, "modelId");
  if (!model.builtIn) {
    throw new BadInputError(
      "modelId",
      "municipalities are compared in a built-in model (A or B); another municipality's work is not placed in yours",
    );
  }
  return model.id;
}

@Resolver()
export class EffectBenchmarkResolver {
  @Query(() => EffectBenchmark, {
    description:
      "Effect benchmark between municipalities (benchmark tussen gemeenten): every municipality's effect comparison over the same period and settings, each priced with its own price list, per arrangement form or quadrant class and in total — cases, investment, present value, NPV, SROI ratio, cost per case, payback, distributions — with the platform line (sums, pooled ratios, quartiles across municipalities) and the caller's rank. ADMIN sees every municipality by name; an analyst its own by name and the others as anonymous labels, with groups of fewer than the minimum group size withheld.",
  })
  async effectBenchmark(
    @Ctx() ctx: RequestContext,
    @Arg("by", () => BenchmarkDimension) by: BenchmarkDimension,
    @Arg("period", () => BenchmarkPeriodInput) period: BenchmarkPeriodInput,
    @Arg("modelId", () => ID, {
      nullable: true,
      description: "Built-in quadrant model for by: QUADRANT; default model A.",
    })
    modelId?: string,
    @Arg("settings", () => BenchmarkSettingsInput, { nullable: true })
    settings?: BenchmarkSettingsInput,
  ): Promise<EffectBenchmark> {
    checkBenchmarkPeriod(period);
    if (modelId && by !== BenchmarkDimension.QUADRANT)
      throw new BadInputError("modelId", "is only for by: QUADRANT");
    const year = settings?.reportYear;
    if (year !== null && year !== undefined && (year < 1990 || year > 2100))
      throw new BadInputError("settings.reportYear", "must be a year from 1990 to 2100");
    const model = by === BenchmarkDimension.QUADRANT ? await benchmarkModel(ctx, modelId) : null;
    const ownIds = ctx.scope.kind === "all" ? [] : ctx.scope.ids;
    const figures = await benchmarkFigures(ctx.readDb, {
      dimension: by,
      from: period.from,
      to: period.to,
      modelId: model,
      settings: settings ?? null,
      firstIds: ownIds,
    });
    const minGroupSize = ctx.disclosure.minGroupSize;
    const view = benchmarkView(
      figures,
      { seesAll: ctx.scope.kind === "all", ownIds: new Set(ownIds) },
      minGroupSize,
    );
    return {
      dimension: by,
      from: period.from,
      to: period.to,
      modelId: model,
      minGroupSize,
      ...view,
    };
  }
}
