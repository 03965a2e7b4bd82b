import type { EntityManager } from "typeorm";
import { Decimal } from "decimal.js";
import { PriceList } from "../../schema/price-list";
import { ConfidenceGrade, PriceListStatus, PriceUnit } from "../../schema/price-list-enums";
import { ValueType } from "../../schema/registration-enums";
import { BadInputError, NotFoundError, requireId } from "../platform";
import { DEFAULT_PRICE_INDEX, indexValues } from "./price-index.service";
import { MAX_PRICE_YEAR, MIN_PRICE_YEAR } from "./price-rules";
/**
 * Pricing for the effect calculator: the items of one price list version with every price
 * brought to the report price year, price × index[reportYear] ÷ index[priceYear], in exact
 * decimals (a division that does not end is kept to 40 significant digits; nothing is rounded to
 * cents here — the calculator rounds once, at output).
 */
const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

interface PricedItem {
  code: string;
  name: string;
  unit: PriceUnit;
  /** The stored unit price, whole cents in its own price year. */
  priceCents: bigint;
  priceYear: number;
  /** index[reportYear] ÷ index[priceYear]; exactly 1 when the years are equal. */
  indexFactor: Decimal;
  /** priceCents × indexFactor: cents in the report year, unrounded. */
  indexedCents: Decimal;
  bearerId: string;
  bearerCode: string;
  valueType: ValueType;
  grade: ConfidenceGrade;
  source: string;
}

/**
 * The priced items by code — a Map, with what an export must record to stay reproducible: the
 * price list version, the report year, the index series and the index values used.
 */
export class PriceTable extends Map<string, PricedItem> {
  constructor(
    readonly priceList: PriceList,
    readonly reportYear: number,
    readonly indexName: string,
    /** The index values the prices were brought over with, by year. */
    readonly indexUsed: ReadonlyMap<number, Decimal>,
    items: readonly PricedItem[],
  ) {
    super(items.map((item) => [item.code, item]));
  }
}

interface PricingOptions {
  /** A given version (also a DRAFT, for a preview); default the latest PUBLISHED one. */
  priceListId?: string | null;
  /** The price year every price is brought to. */
  reportYear: number;
  /** Default {@link DEFAULT_PRICE_INDEX}; the municipality's own series of that name wins. */
  indexName?: string | null;
  /** With no priceListId: the latest published version whose validFrom is on or before this day. */
  asOf?: string | null;
}

async function chooseList(
  em: EntityManager,
  municipalityId: string,
  options: PricingOptions,
): Promise<PriceList> {
  const repository = em.getRepository(PriceList);
  if (options.priceListId) {
    const id = requireId("priceListId", options.priceListId);
    const list = await repository.findOneBy({ id, municipalityId });
    if (!list) throw new NotFoundError("PriceList", id, "priceListId");
    return list;
  }
  const query = repository
    .createQueryBuilder("x")
    .where("x.municipality_id = :municipalityId", { municipalityId })
    .andWhere("x.status = :status", { status: PriceListStatus.PUBLISHED })
    .orderBy("x.version_number", "DESC")
    .limit(1);
  if (options.asOf) query.andWhere("x.valid_from <= :asOf", { asOf: options.asOf });
  const list = await query.getOne();
  if (!list) {
    throw new BadInputError(
      "priceListId",
      `the municipality has no published price list${options.asOf ? ` valid on ${options.asOf}` : ""}: publish one, or name a version`,
    );
  }
  return list;
}

/**
 * Loads a price list version (the latest PUBLISHED one unless `priceListId` is given) with every
 * price in the report year. Three statements at most, whatever the number of items.
 * @throws BadInputError naming `reportYear` or `indexName` when the index lacks a year it needs.
 */
export async function loadPricing(
  em: EntityManager,
  municipalityId: string,
  options: PricingOptions,
): Promise<PriceTable> {
  const { reportYear } = options;
  if (!Number.isInteger(reportYear) || reportYear < MIN_PRICE_YEAR || reportYear > MAX_PRICE_YEAR) {
    throw new BadInputError(
      "reportYear",
      `must be a year from ${MIN_PRICE_YEAR} to ${MAX_PRICE_YEAR}`,
    );
  }
  const indexName = options.indexName?.trim() || DEFAULT_PRICE_INDEX;
  const list = await chooseList(em, municipalityId, options);
  const rows: {
    code: string;
    name: string;
    unit: PriceUnit;
    price_cents: string;
    price_year: number;
    source: string;
    bearer_id: string;
    bearer_code: string;
    value_type: ValueType;
    grade: ConfidenceGrade;
  }[] = await em.query(
    `SELECT i.code, i.name, i.unit, i.price_cents::text AS price_cents, i.price_year, i.source,
            i.bearer_id, s.code AS bearer_code, i.value_type, i.grade
       FROM price_item i JOIN stakeholder s ON s.id = i.bearer_id
      WHERE i.price_list_id = $1 ORDER BY i.code`,
    [list.id],
  );
  const needed = new Set(rows.map((row) => Number(row.price_year)).filter((y) => y !== reportYear));
  const index = needed.size ? await indexValues(em, municipalityId, indexName) : new Map();
  if (needed.size) {
    if (!index.size) {
      throw new BadInputError("indexName", `there is no price index "${indexName}"`);
    }
    if (!index.has(reportYear)) {
      throw new BadInputError(
        "reportYear",
        `the price index "${indexName}" has no value for ${reportYear}; set it with setPriceIndex or choose another report year`,
      );
    }
    const missing = [...needed].filter((year) => !index.has(year)).sort((a, b) => a - b);
    if (missing.length) {
      const codes = rows
        .filter((row) => missing.includes(Number(row.price_year)))
        .map((row) => row.code);
      throw new BadInputError(
        "indexName",
        `the price index "${indexName}" has no value for ${missing.join(", ")}, the price year of ${codes.slice(0, 5).join(", ")}${codes.length > 5 ? ` and ${codes.length - 5} more` : ""}`,
      );
    }
  }
  const used = new Map<number, Decimal>();
  const items = rows.map((row): PricedItem => {
    const priceYear = Number(row.price_year);
    let factor = new Exact(1);
    if (priceYear !== reportYear) {
      const to = index.get(reportYear)!;
      const from = index.get(priceYear)!;
      used.set(reportYear, to);
      used.set(priceYear, from);
      factor = new Exact(to).div(from);
    }
    const cents = new Exact(row.price_cents);
    const indexed =
      priceYear === reportYear
        ? cents
        : cents.times(index.get(reportYear)!).div(index.get(priceYear)!);
    return {
      code: row.code,
      name: row.name,
      unit: row.unit,
      priceCents: BigInt(row.price_cents),
      priceYear,
      indexFactor: factor,
      indexedCents: indexed,
      bearerId: row.bearer_id,
      bearerCode: row.bearer_code,
      valueType: row.value_type,
      grade: row.grade,
      source: row.source,
    };
  });
  return new PriceTable(list, reportYear, indexName, used, items);
}
