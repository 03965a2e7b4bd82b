import type { EntityManager } from "typeorm";
import { Decimal } from "decimal.js";
import type { HypothesisLagRow, HypothesisTable } from "../../reports/index";
import type { CaseFilter } from "../../schema/inputs/case.input";
import type { HypothesisSheetInput } from "../../schema/inputs/hypothesis-sheet.input";
import { MODEL_B_ID } from "../../schema/quadrant-model";
import { MAX_LAG, MAX_LAGS, quadrantHypothesis, type HypothesisAnswer } from "../analyses";
import { BadInputError, type TenantScope, requireId } from "../platform";
import { modelForMunicipality } from "../quadrants";

/**
 * The Hypothese sheet's data: quadrantHypothesis (the service of the GraphQL query, never a
 * second computation) on the report's case filter, effort in hours and demand in new cases.
 */
const DEFAULT_LAGS = [0, 3, 6];

/** The sheet's settings with their defaults filled in, as the GraphQL input has them. */
export function hypothesisSettings(input: Partial<HypothesisSheetInput>) {
  return {
    modelId: input.modelId ?? MODEL_B_ID,
    lags: input.lags ?? DEFAULT_LAGS,
    granularity: input.granularity ?? "MONTH",
    unit: input.unit ?? "DISTRICT",
  } as const;
}

/**
 * Refuses, when the export is asked for, what quadrantHypothesis would refuse only when the
 * worker runs it: a model that is not built in or the municipality's own, and bad lags.
 */
export async function checkHypothesisInput(
  em: EntityManager,
  scope: TenantScope,
  municipalityId: string,
  input: HypothesisSheetInput,
) {
  const field = "filter.hypothesis";
  if (input.modelId) {
    const modelId = requireId(`${field}.modelId`, input.modelId);
    await modelForMunicipality(em, scope, modelId, municipalityId, `${field}.modelId`);
  }
  const lags = input.lags ?? DEFAULT_LAGS;
  if (lags.length === 0) throw new BadInputError(`${field}.lags`, "must name at least one lag");
  if (lags.length > MAX_LAGS) throw new BadInputError(`${field}.lags`, `at most ${MAX_LAGS} lags`);
  lags.forEach((lag, i) => {
    if (!Number.isInteger(lag) || lag < 0 || lag > MAX_LAG)
      throw new BadInputError(`${field}.lags[${i}]`, `must be a whole number from 0 to ${MAX_LAG}`);
    if (lags.indexOf(lag) !== i)
      throw new BadInputError(`${field}.lags[${i}]`, `${lag} is named twice`);
  });
}

function lagRow(lag: HypothesisAnswer["result"]["lags"][number]): HypothesisLagRow {
  const correlation = (c: typeof lag.pearson) =>
    c ? { estimate: c.estimate, lower: c.lower, upper: c.upper, pValue: c.pValue } : null;
  const fe = lag.fixedEffects;
  return {
    lag: lag.lag,
    observations: lag.nObservations,
    units: lag.nUnits,
    periods: lag.nPeriods,
    pearson: correlation(lag.pearson),
    spearman: correlation(lag.spearman),
    withinUnit: fe
      ? {
          slope: fe.slope,
          standardError: fe.standardError,
          lower: fe.lower,
          upper: fe.upper,
          pValue: fe.pValue,
          df: fe.df,
        }
      : null,
    refusal: lag.refused ? { ...lag.refused.reason } : null,
    sentence: { ...lag.sentence },
  };
}

/** The panel's sum in its four decimals, exactly (Decimal, not a float sum). */
function panelSum(values: number[]): string {
  return values.reduce((sum, v) => sum.plus(v), new Decimal(0)).toFixed(4);
}

export async function hypothesisTable(
  em: EntityManager,
  scope: TenantScope,
  filter: CaseFilter & { municipalityId: string },
  input: Partial<HypothesisSheetInput>,
): Promise<HypothesisTable> {
  const settings = hypothesisSettings(input);
  const { model, quadrants } = await modelForMunicipality(
    em,
    scope,
    settings.modelId,
    filter.municipalityId,
    "filter.hypothesis.modelId",
  );
  const answer = await quadrantHypothesis(em, scope, {
    municipalityId: filter.municipalityId,
    modelId: model.id,
    quadrants,
    filterQuadrants: [],
    filter,
    lags: [...settings.lags],
    granularity: settings.granularity,
    unit: settings.unit,
    effort: "HOURS",
    demand: "NEW_CASES",
  });
  const names = new Map(answer.units.map((u) => [u.id, u.name]));
  return {
    model: model.name,
    unit: settings.unit,
    granularity: settings.granularity,
    effortQuadrants: answer.effortCodes,
    demandQuadrants: answer.demandCodes,
    lags: answer.result.lags.map(lagRow),
    panel: answer.panel.map((cell) => ({
      unit: names.get(cell.unit) ?? cell.unit,
      period: cell.period,
      effort: cell.effort,
      demand: cell.demand,
    })),
    total: {
      effort: panelSum(answer.panel.map((cell) => cell.effort)),
      demand: panelSum(answer.panel.map((cell) => cell.demand)),
    },
  };
}
