import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { EffectResult } from "../../schema/effect-types";
import type { StoredEffectSettingsInput } from "../../schema/effect-comparison-types";
import { BadInputError } from "../platform";
import { calculateLoadedCase, loadCaseEffectData } from "./case-effects";
import { loadEffectCases } from "./effect-cases";
import { effectResultType } from "./effect-scenario";
import { loadPricing, type PriceTable } from "../pricing";
import {
  calculatorPrices,
  calculatorSettings,
  horizonTo,
  inSettings,
  type ResolvedSettings,
} from "./stored-effect-settings";

/**
 * The effect of stored cases one by one (`case.effect`): each case's support and outcomes in
 * both scenarios, priced with its municipality's price list, through the calculator. By default
 * a case's timeline starts in the month it opened and runs to the last month its support or
 * outcomes reach, priced with the latest price list published by then, in that year's prices.
 * Batched: a list of cases with their effect costs the same few statements as one case.
 */
interface CaseEffectRequest {
  caseId: string;
  settings: StoredEffectSettingsInput | null;
  timeline: boolean;
  sensitivity: boolean;
}

interface CaseDates {
  id: string;
  municipalityId: string;
  openedOn: string;
  last: string | null;
}

async function caseDates(db: DataSource, ids: string[]): Promise<Map<string, CaseDates>> {
  const rows: CaseDates[] = await db.query(
    `SELECT c.id, c.municipality_id AS "municipalityId", c.opened_on::text AS "openedOn",
            to_char(GREATEST(
              (SELECT max(date_trunc('month', a.activity_date) + make_interval(months => COALESCE(a.recur_months, 1) - 1))
                 FROM support_activity a WHERE a.case_id = c.id),
              (SELECT max(date_trunc('month', o.outcome_date) + make_interval(months =>
                        COALESCE(o.duration_years * 12, o.recur_months, 1) - 1))
                 FROM outcome o WHERE o.case_id = c.id)), 'YYYY-MM-DD') AS last
       FROM case_record c WHERE c.id = ANY($1)`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** Per case, the latest price list its municipality published on or before its base date. */
async function chosenLists(
  db: DataSource,
  cases: { id: string; baseDate: string }[],
): Promise<Map<string, string | null>> {
  const rows: { id: string; list: string | null }[] = await db.query(
    `SELECT k.id, (SELECT l.id FROM price_list l JOIN case_record c ON c.id = k.id
                    WHERE l.municipality_id = c.municipality_id AND l.status = 'PUBLISHED'
                      AND l.valid_from <= k.base ORDER BY l.version_number DESC LIMIT 1) AS list
       FROM unnest($1::uuid[], $2::date[]) AS k(id, base)`,
    [cases.map((c) => c.id), cases.map((c) => c.baseDate)],
  );
  return new Map(rows.map((row) => [row.id, row.list]));
}

/** Effects of cases sharing the same settings; an Error in place of a case that cannot be computed. */
async function effectsWithSettings(
  db: DataSource,
  ids: string[],
  settings: StoredEffectSettingsInput,
  options: { timeline: boolean; sensitivity: boolean },
): Promise<Map<string, EffectResult | Error>> {
  const selection = { sql: "SELECT unnest($1::uuid[]) AS id", params: [ids] };
  const [rows, dates, data] = await Promise.all([
    loadEffectCases(db, selection),
    caseDates(db, ids),
    loadCaseEffectData(db, ids),
  ]);
  const baseDates = new Map(
    rows.map((r) => [r.id, settings.baseDate ?? dates.get(r.id)!.openedOn]),
  );
  const lists = settings.priceListId
    ? null
    : await chosenLists(
        db,
        rows.map((r) => ({ id: r.id, baseDate: baseDates.get(r.id)! })),
      );
  const tables = new Map<string, Promise<PriceTable>>();
  const results = new Map<string, EffectResult | Error>();
  for (const row of rows) {
    try {
      const baseDate = baseDates.get(row.id)!;
      const { municipalityId, last } = dates.get(row.id)!;
      const priceListId = settings.priceListId ?? lists!.get(row.id);
      if (!priceListId) {
        throw new BadInputError(
          "settings.priceListId",
          `the municipality has no published price list valid on ${baseDate}: publish one, or name a version`,
        );
      }
      const reportYear = settings.reportYear ?? Number(baseDate.slice(0, 4));
      const key = `${municipalityId}|${priceListId}|${reportYear}`;
      if (!tables.has(key)) {
        const options = { priceListId, reportYear, indexName: settings.indexName };
        tables.set(key, loadPricing(db.manager, municipalityId, options).catch(inSettings));
      }
      const pricing = await tables.get(key)!;
      const resolved: ResolvedSettings = {
        calculator: calculatorSettings(
          settings,
          baseDate,
          settings.horizonMonths ?? horizonTo(baseDate, last),
        ),
        pricing,
        prices: calculatorPrices(pricing),
      };
      const effect = calculateLoadedCase(row, data.get(row.id)!, resolved, {
        ...options,
        range: false,
      });
      results.set(
        row.id,
        effectResultType(
          effect.result,
          (_path, outcomeId) => (outcomeId ? `outcome ${outcomeId}` : null),
          (field) => field,
        ),
      );
    } catch (error) {
      results.set(row.id, error as Error);
    }
  }
  return results;
}

/** A per-request loader: cases asked for with the same settings are computed in one batch. */
export function caseEffectLoader(db: DataSource) {
  return new DataLoader<CaseEffectRequest, EffectResult, string>(
    async (requests) => {
      const batches = new Map<string, CaseEffectRequest[]>();
      for (const request of requests) {
        const key = JSON.stringify([request.settings, request.timeline, request.sensitivity]);
        batches.set(key, [...(batches.get(key) ?? []), request]);
      }
      const results = new Map<string, EffectResult | Error>();
      for (const [key, batch] of batches) {
        const { settings, timeline, sensitivity } = batch[0];
        const ids = [...new Set(batch.map((r) => r.caseId))];
        const computed = await effectsWithSettings(db, ids, settings ?? {}, {
          timeline,
          sensitivity,
        });
        for (const [id, result] of computed) results.set(`${key}|${id}`, result);
      }
      return requests.map(
        (r) =>
          results.get(`${JSON.stringify([r.settings, r.timeline, r.sensitivity])}|${r.caseId}`) ??
          new Error(`case ${r.caseId} was not computed`),
      );
    },
    { cacheKeyFn: (r) => JSON.stringify([r.caseId, r.settings, r.timeline, r.sensitivity]) },
  );
}
