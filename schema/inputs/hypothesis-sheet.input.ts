import { Field, ID, InputType, Int } from "type-graphql";
import { IsOptional, IsUUID } from "class-validator";
import { HypothesisGranularity, HypothesisUnit } from "../hypothesis-types";
import { ID_MESSAGE } from "./validation";

/**
 * What the workbook's Hypothese sheet tests: quadrantHypothesis on the report's cases, with
 * effort in hours and demand in new cases (its defaults). The lags are checked when the export
 * is asked for, as quadrantHypothesis checks them.
 */
@InputType({
  description:
    "Adds the Hypothese sheet: the network-quadrant hypothesis (quadrantHypothesis) on the report's cases and period, effort in hours and demand in new cases.",
})
export class HypothesisSheetInput {
  @Field(() => ID, {
    nullable: true,
    description: "The quadrant model; default the built-in network quadrant (model B).",
  })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  modelId?: string | null;

  @Field(() => [Int], {
    defaultValue: [0, 3, 6],
    description: "Periods between effort and demand, each tested apart (at most 8, each ≤ 36).",
  })
  lags: number[];

  @Field(() => HypothesisGranularity, { defaultValue: HypothesisGranularity.MONTH })
  granularity: HypothesisGranularity;

  @Field(() => HypothesisUnit, { defaultValue: HypothesisUnit.DISTRICT })
  unit: HypothesisUnit;
}
