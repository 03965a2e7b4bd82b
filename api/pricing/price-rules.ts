import { ConfidenceGrade, PriceUnit } from "../../schema/price-list-enums";
import { ValueType } from "../../schema/registration-enums";
import { freeTextProblem } from "../platform";
import type { FieldProblem } from "../registration";

/**
 * The rules for price items, shared by the GraphQL mutations and the file import so that both
 * refuse the same things with the same words. Fields are named as in `PriceItemInput`.
 */
export interface PriceItemFields {
  code?: string | null;
  name?: string | null;
  unit?: string | null;
  /** Euros, e.g. "85.50". */
  price?: string | null;
  /** Whole cents, e.g. "8550". */
  priceCents?: string | null;
  priceYear?: number | string | null;
  source?: string | null;
  bearerCode?: string | null;
  valueType?: string | null;
  grade?: string | null;
}

/** A checked item, ready to store. */
export interface PriceItemValues {
  code: string;
  name: string;
  unit: PriceUnit;
  /** Whole cents as integer text (a bigint column). */
  priceCents: string;
  priceYear: number;
  source: string;
  bearerId: string;
  valueType: ValueType;
  grade: ConfidenceGrade;
}

const PRICE_ITEM_CODE = /^[A-Z0-9][A-Z0-9_.-]{0,39}$/;
export const MIN_PRICE_YEAR = 1990;
export const MAX_PRICE_YEAR = 2100;
/** One billion euros: far above any unit price, far below the bigint limit. */
const MAX_CENTS = 100_000_000_000n;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;

/** Whole cents from euros ("85.5" → "8550"), or the reason it is not a price. */
function centsFromEuros(text: string): { cents: bigint } | { reason: string } {
  const value = text.trim();
  if (!DECIMAL.test(value)) return { reason: "must be an amount in euros, e.g. 85.50" };
  if (value.startsWith("-") && /[1-9]/.test(value)) return { reason: "must not be negative" };
  const [whole, fraction = ""] = value.replace(/^-/, "").split(".");
  if (fraction.replace(/0+$/, "").length > 2) {
    return { reason: "must be whole cents (at most two decimals)" };
  }
  return { cents: BigInt(whole) * 100n + BigInt((fraction + "00").slice(0, 2)) };
}

function centsFromText(text: string): { cents: bigint } | { reason: string } {
  const value = text.trim();
  if (!INTEGER.test(value)) return { reason: "must be a whole number of cents, e.g. 8550" };
  const cents = BigInt(value);
  if (cents < 0n) return { reason: "must not be negative" };
  return { cents };
}

function isMember(values: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(values, key);
}

function present(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && value.trim() !== "";
}

/**
 * Checks one price item against the rules and the municipality's stakeholders (code → id).
 * Returns every problem found; `values` only when there are none.
 */
export function checkPriceItem(
  fields: PriceItemFields,
  bearers: ReadonlyMap<string, string>,
): { problems: FieldProblem[]; values: PriceItemValues | null } {
  const problems: FieldProblem[] = [];
  const add = (field: string, value: unknown, reason: string) =>
    problems.push({
      field,
      value: value === null || value === undefined ? null : String(value),
      reason,
    });

  const code = (fields.code ?? "").trim().toUpperCase();
  if (!PRICE_ITEM_CODE.test(code)) {
    add("code", fields.code, "must be 1 to 40 capitals, digits, _ . or -, e.g. GGZ_BASIS_UUR");
  }
  const name = (fields.name ?? "").trim();
  if (!name) add("name", fields.name, "must not be empty");
  else if (name.length > 200) add("name", fields.name, "must be at most 200 characters");
  // A direct identifier is refused without repeating it in the report.
  const nameIdentifier = freeTextProblem(name);
  if (nameIdentifier) add("name", null, nameIdentifier);

  const unit = (fields.unit ?? "").trim().toUpperCase();
  if (!isMember(PriceUnit, unit)) {
    add("unit", fields.unit, `is not a known unit (${Object.keys(PriceUnit).join(", ")})`);
  }

  let cents: bigint | null = null;
  if (present(fields.price) && present(fields.priceCents)) {
    add("price", fields.price, "give the price in euros or in cents, not both");
  } else if (present(fields.price) || present(fields.priceCents)) {
    const field = present(fields.price) ? "price" : "priceCents";
    const parsed = present(fields.price)
      ? centsFromEuros(fields.price)
      : centsFromText(fields.priceCents!);
    if ("reason" in parsed) add(field, fields[field], parsed.reason);
    else if (parsed.cents > MAX_CENTS) add(field, fields[field], "is above one billion euros");
    else cents = parsed.cents;
  } else {
    add("price", null, "is required (in euros as price, or in cents as priceCents)");
  }

  const yearText = String(fields.priceYear ?? "").trim();
  const priceYear = Number(yearText);
  if (!INTEGER.test(yearText) || priceYear < MIN_PRICE_YEAR || priceYear > MAX_PRICE_YEAR) {
    add(
      "priceYear",
      fields.priceYear,
      `must be a year from ${MIN_PRICE_YEAR} to ${MAX_PRICE_YEAR}`,
    );
  }

  const source = (fields.source ?? "").trim();
  if (source.length > 500) add("source", fields.source, "must be at most 500 characters");
  const sourceIdentifier = freeTextProblem(source);
  if (sourceIdentifier) add("source", null, sourceIdentifier);

  const bearerCode = (fields.bearerCode ?? "").trim().toUpperCase();
  const bearerId = bearers.get(bearerCode) ?? null;
  if (!bearerCode)
    add("bearerCode", fields.bearerCode, "must name the stakeholder who bears the cost");
  else if (!bearerId) {
    const known = [...bearers.keys()].sort().join(", ");
    add(
      "bearerCode",
      fields.bearerCode,
      `is not a stakeholder code of this municipality${known ? ` (${known})` : ""}`,
    );
  }

  const valueType = (fields.valueType ?? "").trim().toUpperCase();
  if (!isMember(ValueType, valueType))
    add("valueType", fields.valueType, "must be FISCAL, ECONOMIC or SOCIAL");

  const grade = (fields.grade ?? "").trim().toUpperCase();
  if (!isMember(ConfidenceGrade, grade)) add("grade", fields.grade, "must be A, B or C");

  if (problems.length || cents === null || !bearerId) return { problems, values: null };
  return {
    problems,
    values: {
      code,
      name,
      unit: unit as PriceUnit,
      priceCents: cents.toString(),
      priceYear,
      source,
      bearerId,
      valueType: valueType as ValueType,
      grade: grade as ConfidenceGrade,
    },
  };
}

/** Problems of codes that repeat within `codes` or are already in the list (`taken`). */
export function duplicateCodeProblems(
  codes: readonly string[],
  taken: ReadonlySet<string>,
  label: (index: number) => string,
): { index: number; problem: FieldProblem }[] {
  const seen = new Map<string, number>();
  const problems: { index: number; problem: FieldProblem }[] = [];
  codes.forEach((code, index) => {
    if (!code) return;
    const first = seen.get(code);
    if (first !== undefined) {
      problems.push({
        index,
        problem: { field: "code", value: code, reason: `repeats the code of ${label(first)}` },
      });
    } else if (taken.has(code)) {
      problems.push({
        index,
        problem: { field: "code", value: code, reason: "is already in the price list" },
      });
    }
    if (first === undefined) seen.set(code, index);
  });
  return problems;
}
