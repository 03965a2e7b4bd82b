import type { DataSource, EntityManager } from "typeorm";
import { Decimal } from "decimal.js";
import type { ArrangementComponent, ComponentPlacement } from "../../schema/arrangement";
import type { ProvisionPlacement } from "../../schema/provision";
import type { Quadrant } from "../../schema/quadrant-model";
import { quadrantProfile } from "./arrangement-profile";
import { monthsWithin } from "../platform";
import { classify } from "./quadrant-model.service";

interface ActivityRow {
  key: string;
  hours: string;
  activity_date: string;
  months: number;
  arrangement_id: string | null;
  x: string | null;
  y: string | null;
}

/** Splits `total` over shares that sum to 1, to the hundredth, so the parts add up exactly (largest remainder). */
function allocate(total: Decimal, shares: [string, Decimal][]): Map<string, Decimal> {
  const cents = total.times(100);
  const parts = shares.map(([key, share]) => {
    const exact = cents.times(share);
    return { key, floor: exact.floor(), remainder: exact.minus(exact.floor()) };
  });
  let missing = cents
    .minus(parts.reduce((sum, p) => sum.plus(p.floor), new Decimal(0)))
    .round()
    .toNumber();
  for (const part of [...parts].sort((a, b) => b.remainder.comparedTo(a.remainder))) {
    if (missing <= 0) break;
    part.floor = part.floor.plus(1);
    missing -= 1;
  }
  return new Map(parts.map((p) => [p.key, p.floor.dividedBy(100)]));
}

/**
 * Intervention hours per team (or per case) and quadrant class in a period: an activity with a
 * provision sits at that provision's placement (for the case's district, else the general one);
 * one under an applied arrangement is spread over the arrangement's quadrant profile; the rest
 * is unplaced. `condition` is SQL over `case_record c` and `team t`.
 */
export async function hoursByQuadrant(
  db: DataSource | EntityManager,
  modelId: string,
  quadrants: Quadrant[],
  condition: { sql: string; params: unknown[] },
  period: { from?: string; to?: string },
  per: "team" | "case" = "team",
): Promise<Map<string, Map<string, Decimal>>> {
  const offset = condition.params.length;
  const rows: ActivityRow[] = await db.query(
    `SELECT ${per === "team" ? "c.team_id" : "c.id"} AS key, sa.hours::text AS hours, sa.activity_date, COALESCE(sa.recur_months, 1) AS months,
            sa.arrangement_id, COALESCE(o.x, g.x)::text AS x, COALESCE(o.y, g.y)::text AS y
       FROM support_activity sa
       JOIN case_record c ON c.id = sa.case_id
       JOIN team t ON t.id = c.team_id
       LEFT JOIN provision_placement o
         ON o.provision_id = sa.provision_id AND o.model_id = $${offset + 1} AND o.district_id = c.district_id
       LEFT JOIN provision_placement g
         ON g.provision_id = sa.provision_id AND g.model_id = $${offset + 1} AND g.district_id IS NULL
      WHERE sa.scenario = 'INTERVENTION' AND sa.hours IS NOT NULL AND ${condition.sql}`,
    [...condition.params, modelId],
  );
  const arrangementIds = [
    ...new Set(rows.filter((r) => r.x === null && r.arrangement_id).map((r) => r.arrangement_id!)),
  ];
  const profiles = await arrangementShares(db, modelId, quadrants, arrangementIds);
  const result = new Map<string, Map<string, Decimal>>();
  const add = (key: string, cls: string, hours: Decimal) => {
    const perClass = result.get(key) ?? new Map<string, Decimal>();
    perClass.set(cls, (perClass.get(cls) ?? new Decimal(0)).plus(hours));
    result.set(key, perClass);
  };
  for (const row of rows) {
    const hours = new Decimal(row.hours).times(
      monthsWithin(row.activity_date, row.months, period.from, period.to),
    );
    if (hours.isZero()) continue;
    if (row.x !== null && row.y !== null) add(row.key, classify(quadrants, row.x, row.y), hours);
    else if (row.arrangement_id && profiles.get(row.arrangement_id)) {
      for (const [cls, part] of allocate(hours, profiles.get(row.arrangement_id)!))
        add(row.key, cls, part);
    } else add(row.key, "unplaced", hours);
  }
  return result;
}

/** Per arrangement with placed components: the shares of its quadrant profile per quadrant class. */
export async function arrangementShares(
  db: DataSource | EntityManager,
  modelId: string,
  quadrants: Quadrant[],
  ids: string[],
) {
  const profiles = new Map<string, [string, Decimal][]>();
  if (!ids.length) return profiles;
  const components: (ArrangementComponent & {
    own_x: string | null;
    own_y: string | null;
    gen_x: string | null;
    gen_y: string | null;
  })[] = await db.query(
    `SELECT ac.id, ac.arrangement_id AS "arrangementId", ac.provision_id AS "provisionId",
              ac.planned_hours_per_month::text AS "plannedHoursPerMonth",
              cp.x::text AS own_x, cp.y::text AS own_y, gp.x::text AS gen_x, gp.y::text AS gen_y
         FROM arrangement_component ac
         LEFT JOIN component_placement cp ON cp.component_id = ac.id AND cp.model_id = $2
         LEFT JOIN provision_placement gp ON gp.provision_id = ac.provision_id AND gp.model_id = $2 AND gp.district_id IS NULL
        WHERE ac.arrangement_id = ANY($1)`,
    [ids, modelId],
  );
  for (const id of ids) {
    const items = components
      .filter((c) => c.arrangementId === id)
      .map((c) => ({
        component: c,
        own: c.own_x !== null ? [{ modelId, x: c.own_x, y: c.own_y } as ComponentPlacement] : [],
        provision:
          c.gen_x !== null
            ? [{ modelId, districtId: null, x: c.gen_x, y: c.gen_y } as ProvisionPlacement]
            : [],
      }));
    const profile = quadrantProfile(modelId, quadrants, items);
    const placed = profile.shares.filter((s) => s.share !== null && !new Decimal(s.share).isZero());
    if (placed.length)
      profiles.set(
        id,
        placed.map((s) => [s.quadrantClass, new Decimal(s.share!)]),
      );
  }
  return profiles;
}
