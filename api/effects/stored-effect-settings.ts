import type { DataSource, EntityManager } from "typeorm";
import {
  MAX_HORIZON_MONTHS,
  type EffectSettings,
  type SensitivitySettings,
} from "../../calculators/effect/index";
import type { StoredEffectSettingsInput } from "../../schema/effect-comparison-types";
import { BadInputError } from "../platform";
import { loadPricing, type PriceTable } from "../pricing";

/**
 * Settings of an effect calculation on stored cases, defaults filled in from the cases
 * themselves: the base date is the start of the period (or the first case's opening), the
 * horizon reaches the last month any support or outcome of the cases reaches, and prices are
 * brought to the base date's year with the latest published price list.
 */

/** A SQL selection of case ids (`SELECT … id`) and its parameters. */
export interface CaseSelection {
  sql: string;
  params: unknown[];
}

/** A price-list item as the calculator needs it: euros in the report price year, who bears it. */
export interface CalculatorPrice {
  code: string;
  /** Euros per unit in the report price year (exact decimal text). */
  amount: string;
  bearerCode: string;
  valueType: "FISCAL" | "ECONOMIC" | "SOCIAL";
  grade: "A" | "B" | "C";
}

export interface ResolvedSettings {
  calculator: EffectSettings;
  pricing: PriceTable;
  /** The price list's items as the calculator needs them: euros in the report year. */
  prices: Map<string, CalculatorPrice>;
}

interface Extent {
  first: string | null;
  last: string | null;
}

/** First opening date and the last month (`YYYY-MM-01`) any flow of the selected cases reaches. */
async function extentOf(db: DataSource | EntityManager, selection: CaseSelection): Promise<Extent> {
  const [row]: { first: string | null; last: string | null }[] = await db.query(
    `WITH sel AS (${selection.sql})
     SELECT (SELECT min(c.opened_on) FROM case_record c WHERE c.id IN (SELECT id FROM sel))::text AS first,
            to_char(GREATEST(
              (SELECT max(date_trunc('month', a.activity_date) + make_interval(months => COALESCE(a.recur_months, 1) - 1))
                 FROM support_activity a WHERE a.case_id IN (SELECT id FROM sel)),
              (SELECT max(date_trunc('month', o.outcome_date) + make_interval(months =>
                        COALESCE(o.duration_years * 12, o.recur_months, 1) - 1))
                 FROM outcome o WHERE o.case_id IN (SELECT id FROM sel))), 'YYYY-MM-DD') AS last`,
    selection.params,
  );
  return row;
}

function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined),
  ) as T;
}

/** Prices in euros of the report year, exact (the table keeps unrounded cents). */
export function calculatorPrices(table: PriceTable): Map<string, CalculatorPrice> {
  const prices = new Map<string, CalculatorPrice>();
  for (const item of table.values()) {
    prices.set(item.code, {
      code: item.code,
      amount: item.indexedCents.dividedBy(100).toFixed(),
      bearerCode: item.bearerCode,
      valueType: item.valueType,
      grade: item.grade,
    });
  }
  return prices;
}

/** Months from the base date's month to `last` (a flow's last month), within the calculator's range. */
export function horizonTo(baseDate: string, last: string | null): number {
  const months = last ? monthIndex(last) - monthIndex(baseDate) + 1 : 12;
  return Math.min(Math.max(months, 1), MAX_HORIZON_MONTHS);
}

/** The calculator's settings: the input's, with the base date and horizon decided. */
export function calculatorSettings(
  settings: StoredEffectSettingsInput,
  baseDate: string,
  horizonMonths: number,
): EffectSettings {
  const bias = settings.optimismBias;
  return defined({
    baseDate,
    horizonMonths,
    discountRate: settings.discountRate ?? undefined,
    discountFirstYear: settings.discountFirstYear ?? false,
    optimismBias: bias ? defined({ A: bias.A, B: bias.B, C: bias.C }) : undefined,
    ratioDecimals: settings.ratioDecimals ?? undefined,
    sensitivity: settings.sensitivity
      ? (defined({ ...settings.sensitivity }) as SensitivitySettings)
      : undefined,
  }) as EffectSettings;
}

/** The pricing service names its own arguments; here they sit inside `settings`. */
export function inSettings(error: unknown): never {
  if (error instanceof BadInputError)
    throw new BadInputError(`settings.${error.field}`, error.reason);
  throw error;
}

export async function resolveStoredSettings(
  db: DataSource | EntityManager,
  municipalityId: string,
  selection: CaseSelection,
  input: StoredEffectSettingsInput | null | undefined,
  periodStart: string | null | undefined,
): Promise<ResolvedSettings> {
  const settings = input ?? {};
  const extent = await extentOf(db, selection);
  const baseDate =
    settings.baseDate ?? periodStart ?? extent.first ?? new Date().toISOString().slice(0, 10);
  const horizonMonths = settings.horizonMonths ?? horizonTo(baseDate, extent.last);
  const em = "manager" in db ? db.manager : db;
  const pricing = await loadPricing(em, municipalityId, {
    priceListId: settings.priceListId,
    reportYear: settings.reportYear ?? Number(baseDate.slice(0, 4)),
    indexName: settings.indexName,
    asOf: baseDate,
  }).catch(inSettings);
  return {
    calculator: calculatorSettings(settings, baseDate, horizonMonths),
    pricing,
    prices: calculatorPrices(pricing),
  };
}
