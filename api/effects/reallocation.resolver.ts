import type {} from "graphql";
import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { StoredEffectSettingsInput } from "../../schema/effect-comparison-types";
import { CaseFilter } from "../../schema/inputs/case.input";
import { ReallocationMoveInput } from "../../schema/inputs/reallocation.input";
import { ReallocationBasis, ReallocationScenario } from "../../schema/reallocation-types";
import { type RequestContext, refuseReferenceNarrowing } from "../platform";
import { municipalityOf, pricingUsed } from "./effect-answers";
import { reallocationScenario } from "./reallocation.service";

@Resolver()
export class ReallocationResolver {
  @Query(() => ReallocationScenario, {
    description:
      "What-if reallocation (herschikking): a share of one arrangement's observed cases (or hours) moved to another, projected with each arrangement's observed per-case cost and social return (effectComparison groupBy ARRANGEMENT over the same filter). The baseline is effectComparison's total; projected and difference come with a range: the 2.5 % and 97.5 % quantiles of a bootstrap over the arrangements' observed cases with a fixed seed (2,000 replicates), so the same question gets the same answer. At most 20 moves.",
  })
  async reallocationScenario(
    @Ctx() ctx: RequestContext,
    @Arg("moves", () => [ReallocationMoveInput]) moves: ReallocationMoveInput[],
    @Arg("filter", () => CaseFilter, { nullable: true }) filter?: CaseFilter,
    @Arg("settings", () => StoredEffectSettingsInput, { nullable: true })
    settings?: StoredEffectSettingsInput,
  ): Promise<ReallocationScenario> {
    refuseReferenceNarrowing(ctx.scope, filter);
    const { result, labels, comparison } = await reallocationScenario(ctx.readDb, ctx.scope, {
      municipalityId: municipalityOf(ctx.scope, filter?.municipalityId, "filter.municipalityId"),
      filter,
      moves,
      settings,
      disclosure: ctx.disclosure,
    });
    const { baseDate, horizonMonths, discountRate, discountFirstYear, ratioDecimals } =
      comparison.settingsUsed;
    return {
      baseline: result.baseline,
      projected: result.projected,
      difference: result.difference,
      moves: result.moves.map((move) => ({
        ...move,
        basis: move.basis as ReallocationBasis,
        fromLabel: labels.get(move.fromArrangementId)!,
        toLabel: labels.get(move.toArrangementId)!,
      })),
      arrangements: result.arrangements.map((arrangement) => ({
        ...arrangement,
        label: labels.get(arrangement.arrangementId)!,
      })),
      range: { ...result.range },
      settingsUsed: { baseDate, horizonMonths, discountRate, discountFirstYear, ratioDecimals },
      pricing: pricingUsed(comparison.pricing, comparison.usedPriceCodes),
    };
  }
}
