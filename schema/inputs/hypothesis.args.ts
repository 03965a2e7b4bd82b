import { ArgsType, Field, ID, Int } from "type-graphql";
import {
  DemandMeasure,
  EffortMeasure,
  HypothesisGranularity,
  HypothesisUnit,
} from "../hypothesis-types";
import { CaseFilter } from "./case.input";

/** The arguments of quadrantHypothesis; lags and quadrant codes are checked by the service. */
@ArgsType()
export class QuadrantHypothesisArgs {
  @Field(() => CaseFilter, {
    nullable: true,
    description:
      "The cases counted; from and to also bound the panel's months (default: the months the data cover).",
  })
  filter?: CaseFilter;

  @Field(() => ID, {
    nullable: true,
    description: "The quadrant model; default the built-in network quadrant (model B).",
  })
  modelId?: string;

  @Field(() => [Int], {
    defaultValue: [0, 3, 6],
    description: "Periods between effort and demand, each tested apart (at most 8, each ≤ 36).",
  })
  lags: number[];

  @Field(() => HypothesisGranularity, { defaultValue: HypothesisGranularity.MONTH })
  granularity: HypothesisGranularity;

  @Field(() => HypothesisUnit, { defaultValue: HypothesisUnit.DISTRICT })
  unit: HypothesisUnit;

  @Field(() => EffortMeasure, { defaultValue: EffortMeasure.HOURS })
  effort: EffortMeasure;

  @Field(() => DemandMeasure, { defaultValue: DemandMeasure.NEW_CASES })
  demand: DemandMeasure;

  @Field(() => [String], {
    nullable: true,
    description: "Codes of the effort quadrants; default the two right of the y axis (collective).",
  })
  effortQuadrants?: string[];

  @Field(() => [String], {
    nullable: true,
    description: "Codes of the demand quadrants; default the two left of the y axis (individual).",
  })
  demandQuadrants?: string[];
}
