import type { DataSource } from "typeorm";
import { Decimal } from "decimal.js";
import { centsOf, formatCents, roundToCents } from "../../calculators/effect/index";
import { CareLayer } from "../../schema/quadrant-enums";
import { Scenario } from "../../schema/registration-enums";
import type { SubstitutionRow } from "../../schema/effect-comparison-types";
import { TimelineGranularity } from "../../schema/effect-types";
import { BadInputError, NotFoundError, canSee, type TenantScope } from "../platform";
import { loadPricing, type PriceTable } from "../pricing";
import { CARE_LAYER_SQL, SUPPORT_MONTHS_FROM } from "./substitution-sql";

/**
 * The substitution view: support per care layer (a provision's layer; the team's own hours
 * without a provision are first line), scenario and period, with hours, units and costs priced
 * with the price list in one price year. A recurring activity counts in every month it recurs.
 * Costs are rounded to cents per month, care layer, scenario and price item, and every other
 * figure is a sum of those, so periods add up to the totals.
 */
interface SubstitutionRequest {
  municipalityId: string;
  from: string;
  to: string;
  teamId?: string | null;
  districtId?: string | null;
  granularity: TimelineGranularity;
  reportYear?: number | null;
  priceListId?: string | null;
  indexName?: string | null;
}

interface MonthRow {
  month: string;
  layer: CareLayer;
  scenario: Scenario;
  code: string | null;
  hours: string | null;
  units: string | null;
  quantity: string;
  activities: number;
}

const LAYERS = [CareLayer.ZERO_LINE, CareLayer.FIRST_LINE, CareLayer.SECOND_LINE];
const SCENARIOS = [Scenario.INTERVENTION, Scenario.REFERENCE];

function periodOf(month: string, granularity: TimelineGranularity): string {
  if (granularity === TimelineGranularity.MONTH) return month;
  const year = month.slice(0, 4);
  if (granularity === TimelineGranularity.YEAR) return year;
  return `${year}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

class Sum {
  hours = new Decimal(0);
  units = new Decimal(0);
  cents = 0n;
  add(row: MonthRow, cents: bigint) {
    this.hours = this.hours.plus(row.hours ?? 0);
    this.units = this.units.plus(row.units ?? 0);
    this.cents += cents;
  }
}

function costCents(row: MonthRow, prices: PriceTable): bigint {
  if (!row.code) return 0n;
  const item = prices.get(row.code);
  if (!item) {
    throw new BadInputError(
      "priceListId",
      `support uses price item ${row.code}, which is not in price list "${prices.priceList.name}" version ${prices.priceList.versionNumber}`,
    );
  }
  const euros = item.indexedCents.times(row.quantity).dividedBy(100);
  return centsOf(roundToCents(euros).toFixed(2));
}

export async function substitutionView(
  db: DataSource,
  scope: TenantScope,
  request: SubstitutionRequest,
): Promise<{
  rows: SubstitutionRow[];
  totals: SubstitutionRow[];
  pricing: PriceTable;
  usedCodes: string[];
  unpricedActivities: number;
}> {
  if (!canSee(scope, request.municipalityId)) {
    throw new NotFoundError("Municipality", request.municipalityId, "municipalityId");
  }
  if (request.to < request.from) throw new BadInputError("to", "is before from");
  const pricing = await loadPricing(db.manager, request.municipalityId, {
    priceListId: request.priceListId,
    reportYear: request.reportYear ?? Number(request.from.slice(0, 4)),
    indexName: request.indexName,
    asOf: request.from,
  });
  const params: unknown[] = [request.municipalityId, request.from, request.to];
  const conditions: string[] = [];
  if (request.teamId) {
    params.push(request.teamId);
    conditions.push(`c.team_id = $${params.length}`);
  }
  if (request.districtId) {
    params.push(request.districtId);
    conditions.push(`c.district_id = $${params.length}`);
  }
  const rows: MonthRow[] = await db.query(
    `SELECT to_char(m.month, 'YYYY-MM') AS month, ${CARE_LAYER_SQL} AS layer,
            sa.scenario, sa.price_item_code AS code, sum(sa.hours)::text AS hours,
            sum(sa.units)::text AS units, sum(COALESCE(sa.units, sa.hours, 0))::text AS quantity,
            count(DISTINCT sa.id)::int AS activities
       ${SUPPORT_MONTHS_FROM}
      WHERE c.municipality_id = $1
        AND sa.municipality_id = $1
        AND m.month >= date_trunc('month', $2::date) AND m.month <= $3::date
        ${conditions.map((c) => `AND ${c}`).join(" ")}
      GROUP BY 1, 2, 3, 4
      ORDER BY 1`,
    params,
  );
  const periods = new Map<string, Sum>();
  const totals = new Map<string, Sum>();
  let unpricedActivities = 0;
  const sumOf = (map: Map<string, Sum>, key: string) => {
    const sum = map.get(key) ?? new Sum();
    map.set(key, sum);
    return sum;
  };
  for (const row of rows) {
    const cents = costCents(row, pricing);
    if (!row.code) unpricedActivities += row.activities;
    const period = periodOf(row.month, request.granularity);
    sumOf(periods, `${period}|${row.layer}|${row.scenario}`).add(row, cents);
    sumOf(totals, `total|${row.layer}|${row.scenario}`).add(row, cents);
  }
  const toRow = (period: string, layer: CareLayer, scenario: Scenario, sum: Sum) => ({
    period,
    careLayer: layer,
    scenario,
    hours: sum.hours.toString(),
    units: sum.units.toString(),
    costs: formatCents(sum.cents),
  });
  const labels = [...new Set([...periods.keys()].map((key) => key.split("|")[0]))].sort();
  const every = (period: string, map: Map<string, Sum>, prefix: string) =>
    LAYERS.flatMap((layer) =>
      SCENARIOS.map((scenario) =>
        toRow(period, layer, scenario, map.get(`${prefix}|${layer}|${scenario}`) ?? new Sum()),
      ),
    );
  return {
    rows: labels.flatMap((period) => every(period, periods, period)),
    totals: every(`${request.from}/${request.to}`, totals, "total"),
    pricing,
    usedCodes: [...new Set(rows.flatMap((row) => (row.code ? [row.code] : [])))].sort(),
    unpricedActivities,
  };
}
