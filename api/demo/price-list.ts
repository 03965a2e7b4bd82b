import type { EntityManager } from "typeorm";
import { PriceList } from "../../schema/price-list";
import { PriceListStatus } from "../../schema/price-list-enums";
import { DEFAULT_PRICE_INDEX, insertPriceItems, stakeholderIdsByCode } from "../pricing";
import { insertRow } from "../platform";
import { demoPriceItems } from "./price-items";

/**
 * CBS consumer price index (CPI, all households, 2015 = 100), yearly averages. Rounded
 * approximations to one decimal for the demo, not official figures: look the series up at CBS
 * StatLine for real use; 2025 and 2026 are estimates.
 */
const DEMO_CPI: readonly { year: number; value: string }[] = [
  { year: 2015, value: "100.0" },
  { year: 2016, value: "100.3" },
  { year: 2017, value: "101.7" },
  { year: 2018, value: "103.4" },
  { year: 2019, value: "106.1" },
  { year: 2020, value: "107.5" },
  { year: 2021, value: "110.4" },
  { year: 2022, value: "121.4" },
  { year: 2023, value: "126.0" },
  { year: 2024, value: "130.2" },
  { year: 2025, value: "134.3" },
  { year: 2026, value: "137.6" },
];

/** Adds the shared CPI series; years already present keep their value. */
async function seedPriceIndex(em: EntityManager): Promise<void> {
  await em.query(
    `INSERT INTO price_index (municipality_id, name, year, value)
     SELECT NULL, $1, y, v FROM unnest($2::smallint[], $3::numeric[]) AS i(y, v)
     ON CONFLICT (name, year) WHERE municipality_id IS NULL DO NOTHING`,
    [DEFAULT_PRICE_INDEX, DEMO_CPI.map((p) => p.year), DEMO_CPI.map((p) => p.value)],
  );
}

/**
 * Gives a municipality the demo social price list as PUBLISHED version 1 (from
 * ./price-items.ts, bearers by stakeholder code) and makes sure the shared CPI series exists.
 * Does nothing to a municipality that already has a price list; returns whether it added one.
 * The municipality must have the standard stakeholders.
 */
export async function seedPriceList(em: EntityManager, municipalityId: string): Promise<boolean> {
  await seedPriceIndex(em);
  const [{ n }]: { n: number }[] = await em.query(
    "SELECT count(*)::int AS n FROM price_list WHERE municipality_id = $1",
    [municipalityId],
  );
  if (n > 0) return false;
  const bearers = await stakeholderIdsByCode(em, municipalityId);
  const missing = [...new Set(demoPriceItems.map((item) => item.stakeholderCode))].filter(
    (code) => !bearers.has(code),
  );
  if (missing.length) {
    throw new Error(`seedPriceList: municipality ${municipalityId} lacks stakeholders ${missing}`);
  }
  // Items go into a draft, which is then published: a published list takes no new items.
  const list = await insertRow(em, PriceList, {
    municipalityId,
    name: "Maatschappelijke prijslijst (demo)",
    versionNumber: 1,
    status: PriceListStatus.DRAFT,
    validFrom: "2024-01-01",
    publishedAt: null,
    basedOnId: null,
    description:
      "Demo price list: rounded, plausible Dutch prices at 2024 price level; see each item's source.",
  });
  await insertPriceItems(
    em,
    list,
    demoPriceItems.map((item) => ({
      code: item.code,
      name: item.name,
      unit: item.unit,
      priceCents: String(item.priceCents),
      priceYear: item.priceYear,
      source: item.source,
      bearerId: bearers.get(item.stakeholderCode)!,
      valueType: item.valueType,
      grade: item.grade,
    })),
  );
  await em.query(
    `UPDATE price_list SET status = 'PUBLISHED', published_at = now(), version = version + 1
      WHERE id = $1`,
    [list.id],
  );
  return true;
}
