import type {
  DemandMeasure,
  EffortMeasure,
  HypothesisGranularity,
  HypothesisUnit,
} from "../../gql/graphql";

export const UNITS: HypothesisUnit[] = ["DISTRICT", "TEAM"];
export const GRANULARITIES: HypothesisGranularity[] = ["MONTH", "QUARTER"];
export const EFFORTS: EffortMeasure[] = ["HOURS", "UNITS"];
export const DEMANDS: DemandMeasure[] = ["NEW_CASES", "HOURS"];

/** The form's fields as typed; lags as the text the analyst wrote, "0, 3, 6". */
export interface HypothesisFilter {
  municipalityId: string;
  teamId: string;
  from: string;
  to: string;
  unit: HypothesisUnit;
  granularity: HypothesisGranularity;
  lags: string;
  effort: EffortMeasure;
  demand: DemandMeasure;
}

export const DEFAULT_FILTER: Omit<HypothesisFilter, "municipalityId"> = {
  teamId: "",
  from: "",
  to: "",
  unit: "DISTRICT",
  granularity: "MONTH",
  lags: "0, 3, 6",
  effort: "HOURS",
  demand: "NEW_CASES",
};

/** "0, 3, 6" as [0, 3, 6]; null when a part is not a whole number (the API checks the range). */
export function parseLags(text: string): number[] | null {
  const parts = text.split(",").map((part) => part.trim());
  if (!parts.every((part) => /^-?\d+$/.test(part))) return null;
  return parts.map(Number);
}

/** The query's variables: an empty period or team is left to the API's default. */
export function hypothesisVariables(filter: HypothesisFilter, lags: number[]) {
  return {
    filter: {
      municipalityId: filter.municipalityId,
      ...(filter.teamId ? { teamId: filter.teamId } : {}),
      ...(filter.from ? { from: filter.from } : {}),
      ...(filter.to ? { to: filter.to } : {}),
    },
    lags,
    unit: filter.unit,
    granularity: filter.granularity,
    effort: filter.effort,
    demand: filter.demand,
  };
}
