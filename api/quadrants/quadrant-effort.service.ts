import type { DataSource } from "typeorm";
import { Decimal } from "decimal.js";
import { quadrantShares } from "../../calculators/quadrant/index";
import type { Quadrant } from "../../schema/quadrant-model";
import type { QuadrantEffort } from "../../schema/quadrant-results";
import type { TenantScope } from "../platform";
import { hoursByQuadrant } from "./effort-hours";
import { classify, codesOf } from "./quadrant-model.service";

interface EffortFilter {
  municipalityId?: string;
  teamId?: string;
  districtId?: string;
  from?: string;
  to?: string;
}

interface OfferRow {
  team_id: string;
  name: string;
  x: string;
  y: string;
}

/** The teams a filter selects, as a SQL condition on `t` with its parameters ($1 …). */
function teamCondition(scope: TenantScope, filter: EffortFilter) {
  const conditions = ["true"];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    conditions.push(sql.replace("?", `$${params.length}`));
  };
  if (scope.kind !== "all") add("t.municipality_id = ANY(?)", [...scope.ids]);
  if (filter.municipalityId) add("t.municipality_id = ?", filter.municipalityId);
  if (filter.teamId) add("t.id = ?", filter.teamId);
  if (filter.districtId)
    add(
      "EXISTS (SELECT 1 FROM team_district x WHERE x.team_id = t.id AND x.district_id = ?)",
      filter.districtId,
    );
  return { sql: conditions.join(" AND "), params };
}

/** Provision offers in the districts each team serves, at their placement for that district. */
async function offers(
  db: DataSource,
  modelId: string,
  condition: { sql: string; params: unknown[] },
  districtId?: string,
) {
  const params = [...condition.params, modelId];
  const model = `$${params.length}`;
  let districtSql = "";
  if (districtId) {
    params.push(districtId);
    districtSql = `AND td.district_id = $${params.length}`;
  }
  const rows: OfferRow[] = await db.query(
    `SELECT t.id AS team_id, p.name, COALESCE(o.x, g.x)::text AS x, COALESCE(o.y, g.y)::text AS y
       FROM team t
       JOIN team_district td ON td.team_id = t.id ${districtSql}
       JOIN provision_district pd ON pd.district_id = td.district_id
       JOIN provision p ON p.id = pd.provision_id
       LEFT JOIN provision_placement o ON o.provision_id = p.id AND o.model_id = ${model} AND o.district_id = td.district_id
       LEFT JOIN provision_placement g ON g.provision_id = p.id AND g.model_id = ${model} AND g.district_id IS NULL
      WHERE (o.id IS NOT NULL OR g.id IS NOT NULL) AND ${condition.sql}
      ORDER BY t.id, p.name`,
    params,
  );
  return rows;
}

/**
 * Effort per team and quadrant class: the provision offers in the districts the team serves
 * (count and share), and the intervention hours registered in the period, placed through the
 * provisions and arrangement components used. Hours without a placement form an "unplaced" row.
 */
export async function effortByQuadrant(
  db: DataSource,
  scope: TenantScope,
  modelId: string,
  quadrants: Quadrant[],
  filter: EffortFilter,
): Promise<QuadrantEffort[]> {
  const condition = teamCondition(scope, filter);
  const [offerRows, hours] = [
    await offers(db, modelId, condition, filter.districtId),
    await hoursByQuadrant(db, modelId, quadrants, condition, filter),
  ];
  const teams = [...new Set([...offerRows.map((o) => o.team_id), ...hours.keys()])];
  const codes = codesOf(quadrants);
  const result: QuadrantEffort[] = [];
  for (const teamId of teams) {
    const teamOffers = offerRows.filter((o) => o.team_id === teamId);
    const teamHours = hours.get(teamId) ?? new Map<string, Decimal>();
    const { weights, shares } = quadrantShares(
      teamOffers.map((o) => ({ x: o.x, y: o.y, weight: 1 })),
      codes,
    );
    for (const [quadrantClass, weight] of Object.entries(weights)) {
      result.push({
        teamId,
        quadrantClass,
        quadrant: quadrants.find((q) => q.code === quadrantClass) ?? null,
        offerCount: weight.toNumber(),
        offerShare: shares ? shares[quadrantClass].toString() : "0",
        provisionNames: [
          ...new Set(
            teamOffers
              .filter((o) => classify(quadrants, o.x, o.y) === quadrantClass)
              .map((o) => o.name),
          ),
        ],
        hours: (teamHours.get(quadrantClass) ?? new Decimal(0)).toFixed(2),
      });
    }
    const unplaced = teamHours.get("unplaced");
    if (unplaced) {
      result.push({
        teamId,
        quadrantClass: "unplaced",
        quadrant: null,
        offerCount: 0,
        offerShare: "0",
        provisionNames: [],
        hours: unplaced.toFixed(2),
      });
    }
  }
  return result;
}
