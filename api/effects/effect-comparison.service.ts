import type { DataSource, EntityManager } from "typeorm";
import {
  centsOf,
  DEFAULT_DISCOUNT_RATE,
  formatCents,
  type EffectResult,
} from "../../calculators/effect/index";
import {
  EffectGroupBy,
  type StoredEffectSettingsInput,
} from "../../schema/effect-comparison-types";
import type { CaseFilter } from "../../schema/inputs/case.input";
import { MODEL_A_ID, Quadrant } from "../../schema/quadrant-model";
import {
  BadInputError,
  NotFoundError,
  canSee,
  type DisclosureRule,
  type TenantScope,
} from "../platform";
import { refuseDifferencing } from "./filter-disclosure";
import { calculateCaseEffects } from "./case-effects";
import { caseSelection, loadEffectCases, type EffectCaseRow } from "./effect-cases";
import {
  caseFigures,
  GroupAssigner,
  Grouping,
  type CaseGroups,
  type GroupEffect,
  type GroupKey,
} from "./effect-groups";
import { groupLabelsFor, type Language } from "./group-labels";
import { findVisibleModel } from "../quadrants";
import { resolveStoredSettings } from "./stored-effect-settings";
import type { PriceTable } from "../pricing";

export type { GroupEffect } from "./effect-groups";

/**
 * Effect comparison over stored cases (rule 9 of CALCULATOR.md): every filtered case through the
 * calculator, in batches (support summed in SQL, so memory holds one batch of events), grouped
 * by arrangement, team, quadrant or district; per group the sums of the cases' figures, the
 * distribution over the cases, who pays and who gains, and the summed monthly timeline. The
 * total is the sum of the groups, to the cent. The same service feeds GraphQL and the workbooks.
 */

const EFFECT_BATCH_SIZE = 500;

interface ComparisonRequest {
  municipalityId: string;
  groupBy: EffectGroupBy;
  filter?: CaseFilter;
  settings?: StoredEffectSettingsInput | null;
  /** Quadrant model for QUADRANT grouping; default the built-in model A. */
  modelId?: string | null;
  /** Also the pooled SROI ratio of each group under pessimistic and optimistic assumptions. */
  sensitivityRange?: boolean;
  /** Language of the labels of groups without a name (no arrangement, quadrant axes); default NL. */
  language?: Language;
  onProgress?: (done: number, total: number) => void;
  /** The caller's disclosure rule: its filter may not isolate a small group by difference. */
  disclosure?: DisclosureRule;
  /** Each case's result (with its monthly timeline), batch by batch, e.g. for an export. */
  onCase?: (effect: CaseEffectRow) => void | Promise<void>;
}

/** Several groupings of the same cases, each case through the calculator once. */
interface MultiComparisonRequest extends Omit<ComparisonRequest, "groupBy"> {
  groupings: readonly EffectGroupBy[];
  /** Groupings whose groups get their monthly timeline (and payback month); default all. */
  timelines?: readonly EffectGroupBy[];
  /**
   * Groups of the same pass whose key follows from the case and its groups in `groupings`
   * (effectTrend's group × cohort); the caller keeps them and summarises them afterwards.
   */
  derived?: readonly DerivedGrouping[];
}

export interface DerivedGrouping {
  groups: CaseGroups;
  keyOf(row: EffectCaseRow, groups: ReadonlyMap<EffectGroupBy, GroupKey>): GroupKey;
}

export interface CaseEffectRow {
  caseId: string;
  reference: string;
  teamName: string;
  districtName: string | null;
  /** The case's group in each grouping compared. */
  groups: ReadonlyMap<EffectGroupBy, GroupKey>;
  result: EffectResult;
}

export interface EffectComparisonResult {
  groupBy: EffectGroupBy;
  cases: number;
  groups: GroupEffect[];
  total: GroupEffect;
  pricing: PriceTable;
  usedPriceCodes: string[];
  settingsUsed: EffectResult["settingsUsed"] & { reportYear: number };
  unpricedActivities: number;
  unpricedOutcomes: number;
  /** PV of the valued outcomes of all cases (part of presentValue), for break-even margins. */
  outcomesPresentValue: string;
}

async function quadrantModel(
  db: DataSource | EntityManager,
  scope: TenantScope,
  request: MultiComparisonRequest,
): Promise<{ id: string; quadrants: Quadrant[] } | null> {
  if (!request.groupings.includes(EffectGroupBy.QUADRANT)) return null;
  const model = await findVisibleModel(managerOf(db), scope, request.modelId ?? MODEL_A_ID);
  return { id: model.id, quadrants: await quadrantsOf(db, model.id) };
}

async function filterQuadrants(
  db: DataSource | EntityManager,
  scope: TenantScope,
  filter?: CaseFilter,
) {
  if (!filter?.modelId) return [];
  const model = await findVisibleModel(managerOf(db), scope, filter.modelId, "filter.modelId");
  return quadrantsOf(db, model.id);
}

function managerOf(db: DataSource | EntityManager): EntityManager {
  return "manager" in db ? db.manager : db;
}

/** A model's quadrants in model order (top left, top right, bottom right, bottom left). */
async function quadrantsOf(db: DataSource | EntityManager, modelId: string): Promise<Quadrant[]> {
  const order = ["TOP_LEFT", "TOP_RIGHT", "BOTTOM_RIGHT", "BOTTOM_LEFT"];
  const rows = await db.getRepository(Quadrant).find({ where: { modelId } });
  return rows.sort((a, b) => order.indexOf(a.position) - order.indexOf(b.position));
}

export async function compareEffects(
  db: DataSource | EntityManager,
  scope: TenantScope,
  request: ComparisonRequest,
): Promise<EffectComparisonResult> {
  const results = await compareEffectsPer(db, scope, { ...request, groupings: [request.groupBy] });
  return results.get(request.groupBy)!;
}

export async function compareEffectsPer(
  db: DataSource | EntityManager,
  scope: TenantScope,
  request: MultiComparisonRequest,
): Promise<Map<EffectGroupBy, EffectComparisonResult>> {
  const { municipalityId, filter } = request;
  if (!canSee(scope, municipalityId)) {
    throw new NotFoundError("Municipality", municipalityId, "filter.municipalityId");
  }
  if (filter?.municipalityId && filter.municipalityId !== municipalityId) {
    throw new BadInputError("filter.municipalityId", "differs from the municipality compared");
  }
  const model = await quadrantModel(db, scope, request);
  const quadrantsOfFilter = await filterQuadrants(db, scope, filter);
  if (request.disclosure)
    await refuseDifferencing(
      db,
      scope,
      request.disclosure,
      municipalityId,
      filter,
      quadrantsOfFilter,
    );
  const selection = caseSelection(db, scope, municipalityId, filter, quadrantsOfFilter);
  const cases = await loadEffectCases(db, selection, filter?.arrangementId ?? null);
  const settings = await resolveStoredSettings(
    db,
    municipalityId,
    selection,
    request.settings,
    filter?.from,
  );
  const labels = groupLabelsFor(request.language ?? "NL");
  const withTimelines = new Set(request.timelines ?? request.groupings);
  const groupings = [...new Set(request.groupings)].map(
    (groupBy) =>
      new Grouping(groupBy, new GroupAssigner(groupBy, model, labels), withTimelines.has(groupBy)),
  );
  const used = new Set<string>();
  let unpricedActivities = 0;
  let unpricedOutcomes = 0;
  let outcomesPv = 0n;
  let settingsUsed: EffectResult["settingsUsed"] | null = null;
  const range = request.sensitivityRange ?? false;
  for (let start = 0; start < cases.length; start += EFFECT_BATCH_SIZE) {
    const batch = cases.slice(start, start + EFFECT_BATCH_SIZE);
    const keys = new Map<EffectGroupBy, Map<string, GroupKey>>();
    for (const grouping of groupings) {
      keys.set(grouping.groupBy, await grouping.assigner.keysFor(db, batch));
    }
    const effects = await calculateCaseEffects(db, batch, settings, {
      timeline: true,
      sensitivity: false,
      range,
    });
    const figures = new Map(effects.map((e) => [e.row.id, caseFigures(e.result)]));
    for (const grouping of groupings) grouping.add(effects, keys.get(grouping.groupBy)!, figures);
    const groupsOf = (row: EffectCaseRow) =>
      new Map(groupings.map((g) => [g.groupBy, keys.get(g.groupBy)!.get(row.id)!]));
    for (const derived of request.derived ?? []) {
      const derivedKeys = new Map(batch.map((row) => [row.id, derived.keyOf(row, groupsOf(row))]));
      derived.groups.add(effects, derivedKeys, figures);
    }
    for (const effect of effects) {
      unpricedActivities += effect.unpricedActivities;
      unpricedOutcomes += effect.unpricedOutcomes;
      outcomesPv += centsOf(effect.result.breakdown.outcomes);
      settingsUsed ??= effect.result.settingsUsed;
      if (request.onCase)
        await request.onCase(caseRow(effect.row, groupsOf(effect.row), effect.result));
    }
    await usedCodes(db, batch, used);
    request.onProgress?.(Math.min(start + EFFECT_BATCH_SIZE, cases.length), cases.length);
  }
  const decimals = settings.calculator.ratioDecimals ?? 3;
  const shared = {
    cases: cases.length,
    pricing: settings.pricing,
    usedPriceCodes: [...used].sort(),
    settingsUsed: {
      ...(settingsUsed ?? defaultSettingsUsed(settings.calculator, decimals)),
      reportYear: settings.pricing.reportYear,
    },
    unpricedActivities,
    unpricedOutcomes,
    outcomesPresentValue: formatCents(outcomesPv),
  };
  return new Map(
    groupings.map((grouping) => [
      grouping.groupBy,
      { groupBy: grouping.groupBy, ...shared, ...grouping.summarise(decimals, range) },
    ]),
  );
}

function caseRow(
  row: EffectCaseRow,
  groups: ReadonlyMap<EffectGroupBy, GroupKey>,
  result: EffectResult,
): CaseEffectRow {
  return {
    caseId: row.id,
    reference: row.reference,
    teamName: row.teamName,
    districtName: row.districtName,
    groups,
    result,
  };
}

function defaultSettingsUsed(
  settings: {
    baseDate: string;
    horizonMonths: number;
    discountRate?: unknown;
    discountFirstYear?: boolean;
  },
  ratioDecimals: number,
): EffectResult["settingsUsed"] {
  return {
    baseDate: settings.baseDate,
    horizonMonths: settings.horizonMonths,
    discountRate: String(settings.discountRate ?? DEFAULT_DISCOUNT_RATE),
    discountFirstYear: settings.discountFirstYear ?? false,
    ratioDecimals,
  };
}

/** Price codes the batch's support and outcomes use (for the price list sheet of a report). */
async function usedCodes(
  db: DataSource | EntityManager,
  batch: EffectCaseRow[],
  into: Set<string>,
) {
  const rows: { code: string }[] = await db.query(
    `SELECT DISTINCT price_item_code AS code FROM support_activity
      WHERE case_id = ANY($1) AND price_item_code IS NOT NULL
     UNION SELECT DISTINCT price_item_code FROM outcome
      WHERE case_id = ANY($1) AND price_item_code IS NOT NULL`,
    [batch.map((c) => c.id)],
  );
  for (const row of rows) into.add(row.code);
}
