import type { GraphQLResolveInfo } from "graphql";
import { Arg, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { rollUpTimeline } from "../../calculators/effect/index";
import {
  EffectPeriod,
  EffectResult,
  EffectScenarioInput,
  EffectSensitivityRow,
  TimelineGranularity,
} from "../../schema/effect-types";
import { selectsField } from "../platform";
import { calculateScenario } from "./effect-scenario";

@Resolver(() => EffectResult)
export class EffectCalculationResolver {
  @Query(() => EffectResult, {
    description:
      "Ad hoc what-if with the effect calculator (Effectencalculator): costs and social returns on a monthly timeline, discounted, with SROI ratio, payback, who pays and who gains, and (when selected) the sensitivity analysis. Nothing is stored; bad input is BAD_USER_INPUT naming the field (input.outcomes[0].deadweight …).",
  })
  effectCalculation(
    @Arg("input", () => EffectScenarioInput) input: EffectScenarioInput,
    @Info() info: GraphQLResolveInfo,
  ): EffectResult {
    return calculateScenario(input, {
      timeline: selectsField(info, "timeline"),
      sensitivity: selectsField(info, "sensitivity"),
    });
  }

  @FieldResolver(() => [EffectPeriod], {
    description:
      "Costs and returns per period (default per month), nominal and discounted; a quarter or year is the sum of its months, so every column adds up to the totals.",
  })
  timeline(
    @Root() result: EffectResult,
    @Arg("granularity", () => TimelineGranularity, { defaultValue: TimelineGranularity.MONTH })
    granularity: TimelineGranularity,
  ): EffectPeriod[] {
    const months = result.monthly ?? [];
    if (granularity === TimelineGranularity.MONTH) return months;
    return rollUpTimeline(months, granularity).map((row) => ({
      ...row,
      month: null,
      baseYear: null,
    }));
  }

  @FieldResolver(() => [EffectSensitivityRow], {
    description:
      "Each assumption moved on its own (every outcome's adjustments, proxy and duration, and the discount rate): the SROI ratio at its low and high value and its break-even. With an investment of 0 no ratio exists and the ratios and break-evens are null.",
  })
  sensitivity(@Root() result: EffectResult): EffectSensitivityRow[] {
    return result.sensitivityRows ?? [];
  }
}
