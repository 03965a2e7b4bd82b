import type { DataSource, EntityManager } from "typeorm";
import { Decimal } from "decimal.js";
import {
  HypothesisInputError,
  testQuadrantHypothesis,
  type HypothesisResult,
} from "../../calculators/hypothesis/index";
import type { CaseFilter } from "../../schema/inputs/case.input";
import type { Quadrant } from "../../schema/quadrant-model";
import { caseSelection, type CaseSelection } from "../effects";
import { BadInputError, type TenantScope } from "../platform";
import { arrangementShares } from "../quadrants";
import { hypothesisLabels } from "./hypothesis-labels";
import { panelCells, registeredMonths } from "./hypothesis-panel";
import {
  fillPanel,
  monthsBetween,
  periodsOf,
  snapToQuarters,
  type PanelCell,
  type PanelGranularity,
} from "./panel-periods";

export const MAX_LAGS = 8;
export const MAX_LAG = 36;
/** Twenty years of months: a bound on the panel's size, far beyond any registration history. */
export const MAX_PANEL_MONTHS = 240;

export interface HypothesisRequest {
  municipalityId: string;
  modelId: string;
  quadrants: Quadrant[];
  /** Quadrants of the filter's own modelId, for filter.quadrantClass. */
  filterQuadrants: Quadrant[];
  filter?: CaseFilter;
  lags: number[];
  granularity: PanelGranularity;
  unit: "DISTRICT" | "TEAM";
  effort: "HOURS" | "UNITS";
  demand: "NEW_CASES" | "HOURS";
  effortQuadrants?: string[] | null;
  demandQuadrants?: string[] | null;
}

export interface HypothesisAnswer {
  effortCodes: string[];
  demandCodes: string[];
  firstPeriod: string | null;
  lastPeriod: string | null;
  units: { id: string; name: string }[];
  panel: PanelCell[];
  result: HypothesisResult;
}

/** The quadrants named by code, or by default those on one side of the x axis. */
function chosenQuadrants(
  quadrants: Quadrant[],
  codes: string[] | null | undefined,
  field: string,
  side: "positive" | "negative",
): Quadrant[] {
  if (!codes) {
    const positions =
      side === "positive" ? ["TOP_RIGHT", "BOTTOM_RIGHT"] : ["TOP_LEFT", "BOTTOM_LEFT"];
    return quadrants
      .filter((q) => positions.includes(q.position))
      .sort((a, b) => a.code.localeCompare(b.code));
  }
  if (codes.length === 0) throw new BadInputError(field, "must name at least one quadrant");
  return codes.map((code, i) => {
    const quadrant = quadrants.find((q) => q.code === code);
    if (!quadrant) {
      const known = quadrants.map((q) => q.code).join(", ");
      throw new BadInputError(
        `${field}[${i}]`,
        `${code} is not a quadrant of the model (${known})`,
      );
    }
    return quadrant;
  });
}

function checkLags(lags: number[]) {
  if (lags.length > MAX_LAGS) throw new BadInputError("lags", `at most ${MAX_LAGS} lags`);
  lags.forEach((lag, i) => {
    if (lag > MAX_LAG) throw new BadInputError(`lags[${i}]`, `must be at most ${MAX_LAG} periods`);
  });
}

/** "2026-12": months after it cannot have been observed yet (planned recurrences can lie there). */
function currentMonth(): string {
  return new Date().toISOString().slice(0, 7);
}

/**
 * The panel's first and last month: the filter's period, else from the first to the last month
 * in which a selected case had intervention work on its own date; never past the current month. Widened to whole quarters for QUARTER; null when nothing is left.
 */
async function panelRange(
  db: DataSource | EntityManager,
  selection: CaseSelection,
  filter: CaseFilter | undefined,
  granularity: PanelGranularity,
): Promise<[string, string] | null> {
  const registered = filter?.from && filter?.to ? null : await registeredMonths(db, selection);
  const from = filter?.from?.slice(0, 7) ?? registered?.first ?? null;
  let to = filter?.to?.slice(0, 7) ?? registered?.last ?? null;
  if (filter?.from && filter?.to && filter.from > filter.to)
    throw new BadInputError("filter.to", "must not lie before filter.from");
  if (!from || !to) return null;
  if (to > currentMonth()) to = currentMonth();
  if (from > to) return null;
  const range =
    granularity === "QUARTER" ? snapToQuarters(from, to) : ([from, to] as [string, string]);
  if (monthsBetween(...range).length > MAX_PANEL_MONTHS)
    throw new BadInputError(
      filter?.from ? "filter.from" : "filter",
      `the panel spans at most ${MAX_PANEL_MONTHS} months; narrow the period`,
    );
  return range;
}

async function unitNames(
  db: DataSource | EntityManager,
  unit: "DISTRICT" | "TEAM",
  ids: string[],
): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows: { id: string; name: string }[] = await db.query(
    `SELECT id::text AS id, name FROM ${unit === "DISTRICT" ? "district" : "team"} WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function effortDemandShares(
  db: DataSource | EntityManager,
  request: HypothesisRequest,
  effortCodes: string[],
  demandCodes: string[],
) {
  const ids: { id: string }[] = await db.query(
    "SELECT id::text AS id FROM arrangement WHERE municipality_id = $1",
    [request.municipalityId],
  );
  const profiles = await arrangementShares(
    db,
    request.modelId,
    request.quadrants,
    ids.map((r) => r.id),
  );
  const sum = (shares: [string, Decimal][], codes: string[]) =>
    shares.filter(([cls]) => codes.includes(cls)).reduce((a, [, s]) => a.plus(s), new Decimal(0));
  return new Map(
    [...profiles].map(([id, shares]) => [
      id,
      { effort: sum(shares, effortCodes), demand: sum(shares, demandCodes) },
    ]),
  );
}

/**
 * The network-quadrant hypothesis on stored registrations (issue 14, part 1): a panel per unit
 * (district or team) and period of effort in the effort quadrants and demand in the demand
 * quadrants, summed in SQL, filled with zeros, and tested by the pure calculator per lag.
 */
export async function quadrantHypothesis(
  db: DataSource | EntityManager,
  scope: TenantScope,
  request: HypothesisRequest,
): Promise<HypothesisAnswer> {
  checkLags(request.lags);
  const effortQuadrants = chosenQuadrants(
    request.quadrants,
    request.effortQuadrants,
    "effortQuadrants",
    "positive",
  );
  const demandQuadrants = chosenQuadrants(
    request.quadrants,
    request.demandQuadrants,
    "demandQuadrants",
    "negative",
  );
  const overlap = effortQuadrants.find((q) => demandQuadrants.includes(q));
  if (overlap)
    throw new BadInputError(
      "demandQuadrants",
      `${overlap.code} is also an effort quadrant: effort and demand must not share a quadrant`,
    );
  const effortCodes = effortQuadrants.map((q) => q.code);
  const demandCodes = demandQuadrants.map((q) => q.code);
  const selection = caseSelection(
    db,
    scope,
    request.municipalityId,
    request.filter,
    request.filterQuadrants,
  );
  const range = await panelRange(db, selection, request.filter, request.granularity);
  const cells = range
    ? await panelCells(db, {
        selection,
        modelId: request.modelId,
        effortPositions: effortQuadrants.map((q) => q.position),
        demandPositions: demandQuadrants.map((q) => q.position),
        arrangementShares: await effortDemandShares(db, request, effortCodes, demandCodes),
        unit: request.unit,
        effort: request.effort,
        demand: request.demand,
        from: range[0],
        to: range[1],
        granularity: request.granularity,
      })
    : [];
  const periods = range ? periodsOf(monthsBetween(...range), request.granularity) : [];
  const names = await unitNames(db, request.unit, [...new Set(cells.map((c) => c.unit))]);
  const units = [...names]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, "nl"));
  const panel = fillPanel(
    cells,
    units.map((u) => u.id),
    periods,
  );
  try {
    const result = testQuadrantHypothesis(panel, {
      lags: request.lags,
      labels: hypothesisLabels({ ...request, effortCodes, demandCodes }),
    });
    return {
      effortCodes,
      demandCodes,
      firstPeriod: panel.length ? panel[0].period : null,
      lastPeriod: panel.length ? panel[panel.length - 1].period : null,
      units,
      panel,
      result,
    };
  } catch (error) {
    if (error instanceof HypothesisInputError) throw new BadInputError(error.field, error.reason);
    throw error;
  }
}
