import type { EntityManager } from "typeorm";
import { type TenantScope, normaliseDecimal, normaliseHeader, readTabularFile } from "../platform";
import type { RowProblem } from "../quadrants";
import {
  checkPriceItemRows,
  insertPriceItems,
  lockPriceList,
  MAX_ITEMS_PER_CALL,
  requireDraft,
} from "./price-list.service";
import type { PriceItemFields } from "./price-rules";
type Column = keyof PriceItemFields;

/** Header names (normalised) accepted for each field, Dutch and English. */
const COLUMNS: Record<Column, string[]> = {
  code: ["code", "itemcode", "prijscode", "artikelcode"],
  name: ["naam", "name", "omschrijving", "description"],
  unit: ["eenheid", "unit"],
  price: ["prijs", "price", "prijseuro", "prijsineuro", "priceeuros", "bedrag", "tarief"],
  priceCents: ["pricecents", "prijscenten", "prijsincenten", "centen"],
  priceYear: ["prijsjaar", "priceyear", "prijspeil", "jaar", "year"],
  source: ["bron", "source"],
  bearerCode: ["drager", "bearer", "bearercode", "kostendrager", "betaler", "payer"],
  valueType: ["waardetype", "valuetype", "soortwaarde"],
  grade: ["betrouwbaarheid", "grade", "confidence", "confidencegrade"],
};
const REQUIRED: Column[] = [
  "code",
  "name",
  "unit",
  "priceYear",
  "bearerCode",
  "valueType",
  "grade",
];

/** Values as people write them (normalised like headers) → the API's values. */
const UNITS: Record<string, string> = {
  uur: "HOUR",
  uren: "HOUR",
  hour: "HOUR",
  hours: "HOUR",
  dagdeel: "DAY_PART",
  dagdelen: "DAY_PART",
  daypart: "DAY_PART",
  dag: "DAY",
  dagen: "DAY",
  etmaal: "DAY",
  day: "DAY",
  week: "WEEK",
  weken: "WEEK",
  maand: "MONTH",
  maanden: "MONTH",
  month: "MONTH",
  jaar: "YEAR",
  year: "YEAR",
  keer: "EVENT",
  gebeurtenis: "EVENT",
  eenmalig: "EVENT",
  event: "EVENT",
  sessie: "SESSION",
  bijeenkomst: "SESSION",
  session: "SESSION",
  contact: "CONTACT",
  consult: "CONTACT",
  plaatsing: "PLACEMENT",
  placement: "PLACEMENT",
  traject: "TRAJECTORY",
  trajectory: "TRAJECTORY",
  persoon: "PERSON",
  person: "PERSON",
};
const VALUE_TYPES: Record<string, string> = {
  fiscaal: "FISCAL",
  fiscal: "FISCAL",
  economisch: "ECONOMIC",
  economic: "ECONOMIC",
  sociaal: "SOCIAL",
  maatschappelijk: "SOCIAL",
  social: "SOCIAL",
};

/** Euros as typed in Dutch or English files: "€ 1.234,56", "1,234.56", "85,5" → "1234.56", "85.5". */
function normaliseEuros(text: string): string {
  const value = text.replace(/[€\s\u00a0]/g, "");
  const comma = value.lastIndexOf(",");
  const dot = value.lastIndexOf(".");
  if (comma >= 0 && dot >= 0) {
    return comma > dot ? value.replace(/\./g, "").replace(",", ".") : value.replace(/,/g, "");
  }
  return normaliseDecimal(value);
}

function mapped(value: string, aliases: Record<string, string>): string {
  return aliases[normaliseHeader(value)] ?? value.trim();
}

interface PriceImportReport {
  rowsRead: number;
  rowsImported: number;
  problems: RowProblem[];
}

/**
 * Imports price items into a DRAFT price list from a CSV or XLSX file: columns matched by
 * header (Dutch or English), every bad cell reported with its row and column (named as in
 * PriceItemInput), and all rows written or none. A published list is refused with CONFLICT.
 */
export async function importPriceItems(
  em: EntityManager,
  scope: TenantScope,
  priceListId: string,
  file: { filename: string; contentBase64: string },
): Promise<PriceImportReport> {
  const list = await lockPriceList(em, scope, priceListId);
  requireDraft(list);
  const table = await readTabularFile(file.filename, file.contentBase64);
  const headers = table.header.map(normaliseHeader);
  const index = Object.fromEntries(
    Object.entries(COLUMNS).map(([field, names]) => [
      field,
      headers.findIndex((h) => names.includes(h)),
    ]),
  ) as Record<Column, number>;
  const missing: RowProblem[] = REQUIRED.filter((field) => index[field] < 0).map((field) => ({
    row: 1,
    column: field,
    value: null,
    reason: `column is missing from the header (accepted: ${COLUMNS[field].join(", ")})`,
  }));
  if (index.price < 0 && index.priceCents < 0) {
    missing.push({
      row: 1,
      column: "price",
      value: null,
      reason: "column is missing from the header: give prijs/price (euros) or price_cents",
    });
  }
  if (missing.length) return { rowsRead: table.rows.length, rowsImported: 0, problems: missing };
  if (!table.rows.length) {
    return {
      rowsRead: 0,
      rowsImported: 0,
      problems: [{ row: 2, column: "code", value: null, reason: "the file has no data rows" }],
    };
  }
  if (table.rows.length > MAX_ITEMS_PER_CALL) {
    return {
      rowsRead: table.rows.length,
      rowsImported: 0,
      problems: [
        {
          row: MAX_ITEMS_PER_CALL + 2,
          column: "code",
          value: null,
          reason: `a file may hold at most ${MAX_ITEMS_PER_CALL} items`,
        },
      ],
    };
  }
  const cell = (cells: string[], field: Column) =>
    index[field] >= 0 ? (cells[index[field]] ?? "").trim() : "";
  const rows: PriceItemFields[] = table.rows.map(({ cells }) => ({
    code: cell(cells, "code"),
    name: cell(cells, "name"),
    unit: mapped(cell(cells, "unit"), UNITS),
    price: cell(cells, "price") ? normaliseEuros(cell(cells, "price")) : null,
    priceCents: cell(cells, "priceCents") || null,
    priceYear: cell(cells, "priceYear"),
    source: cell(cells, "source"),
    bearerCode: cell(cells, "bearerCode"),
    valueType: mapped(cell(cells, "valueType"), VALUE_TYPES),
    grade: cell(cells, "grade"),
  }));
  const rowNumber = (i: number) => table.rows[i].rowNumber;
  const { problems, values } = await checkPriceItemRows(
    em,
    list,
    rows,
    (i) => `row ${rowNumber(i)}`,
  );
  if (problems.length) {
    return {
      rowsRead: rows.length,
      rowsImported: 0,
      problems: problems.map(({ index: i, problem }) => ({
        row: rowNumber(i),
        column: problem.field,
        value: problem.value,
        reason: problem.reason,
      })),
    };
  }
  await insertPriceItems(em, list, values);
  return { rowsRead: rows.length, rowsImported: values.length, problems: [] };
}
