import type { DataSource } from "typeorm";
import {
  aggregateResults,
  centsOf,
  DEFAULT_DISCOUNT_RATE,
  formatRatio,
  sumTimelines,
  type AggregateItem,
  type EffectResult,
  type GroupSummary,
  type PeriodRow,
} from "../../calculators/effect";
import { Decimal } from "decimal.js";
import { EffectGroupBy } from "../../schema/effect-comparison-types";
import type { CaseFilter } from "../../schema/inputs/case.input";
import type { StoredEffectSettingsInput } from "../../schema/effect-comparison-types";
import { Quadrant } from "../../schema/quadrant-model";
import { MODEL_A_ID } from "../../migrations/1763900100000-QuadrantModels";
import { BadInputError, NotFoundError } from "../errors";
import { canSee, type TenantScope } from "../scope";
import { calculateCaseEffects, type CaseEffect } from "./case-effects";
import { caseSelection, loadEffectCases, type EffectCaseRow } from "./effect-cases";
import { GroupAssigner } from "./effect-groups";
import { paybackFromRows } from "./group-payback";
import { findVisibleModel } from "./quadrant-model.service";
import { resolveStoredSettings } from "./stored-effect-settings";
import type { PriceTable } from "./pricing";

/**
 * Effect comparison over stored cases (rule 9 of CALCULATOR.md): every filtered case through the
 * calculator, in batches (support summed in SQL, so memory holds one batch of events), grouped
 * by arrangement, team, quadrant or district; per group the sums of the cases' figures, the
 * distribution over the cases, who pays and who gains, and the summed monthly timeline. The
 * total is the sum of the groups, to the cent. The same service feeds GraphQL and the workbooks.
 */

export const EFFECT_BATCH_SIZE = 500;

export interface ComparisonRequest {
  municipalityId: string;
  groupBy: EffectGroupBy;
  filter?: CaseFilter;
  settings?: StoredEffectSettingsInput | null;
  /** Quadrant model for QUADRANT grouping; default the built-in model A. */
  modelId?: string | null;
  /** Also the pooled SROI ratio of each group under pessimistic and optimistic assumptions. */
  sensitivityRange?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Each case's result (with its monthly timeline), batch by batch, e.g. for an export. */
  onCase?: (effect: CaseEffectRow) => void | Promise<void>;
}

export interface CaseEffectRow {
  caseId: string;
  reference: string;
  teamName: string;
  districtName: string | null;
  groupKey: string | null;
  groupLabel: string;
  result: EffectResult;
}

export interface GroupEffect extends GroupSummary {
  key: string | null;
  label: string;
  monthly: PeriodRow[];
  paybackMonth: number | null;
  discountedPaybackMonth: number | null;
  ratioLow: string | null;
  ratioHigh: string | null;
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
}

/** What a group collects besides the calculator's aggregate. */
class GroupExtras {
  monthly: PeriodRow[] = [];
  low = { investment: 0n, presentValue: 0n };
  high = { investment: 0n, presentValue: 0n };
  constructor(readonly label: string) {}

  add(effects: CaseEffect[]) {
    this.monthly = sumTimelines([this.monthly, ...effects.map((e) => e.result.timeline ?? [])]);
    for (const effect of effects) {
      if (effect.pessimistic) addPv(this.low, effect.pessimistic);
      if (effect.optimistic) addPv(this.high, effect.optimistic);
    }
  }
}

function addPv(sum: { investment: bigint; presentValue: bigint }, result: EffectResult) {
  sum.investment += centsOf(result.investment);
  sum.presentValue += centsOf(result.presentValue);
}

function pooledRatio(sum: { investment: bigint; presentValue: bigint }, decimals: number) {
  if (sum.investment === 0n) return null;
  return formatRatio(
    new Decimal(sum.presentValue.toString()).dividedBy(sum.investment.toString()),
    decimals,
  );
}

async function quadrantModel(
  db: DataSource,
  scope: TenantScope,
  request: ComparisonRequest,
): Promise<{ id: string; quadrants: Quadrant[] } | null> {
  if (request.groupBy !== EffectGroupBy.QUADRANT) return null;
  const model = await findVisibleModel(db.manager, scope, request.modelId ?? MODEL_A_ID);
  return { id: model.id, quadrants: await quadrantsOf(db, model.id) };
}

async function filterQuadrants(db: DataSource, scope: TenantScope, filter?: CaseFilter) {
  if (!filter?.modelId) return [];
  const model = await findVisibleModel(db.manager, scope, filter.modelId, "filter.modelId");
  return quadrantsOf(db, model.id);
}

/** A model's quadrants in model order (top left, top right, bottom right, bottom left). */
async function quadrantsOf(db: DataSource, modelId: string): Promise<Quadrant[]> {
  const order = ["TOP_LEFT", "TOP_RIGHT", "BOTTOM_RIGHT", "BOTTOM_LEFT"];
  const rows = await db.getRepository(Quadrant).find({ where: { modelId } });
  return rows.sort((a, b) => order.indexOf(a.position) - order.indexOf(b.position));
}

export async function compareEffects(
  db: DataSource,
  scope: TenantScope,
  request: ComparisonRequest,
): Promise<EffectComparisonResult> {
  const { municipalityId, filter } = request;
  if (!canSee(scope, municipalityId)) {
    throw new NotFoundError("Municipality", municipalityId, "filter.municipalityId");
  }
  if (filter?.municipalityId && filter.municipalityId !== municipalityId) {
    throw new BadInputError("filter.municipalityId", "differs from the municipality compared");
  }
  const model = await quadrantModel(db, scope, request);
  const selection = caseSelection(
    db,
    scope,
    municipalityId,
    filter,
    await filterQuadrants(db, scope, filter),
  );
  const cases = await loadEffectCases(db, selection);
  const settings = await resolveStoredSettings(
    db,
    municipalityId,
    selection,
    request.settings,
    filter?.from,
  );
  const assigner = new GroupAssigner(request.groupBy, model);
  const items: AggregateItem[] = [];
  const extras = new Map<string, GroupExtras>();
  const used = new Set<string>();
  let unpricedActivities = 0;
  let unpricedOutcomes = 0;
  let settingsUsed: EffectResult["settingsUsed"] | null = null;
  const range = request.sensitivityRange ?? false;
  for (let start = 0; start < cases.length; start += EFFECT_BATCH_SIZE) {
    const batch = cases.slice(start, start + EFFECT_BATCH_SIZE);
    const keys = await assigner.keysFor(db, batch);
    const effects = await calculateCaseEffects(db, batch, settings, {
      timeline: true,
      sensitivity: false,
      range,
    });
    const byGroup = new Map<string, CaseEffect[]>();
    for (const effect of effects) {
      const group = keys.get(effect.row.id)!;
      const id = groupId(group.key);
      const members = byGroup.get(id);
      if (members) members.push(effect);
      else byGroup.set(id, [effect]);
      if (!extras.has(id)) extras.set(id, new GroupExtras(group.label));
      // The aggregate needs no timeline; keeping it would hold every case's months in memory.
      items.push({ group: id, result: { ...effect.result, timeline: null } });
      unpricedActivities += effect.unpricedActivities;
      unpricedOutcomes += effect.unpricedOutcomes;
      settingsUsed ??= effect.result.settingsUsed;
      await request.onCase?.(caseRow(effect.row, group, effect.result));
    }
    for (const [id, groupEffects] of byGroup) extras.get(id)!.add(groupEffects);
    await usedCodes(db, batch, used);
    request.onProgress?.(Math.min(start + EFFECT_BATCH_SIZE, cases.length), cases.length);
  }
  const decimals = settings.calculator.ratioDecimals ?? 3;
  const aggregate = aggregateResults(items, { ratioDecimals: decimals });
  const groups = aggregate.groups
    .map((summary) => {
      const extra = extras.get(summary.group!)!;
      return groupEffect(summary, keyOf(summary.group!), extra.label, extra, decimals, range);
    })
    .sort((a, b) => a.label.localeCompare(b.label, "nl"));
  const total = new GroupExtras("Totaal");
  total.monthly = sumTimelines(groups.map((g) => g.monthly));
  for (const extra of extras.values()) {
    for (const side of ["low", "high"] as const) {
      total[side].investment += extra[side].investment;
      total[side].presentValue += extra[side].presentValue;
    }
  }
  return {
    groupBy: request.groupBy,
    cases: cases.length,
    groups,
    total: groupEffect(aggregate.total, null, "Totaal", total, decimals, range),
    pricing: settings.pricing,
    usedPriceCodes: [...used].sort(),
    settingsUsed: {
      ...(settingsUsed ?? defaultSettingsUsed(settings.calculator, decimals)),
      reportYear: settings.pricing.reportYear,
    },
    unpricedActivities,
    unpricedOutcomes,
  };
}

/** Group ids in the aggregate: a key, or "" for the cases without one (sorts first). */
function groupId(key: string | null): string {
  return key ?? "";
}
function keyOf(id: string): string | null {
  return id === "" ? null : id;
}

function groupEffect(
  summary: GroupSummary,
  key: string | null,
  label: string,
  extra: GroupExtras,
  decimals: number,
  range: boolean,
): GroupEffect {
  return {
    ...summary,
    key,
    label,
    monthly: extra.monthly,
    paybackMonth: paybackFromRows(extra.monthly, false),
    discountedPaybackMonth: paybackFromRows(extra.monthly, true),
    ratioLow: range ? pooledRatio(extra.low, decimals) : null,
    ratioHigh: range ? pooledRatio(extra.high, decimals) : null,
  };
}

function caseRow(
  row: EffectCaseRow,
  group: { key: string | null; label: string },
  result: EffectResult,
): CaseEffectRow {
  return {
    caseId: row.id,
    reference: row.reference,
    teamName: row.teamName,
    districtName: row.districtName,
    groupKey: group.key,
    groupLabel: group.label,
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
async function usedCodes(db: DataSource, batch: EffectCaseRow[], into: Set<string>) {
  const rows: { code: string }[] = await db.query(
    `SELECT DISTINCT price_item_code AS code FROM support_activity
      WHERE case_id = ANY($1) AND price_item_code IS NOT NULL
     UNION SELECT DISTINCT price_item_code FROM outcome
      WHERE case_id = ANY($1) AND price_item_code IS NOT NULL`,
    [batch.map((c) => c.id)],
  );
  for (const row of rows) into.add(row.code);
}
