import type { DataSource } from "typeorm";
import { quadrantShares } from "../../calculators/quadrant";
import type { Quadrant } from "../../schema/quadrant-model";
import type { QuadrantEffort } from "../../schema/quadrant-results";
import type { TenantScope } from "../scope";
import { classify, codesOf } from "./quadrant-model.service";

export interface EffortFilter {
  municipalityId?: string;
  teamId?: string;
  districtId?: string;
}

interface OfferRow {
  team_id: string;
  provision_id: string;
  name: string;
  x: string;
  y: string;
}

/**
 * Effort per team and quadrant class, from the provisions offered in the districts a team
 * serves, each at its placement for that district (override, else general). One statement.
 */
export async function effortByQuadrant(
  db: DataSource,
  scope: TenantScope,
  modelId: string,
  quadrants: Quadrant[],
  filter: EffortFilter,
): Promise<QuadrantEffort[]> {
  const conditions = ["(o.id IS NOT NULL OR g.id IS NOT NULL)"];
  const params: unknown[] = [modelId];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    conditions.push(sql.replace("?", `$${params.length}`));
  };
  if (scope.kind !== "all") add("t.municipality_id = ANY(?)", [...scope.ids]);
  if (filter.municipalityId) add("t.municipality_id = ?", filter.municipalityId);
  if (filter.teamId) add("t.id = ?", filter.teamId);
  if (filter.districtId) add("td.district_id = ?", filter.districtId);
  const rows: OfferRow[] = await db.query(
    `SELECT t.id AS team_id, p.id AS provision_id, p.name,
            COALESCE(o.x, g.x)::text AS x, COALESCE(o.y, g.y)::text AS y
       FROM team t
       JOIN team_district td ON td.team_id = t.id
       JOIN provision_district pd ON pd.district_id = td.district_id
       JOIN provision p ON p.id = pd.provision_id
       LEFT JOIN provision_placement o
         ON o.provision_id = p.id AND o.model_id = $1 AND o.district_id = td.district_id
       LEFT JOIN provision_placement g
         ON g.provision_id = p.id AND g.model_id = $1 AND g.district_id IS NULL
      WHERE ${conditions.join(" AND ")}
      ORDER BY t.id, p.name`,
    params,
  );
  const byTeam = new Map<string, OfferRow[]>();
  for (const row of rows) byTeam.set(row.team_id, [...(byTeam.get(row.team_id) ?? []), row]);
  const codes = codesOf(quadrants);
  const result: QuadrantEffort[] = [];
  for (const [teamId, offers] of byTeam) {
    const { weights, shares } = quadrantShares(
      offers.map((o) => ({ x: o.x, y: o.y, weight: 1 })),
      codes,
    );
    for (const [quadrantClass, weight] of Object.entries(weights)) {
      const inClass = offers.filter((o) => classify(quadrants, o.x, o.y) === quadrantClass);
      result.push({
        teamId,
        quadrantClass,
        quadrant: quadrants.find((q) => q.code === quadrantClass) ?? null,
        offerCount: weight.toNumber(),
        offerShare: shares ? shares[quadrantClass].toString() : "0",
        provisionNames: [...new Set(inClass.map((o) => o.name))],
      });
    }
  }
  return result;
}
