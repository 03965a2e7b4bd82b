import type { DataSource, EntityManager } from "typeorm";
import { BenchmarkDimension, type BenchmarkSettingsInput } from "../../schema/benchmark-types";
import { CaseGroups, compareEffectsPer, type GroupEffect } from "../effects";
import { BadInputError, DomainError, PLATFORM_SCOPE } from "../platform";
import { arrangementForms, categoryOf, underlyingGrouping } from "./benchmark-categories";

/**
 * The effect benchmark's figures: every municipality's effect comparison — with its own price
 * list and the same settings — over the same period, grouped into the benchmark's categories
 * in the comparison's own pass (each case through the calculator once). This runs with the
 * platform scope and its result holds other municipalities' figures: it never leaves the
 * server as it is, only through benchmark-view.ts, which anonymises and suppresses.
 */

export interface BenchmarkRequest {
  dimension: BenchmarkDimension;
  from: string;
  to: string;
  /** A built-in quadrant model, for QUADRANT. */
  modelId: string | null;
  settings: BenchmarkSettingsInput | null;
  /** Municipalities valued first, so that an error in the caller's own data surfaces as is. */
  firstIds: readonly string[];
}

export type MunicipalityFigures =
  | {
      id: string;
      name: string;
      valued: true;
      categories: GroupEffect[];
      total: GroupEffect;
      ratioDecimals: number;
    }
  | { id: string; name: string; valued: false; problem: string };

/** Settings errors that are the caller's, the same for every municipality: refused as they are. */
const CALLER_SETTINGS =
  /^settings\.(discountRate|discountFirstYear|horizonMonths|optimismBias|ratioDecimals|baseDate|sensitivity)/;

export async function benchmarkFigures(
  db: DataSource | EntityManager,
  request: BenchmarkRequest,
): Promise<MunicipalityFigures[]> {
  const municipalities: { id: string; name: string }[] = await db.query(
    "SELECT id, name FROM municipality ORDER BY id",
  );
  const first = new Set(request.firstIds);
  municipalities.sort((a, b) => Number(first.has(b.id)) - Number(first.has(a.id)));
  const forms =
    request.dimension === BenchmarkDimension.ARRANGEMENT_FORM ? await arrangementForms(db) : null;
  const keyOf = categoryOf(request.dimension, forms ?? new Map());
  const grouping = underlyingGrouping(request.dimension);
  const figures: MunicipalityFigures[] = [];
  for (const { id, name } of municipalities) {
    const categories = new CaseGroups();
    try {
      const results = await compareEffectsPer(db, PLATFORM_SCOPE, {
        municipalityId: id,
        groupings: [grouping],
        timelines: [],
        filter: { municipalityId: id, from: request.from, to: request.to },
        settings: request.settings,
        modelId: request.modelId,
        derived: [{ groups: categories, keyOf }],
      });
      const ratioDecimals = results.get(grouping)!.settingsUsed.ratioDecimals;
      const { groups, total } = categories.summarise(ratioDecimals, false);
      figures.push({ id, name, valued: true, ratioDecimals, categories: groups, total });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error instanceof BadInputError && CALLER_SETTINGS.test(error.field)) throw error;
      // E.g. no published price list valid at the period's start, or a case whose data the
      // calculator refuses: that municipality is not valued, the benchmark goes on.
      figures.push({ id, name, valued: false, problem: error.message });
    }
  }
  return figures;
}
