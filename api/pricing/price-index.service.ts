import type { EntityManager } from "typeorm";
import { Decimal } from "decimal.js";
import { Municipality } from "../../schema/municipality";
import type { PriceIndexSeries } from "../../schema/price-list";
import type { PriceIndexValueInput } from "../../schema/inputs/price-list.input";
import {
  BadInputError,
  ForbiddenError,
  type TenantScope,
  findVisible,
  requireId,
} from "../platform";
import { refuseProblems, type FieldProblem } from "../registration";
import { MAX_PRICE_YEAR, MIN_PRICE_YEAR } from "./price-rules";
/** The series used when none is named: the CBS consumer price index, 2015 = 100. */
export const DEFAULT_PRICE_INDEX = "CBS CPI 2015=100";

interface IndexRow {
  municipality_id: string | null;
  name: string;
  year: number;
  value: string;
}

function toSeries(rows: IndexRow[]): PriceIndexSeries[] {
  const series = new Map<string, PriceIndexSeries>();
  for (const row of rows) {
    const key = `${row.municipality_id ?? ""}|${row.name}`;
    let entry = series.get(key);
    if (!entry) {
      entry = { name: row.name, municipalityId: row.municipality_id, values: [] };
      series.set(key, entry);
    }
    entry.values.push({ year: Number(row.year), value: new Decimal(row.value).toString() });
  }
  return [...series.values()];
}

/**
 * The index series the caller may see: the shared ones and those of the municipalities in scope
 * (only the shared ones and `municipalityId`'s when it is given), by owner, name and year.
 */
export async function listPriceIndices(
  em: EntityManager,
  scope: TenantScope,
  filter: { municipalityId?: string | null; name?: string | null },
): Promise<PriceIndexSeries[]> {
  const conditions: string[] = [];
  const parameters: unknown[] = [];
  const parameter = (value: unknown) => {
    parameters.push(value);
    return `$${parameters.length}`;
  };
  if (scope.kind === "municipalities") {
    conditions.push(
      `(municipality_id IS NULL OR municipality_id = ANY(${parameter([...scope.ids])}))`,
    );
  }
  if (filter.municipalityId) {
    const id = requireId("municipalityId", filter.municipalityId);
    conditions.push(`(municipality_id IS NULL OR municipality_id = ${parameter(id)})`);
  }
  if (filter.name) conditions.push(`name = ${parameter(filter.name.trim())}`);
  const rows: IndexRow[] = await em.query(
    `SELECT municipality_id, name, year, value::text AS value FROM price_index
      ${conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""}
      ORDER BY municipality_id NULLS FIRST, name, year`,
    parameters,
  );
  return toSeries(rows);
}

const INDEX_VALUE = /^\d+(\.\d{1,6})?$/;

/**
 * Adds or replaces the values of a series, by year (years not given keep their value). A shared
 * series (no municipality) is the platform's to change; a municipality changes its own.
 */
export async function setPriceIndex(
  em: EntityManager,
  scope: TenantScope,
  name: string,
  values: PriceIndexValueInput[],
  municipalityId?: string | null,
): Promise<PriceIndexSeries> {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 80)
    throw new BadInputError("name", "must be 1 to 80 characters");
  if (municipalityId) {
    await findVisible(
      em,
      Municipality,
      "Municipality",
      municipalityId,
      scope,
      "municipalityId",
      "x.id",
    );
  } else if (scope.kind !== "all") {
    throw new ForbiddenError(
      "only the platform may change a shared price index; give municipalityId to set your own series",
    );
  }
  if (!values.length) throw new BadInputError("values", "must hold at least one year");
  if (values.length > 200) throw new BadInputError("values", "must hold at most 200 years");
  const problems: FieldProblem[] = [];
  const seen = new Set<number>();
  values.forEach((entry, index) => {
    if (
      !Number.isInteger(entry.year) ||
      entry.year < MIN_PRICE_YEAR ||
      entry.year > MAX_PRICE_YEAR
    ) {
      problems.push({
        field: `values[${index}].year`,
        value: String(entry.year),
        reason: `must be a year from ${MIN_PRICE_YEAR} to ${MAX_PRICE_YEAR}`,
      });
    } else if (seen.has(entry.year)) {
      problems.push({
        field: `values[${index}].year`,
        value: String(entry.year),
        reason: "is given twice",
      });
    }
    seen.add(entry.year);
    if (!INDEX_VALUE.test(entry.value) || new Decimal(entry.value).lte(0)) {
      problems.push({
        field: `values[${index}].value`,
        value: entry.value,
        reason: "must be a number above 0 with at most six decimals, e.g. 106.2",
      });
    }
  });
  refuseProblems(problems);
  const years = values.map((entry) => entry.year);
  const numbers = values.map((entry) => entry.value);
  const conflict = municipalityId
    ? "(municipality_id, name, year) WHERE municipality_id IS NOT NULL"
    : "(name, year) WHERE municipality_id IS NULL";
  await em.query(
    `INSERT INTO price_index (municipality_id, name, year, value)
     SELECT $1::uuid, $2, y, v FROM unnest($3::smallint[], $4::numeric[]) AS i(y, v)
     ON CONFLICT ${conflict} DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [municipalityId ?? null, trimmed, years, numbers],
  );
  const rows: IndexRow[] = await em.query(
    `SELECT municipality_id, name, year, value::text AS value FROM price_index
      WHERE name = $1 AND municipality_id IS NOT DISTINCT FROM $2::uuid ORDER BY year`,
    [trimmed, municipalityId ?? null],
  );
  return toSeries(rows)[0];
}

/**
 * The values of series `name` for a municipality, by year: its own series when it has one of
 * that name, otherwise the shared one. Empty when neither exists.
 */
export async function indexValues(
  em: EntityManager,
  municipalityId: string,
  name: string,
): Promise<Map<number, Decimal>> {
  const rows: IndexRow[] = await em.query(
    `SELECT municipality_id, name, year, value::text AS value FROM price_index
      WHERE name = $1 AND (municipality_id = $2 OR municipality_id IS NULL)`,
    [name, municipalityId],
  );
  const own = rows.some((row) => row.municipality_id !== null);
  return new Map(
    rows
      .filter((row) => (row.municipality_id !== null) === own)
      .map((row) => [Number(row.year), new Decimal(row.value)]),
  );
}
