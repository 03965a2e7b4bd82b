import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export enum HypothesisUnit {
  DISTRICT = "DISTRICT",
  TEAM = "TEAM",
}
registerEnumType(HypothesisUnit, {
  name: "HypothesisUnit",
  description:
    "The units of the panel: the case's district (cases without one are left out) or its team.",
});

export enum HypothesisGranularity {
  MONTH = "MONTH",
  QUARTER = "QUARTER",
}
registerEnumType(HypothesisGranularity, {
  name: "HypothesisGranularity",
  description: "The periods of the panel; lags count in these periods.",
});

export enum EffortMeasure {
  HOURS = "HOURS",
  UNITS = "UNITS",
}
registerEnumType(EffortMeasure, {
  name: "EffortMeasure",
  description: "What effort counts in the effort quadrants.",
  valuesConfig: {
    HOURS: {
      description:
        "Intervention hours placed there (through the provision used, else the arrangement's profile).",
    },
    UNITS: { description: "Provision units of activities whose provision is placed there." },
  },
});

export enum DemandMeasure {
  NEW_CASES = "NEW_CASES",
  HOURS = "HOURS",
}
registerEnumType(DemandMeasure, {
  name: "DemandMeasure",
  description: "What demand counts in the demand quadrants.",
  valuesConfig: {
    NEW_CASES: {
      description:
        "Cases opened in the period that got intervention work placed in a demand quadrant.",
    },
    HOURS: { description: "Intervention hours placed in the demand quadrants." },
  },
});

@ObjectType({ description: "A text in Dutch and in English." })
export class BilingualText {
  @Field() nl: string;
  @Field() en: string;
}

@ObjectType({ description: "A unit of the panel: a district or a team." })
export class HypothesisPanelUnit {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType({ description: "One cell of the panel: one unit in one period." })
export class HypothesisObservation {
  @Field(() => ID) unitId: string;
  @Field({ description: '"2025-03" (month) or "2025-Q1" (quarter).' }) period: string;
  @Field(() => Float) effort: number;
  @Field(() => Float) demand: number;
  @Field(() => Int, { description: "Cases the effort rests on." }) effortCases: number;
  @Field(() => Int, { description: "Cases the demand rests on." }) demandCases: number;
}

@ObjectType({
  description:
    "A pair for the plot: demand of a unit in `period` and its effort `lag` periods earlier.",
})
export class HypothesisPoint {
  @Field(() => ID) unitId: string;
  @Field({ description: "The period of the demand, t." }) period: string;
  @Field({ description: "The period of the effort, t − lag." }) effortPeriod: string;
  @Field(() => Float) effort: number;
  @Field(() => Float) demand: number;
  @Field({
    description:
      "false for the only pair of a unit: it carries no within-unit information and is left out of the estimates.",
  })
  inEstimate: boolean;
}

@ObjectType({
  description: "A correlation with its 95 % interval (Fisher z) and two-sided p-value.",
})
export class CorrelationEstimate {
  @Field(() => Float) estimate: number;
  @Field(() => Float) lower: number;
  @Field(() => Float) upper: number;
  @Field(() => Float) pValue: number;
  @Field(() => Int, { description: "Pairs it rests on." }) n: number;
}

@ObjectType({
  description:
    "The within-unit (fixed-effects) regression of demand on lagged effort: each unit compared with itself over time.",
})
export class FixedEffectsEstimate {
  @Field(() => Float, { description: "Change in demand per extra unit of effort." }) slope: number;
  @Field(() => Float) standardError: number;
  @Field(() => Float, { nullable: true, description: "null for a perfect fit." }) t: number | null;
  @Field(() => Int, { description: "Observations − units − 1." }) df: number;
  @Field(() => Float) pValue: number;
  @Field(() => Float) lower: number;
  @Field(() => Float) upper: number;
  @Field(() => Int) nObservations: number;
  @Field(() => Int) nUnits: number;
  @Field(() => Int) nPeriods: number;
}

@ObjectType({ description: "Why a lag has no estimate." })
export class HypothesisRefusal {
  @Field({
    description:
      "TOO_FEW_UNITS, TOO_FEW_PERIODS, NO_DEGREES_OF_FREEDOM, NO_EFFORT_VARIATION or NO_DEMAND_VARIATION.",
  })
  code: string;
  @Field(() => BilingualText) reason: BilingualText;
}

@ObjectType({ description: "The test at one lag. The estimates are null exactly when refused." })
export class HypothesisLag {
  @Field(() => Int) lag: number;
  @Field(() => Int) nObservations: number;
  @Field(() => Int) nUnits: number;
  @Field(() => Int) nPeriods: number;
  @Field(() => [HypothesisPoint]) points: HypothesisPoint[];
  @Field(() => CorrelationEstimate, { nullable: true }) pearson: CorrelationEstimate | null;
  @Field(() => CorrelationEstimate, { nullable: true }) spearman: CorrelationEstimate | null;
  @Field(() => FixedEffectsEstimate, { nullable: true })
  fixedEffects: FixedEffectsEstimate | null;
  @Field(() => HypothesisRefusal, { nullable: true }) refused: HypothesisRefusal | null;
  @Field(() => BilingualText, {
    description: "The finding with its caveats, or why there is no estimate.",
  })
  sentence: BilingualText;
}

@ObjectType({
  description:
    "The network-quadrant hypothesis over time: does more effort in the collective quadrants go with less demand in the individual ones?",
})
export class QuadrantHypothesis {
  @Field(() => ID) modelId: string;
  @Field(() => HypothesisUnit) unit: HypothesisUnit;
  @Field(() => HypothesisGranularity) granularity: HypothesisGranularity;
  @Field(() => EffortMeasure) effortMeasure: EffortMeasure;
  @Field(() => DemandMeasure) demandMeasure: DemandMeasure;
  @Field(() => [String], { description: "Codes of the quadrants whose work counts as effort." })
  effortQuadrants: string[];
  @Field(() => [String], { description: "Codes of the quadrants whose work counts as demand." })
  demandQuadrants: string[];
  @Field(() => String, {
    nullable: true,
    description: "First period of the panel; null when it is empty.",
  })
  firstPeriod: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Last period of the panel; null when it is empty.",
  })
  lastPeriod: string | null;
  @Field(() => Float) confidenceLevel: number;
  @Field(() => [HypothesisPanelUnit]) units: HypothesisPanelUnit[];
  @Field(() => Int, {
    description:
      "Cells (and the points that use them) left out for this caller: effort or demand resting on fewer than KWADRANT_MIN_GROUP_SIZE cases. The estimates use every cell. 0 for the municipality's analysts.",
  })
  suppressedCells: number;
  @Field(() => [HypothesisObservation], {
    description:
      "Every cell, zeros included (a period without work is a real zero), but for the suppressed ones.",
  })
  panel: HypothesisObservation[];
  @Field(() => [HypothesisLag]) lags: HypothesisLag[];
}
