import { Args, Ctx, Query, Resolver } from "type-graphql";
import { QuadrantHypothesis } from "../../schema/hypothesis-types";
import { QuadrantHypothesisArgs } from "../../schema/inputs/hypothesis.args";
import { MODEL_B_ID } from "../../schema/quadrant-model";
import { municipalityOf, refuseDifferencing, requireOwnedReferences } from "../effects";
import {
  type RequestContext,
  NotFoundError,
  refuseReferenceNarrowing,
  requireId,
} from "../platform";
import { cellKey, hiddenPanelCells } from "./panel-disclosure";
import { quadrantHypothesis, type HypothesisAnswer } from "./quadrant-hypothesis.service";

async function visibleQuadrants(ctx: RequestContext, id: string, field: string) {
  const model = await ctx.loaders.quadrantModel.load(requireId(field, id));
  if (!model) throw new NotFoundError("QuadrantModel", id, field);
  return { id: model.id, quadrants: await ctx.loaders.quadrantsByModel.load(model.id) };
}

/** The answer in the API's shape, without the cells (and points) this caller may not see. */
function hypothesisType(
  modelId: string,
  args: QuadrantHypothesisArgs,
  answer: HypothesisAnswer,
  hidden: Set<string>,
): QuadrantHypothesis {
  const shown = (unit: string, ...periods: string[]) =>
    periods.every((period) => !hidden.has(cellKey(unit, period)));
  return {
    modelId,
    suppressedCells: hidden.size,
    unit: args.unit,
    granularity: args.granularity,
    effortMeasure: args.effort,
    demandMeasure: args.demand,
    effortQuadrants: answer.effortCodes,
    demandQuadrants: answer.demandCodes,
    firstPeriod: answer.firstPeriod,
    lastPeriod: answer.lastPeriod,
    confidenceLevel: answer.result.confidenceLevel,
    units: answer.units,
    panel: answer.panel
      .filter((cell) => shown(cell.unit, cell.period))
      .map((cell) => ({ unitId: cell.unit, ...cell })),
    lags: answer.result.lags.map((lag) => ({
      ...lag,
      points: lag.points
        .filter((point) => shown(point.unit, point.period, point.effortPeriod))
        .map((point) => ({ unitId: point.unit, ...point })),
      refused: lag.refused ? { code: lag.refused.code, reason: { ...lag.refused.reason } } : null,
      sentence: { ...lag.sentence },
    })),
  };
}

@Resolver(() => QuadrantHypothesis)
export class QuadrantHypothesisResolver {
  @Query(() => QuadrantHypothesis, {
    description:
      "The network-quadrant hypothesis over time (DOMAIN.md, model B): per district (or team) and period, effort in the collective quadrants and demand in the individual ones, from the stored registrations; per lag the Pearson and Spearman correlations and the within-unit (fixed-effects) slope of demand on effort some periods earlier, with 95 % intervals, the points, and a Dutch and English sentence with its caveats. A panel too small for an estimate is refused per lag with the reason.",
  })
  async quadrantHypothesis(
    @Ctx() ctx: RequestContext,
    @Args(() => QuadrantHypothesisArgs) args: QuadrantHypothesisArgs,
  ): Promise<QuadrantHypothesis> {
    const { filter } = args;
    refuseReferenceNarrowing(ctx.scope, filter);
    const municipalityId = municipalityOf(
      ctx.scope,
      filter?.municipalityId,
      "filter.municipalityId",
    );
    await requireOwnedReferences(ctx, municipalityId, filter ?? {}, "filter.");
    const model = await visibleQuadrants(ctx, args.modelId ?? MODEL_B_ID, "modelId");
    const filterModel = filter?.modelId
      ? await visibleQuadrants(ctx, filter.modelId, "filter.modelId")
      : null;
    await refuseDifferencing(
      ctx.readDb,
      ctx.scope,
      ctx.disclosure,
      municipalityId,
      filter,
      filterModel?.quadrants ?? [],
    );
    const answer = await quadrantHypothesis(ctx.readDb, ctx.scope, {
      ...args,
      municipalityId,
      modelId: model.id,
      quadrants: model.quadrants,
      filterQuadrants: filterModel?.quadrants ?? [],
    });
    const hidden = hiddenPanelCells(ctx.disclosure, args.unit, filter, answer.panel);
    return hypothesisType(model.id, args, answer, hidden);
  }
}
