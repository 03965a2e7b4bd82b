import type {} from "graphql";
import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { SubstitutionView } from "../../schema/effect-comparison-types";
import { TimelineGranularity } from "../../schema/effect-types";
import { DateScalar } from "../../schema/scalars";
import { type RequestContext, requireId } from "../platform";
import { municipalityOf, pricingUsed, requireOwnedReferences } from "./effect-answers";
import { discloseSubstitution } from "./substitution-disclosure";
import { substitutionView } from "./substitution.service";

@Resolver()
export class SubstitutionResolver {
  @Query(() => SubstitutionView, {
    description:
      "Substitution: hours, units and costs of support per care layer (zero, first, second line), scenario and period, to see whether second-line use falls as first-line and civil-society work grows.",
  })
  async substitution(
    @Ctx() ctx: RequestContext,
    @Arg("from", () => DateScalar) from: string,
    @Arg("to", () => DateScalar) to: string,
    @Arg("municipalityId", () => ID, { nullable: true }) municipalityId?: string,
    @Arg("teamId", () => ID, { nullable: true }) teamId?: string,
    @Arg("districtId", () => ID, { nullable: true }) districtId?: string,
    @Arg("granularity", () => TimelineGranularity, { defaultValue: TimelineGranularity.MONTH })
    granularity?: TimelineGranularity,
    @Arg("reportYear", () => Int, { nullable: true }) reportYear?: number,
    @Arg("priceListId", () => ID, { nullable: true }) priceListId?: string,
  ): Promise<SubstitutionView> {
    const selection = {
      municipalityId: municipalityOf(ctx.scope, municipalityId, "municipalityId"),
      from,
      to,
      teamId: teamId ? requireId("teamId", teamId) : null,
      districtId: districtId ? requireId("districtId", districtId) : null,
      granularity: granularity ?? TimelineGranularity.MONTH,
    };
    await requireOwnedReferences(ctx, selection.municipalityId, selection);
    const view = await substitutionView(ctx.readDb, ctx.scope, {
      ...selection,
      reportYear,
      priceListId: priceListId ? requireId("priceListId", priceListId) : null,
    });
    const shown = await discloseSubstitution(ctx.readDb, ctx.disclosure, selection, view);
    return {
      rows: shown.rows,
      totals: shown.totals,
      suppressedCells: shown.suppressed,
      pricing: pricingUsed(view.pricing, view.usedCodes),
      unpricedActivities: view.unpricedActivities,
    };
  }
}
