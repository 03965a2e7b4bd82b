import type { DataSource, EntityManager } from "typeorm";
import { Decimal } from "decimal.js";
import type { CaseSelection } from "../effects";

/** What the panel counts as effort and as demand, and per what. */
export interface PanelRequest {
  selection: CaseSelection;
  modelId: string;
  /** Quadrant positions (TOP_LEFT …) whose work counts as effort, and as demand. */
  effortPositions: string[];
  demandPositions: string[];
  /** Per arrangement: the share of its quadrant profile in the effort and in the demand quadrants. */
  arrangementShares: Map<string, { effort: Decimal; demand: Decimal }>;
  unit: "DISTRICT" | "TEAM";
  effort: "HOURS" | "UNITS";
  demand: "NEW_CASES" | "HOURS";
  /** First and last month of the panel ("2025-01"), inclusive. */
  from: string;
  to: string;
}

/** One unit in one month. Effort and demand are decimals as text, exactly as summed. */
export interface MonthCell {
  unit: string;
  month: string;
  effort: string;
  demand: string;
}

// The quadrant position of a placement point, compared with zero as classifyPoint does:
// a point on an axis lies in no quadrant, so it counts neither as effort nor as demand.
const position = (x: string, y: string) =>
  `CASE WHEN ${x} < 0 AND ${y} > 0 THEN 'TOP_LEFT' WHEN ${x} > 0 AND ${y} > 0 THEN 'TOP_RIGHT'
        WHEN ${x} > 0 AND ${y} < 0 THEN 'BOTTOM_RIGHT' WHEN ${x} < 0 AND ${y} < 0 THEN 'BOTTOM_LEFT' END`;

/**
 * Placed intervention work per case activity and month, as the effort-by-quadrant view places
 * it: a provision at its placement for the case's district, else its general one; an activity
 * without a placed provision under an arrangement counts with the arrangement profile's share;
 * the rest is unplaced and counts nowhere. A recurring activity counts in each month it recurs.
 * Parameters: $1 the model, $2–$4 the arrangement shares, $5/$6 the effort/demand positions.
 */
function placedWorkSql(unitColumn: string, selectionSql: string) {
  return `WITH sel AS (${selectionSql}),
     shares AS (SELECT * FROM unnest($2::uuid[], $3::numeric[], $4::numeric[]) AS s(arrangement_id, effort, demand)),
     placed AS (
       SELECT ${unitColumn} AS unit, c.id AS case_id, sa.hours, sa.units, sa.arrangement_id,
              (date_trunc('month', sa.activity_date) + make_interval(months => m.n))::date AS month,
              COALESCE(o.x, g.x) AS x, COALESCE(o.y, g.y) AS y
         FROM support_activity sa
         JOIN case_record c ON c.id = sa.case_id
         CROSS JOIN LATERAL generate_series(0, COALESCE(sa.recur_months, 1) - 1) AS m(n)
         LEFT JOIN provision_placement o
           ON o.provision_id = sa.provision_id AND o.model_id = $1 AND o.district_id = c.district_id
         LEFT JOIN provision_placement g
           ON g.provision_id = sa.provision_id AND g.model_id = $1 AND g.district_id IS NULL
        WHERE sa.scenario = 'INTERVENTION' AND ${unitColumn} IS NOT NULL AND sa.case_id IN (SELECT id FROM sel)),
     weighted AS (
       SELECT p.unit, p.case_id, p.month, p.hours, p.units,
              CASE WHEN p.x IS NOT NULL THEN (CASE WHEN (${position("p.x", "p.y")}) = ANY($5::text[]) THEN 1 ELSE 0 END)
                   ELSE COALESCE(s.effort, 0) END AS effort_share,
              CASE WHEN p.x IS NOT NULL THEN (CASE WHEN (${position("p.x", "p.y")}) = ANY($6::text[]) THEN 1 ELSE 0 END)
                   ELSE COALESCE(s.demand, 0) END AS demand_share,
              p.x IS NOT NULL AS provision_placed
         FROM placed p LEFT JOIN shares s ON s.arrangement_id = p.arrangement_id)`;
}

function monthBounds(column: string, request: PanelRequest, params: unknown[]) {
  params.push(`${request.from}-01`, `${request.to}-01`);
  return `AND ${column} >= $${params.length - 1}::date AND ${column} <= $${params.length}::date`;
}

/** The first parameters of {@link placedWorkSql}, then the selection's own. */
function baseParams(request: PanelRequest): unknown[] {
  const ids = [...request.arrangementShares.keys()];
  return [
    request.modelId,
    ids,
    ids.map((id) => request.arrangementShares.get(id)!.effort.toString()),
    ids.map((id) => request.arrangementShares.get(id)!.demand.toString()),
    request.effortPositions,
    request.demandPositions,
  ];
}

/** Renumbers the selection's $n parameters to follow the panel's own. */
function shifted(sql: string, by: number) {
  return sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + by}`);
}

/**
 * The panel's cells per unit and month, in one SQL aggregate: effort (hours, or provision units,
 * of placed work in the effort quadrants) and demand (hours in the demand quadrants, or the cases
 * opened that month that got work in a demand quadrant). Units and months without any work are
 * absent here; the caller fills them with zeros.
 */
export async function panelMonths(
  db: DataSource | EntityManager,
  request: PanelRequest,
): Promise<MonthCell[]> {
  const params = baseParams(request);
  const selectionSql = shifted(request.selection.sql, params.length);
  params.push(...request.selection.params);
  const unitColumn = request.unit === "DISTRICT" ? "c.district_id" : "c.team_id";
  const effortSum =
    request.effort === "HOURS"
      ? "SUM(COALESCE(w.hours, 0) * w.effort_share)"
      : // Units are counted in a provision's own unit: only where the provision itself is placed.
        "SUM(CASE WHEN w.provision_placed THEN COALESCE(w.units, 0) * w.effort_share ELSE 0 END)";
  const monthFilter = monthBounds("w.month", request, params);
  const demandSql =
    request.demand === "HOURS" ? "SUM(COALESCE(w.hours, 0) * w.demand_share)::text" : "'0'";
  const work = `${placedWorkSql(unitColumn, selectionSql)}
     SELECT w.unit::text AS unit, to_char(w.month, 'YYYY-MM') AS month,
            ${effortSum}::text AS effort, ${demandSql} AS demand
       FROM weighted w
      WHERE true ${monthFilter}
      GROUP BY w.unit, w.month`;
  const cells: MonthCell[] = await db.query(work, params);
  if (request.demand === "HOURS") return cells;
  return mergeNewCases(cells, await newCases(db, request, unitColumn));
}

/** Cases opened per unit and month that got intervention work in a demand quadrant. */
async function newCases(
  db: DataSource | EntityManager,
  request: PanelRequest,
  unitColumn: string,
): Promise<{ unit: string; month: string; cases: string }[]> {
  const params = baseParams(request);
  const selectionSql = shifted(request.selection.sql, params.length);
  params.push(...request.selection.params);
  const monthFilter = monthBounds("date_trunc('month', c.opened_on)", request, params);
  return db.query(
    `${placedWorkSql(unitColumn, selectionSql)}
     SELECT ${unitColumn}::text AS unit, to_char(c.opened_on, 'YYYY-MM') AS month, COUNT(*)::text AS cases
       FROM case_record c
      WHERE c.id IN (SELECT case_id FROM weighted WHERE demand_share > 0 AND COALESCE(hours, units, 0) <> 0)
        ${monthFilter}
      GROUP BY 1, 2`,
    params,
  );
}

function mergeNewCases(
  cells: MonthCell[],
  counts: { unit: string; month: string; cases: string }[],
): MonthCell[] {
  const byKey = new Map(cells.map((c) => [`${c.unit} ${c.month}`, { ...c, demand: "0" }]));
  for (const count of counts) {
    const key = `${count.unit} ${count.month}`;
    const cell = byKey.get(key) ?? {
      unit: count.unit,
      month: count.month,
      effort: "0",
      demand: "0",
    };
    byKey.set(key, { ...cell, demand: count.cases });
  }
  return [...byKey.values()];
}

/**
 * The first and last month in which a selected case had intervention work on the activity's own
 * date (not its planned recurrences; a case's opening alone, such as a long-running collective
 * case's, does not start the panel).
 */
export async function registeredMonths(
  db: DataSource | EntityManager,
  selection: CaseSelection,
): Promise<{ first: string | null; last: string | null }> {
  const [row] = await db.query(
    `WITH sel AS (${selection.sql})
     SELECT to_char(min(activity_date), 'YYYY-MM') AS first, to_char(max(activity_date), 'YYYY-MM') AS last
       FROM support_activity WHERE scenario = 'INTERVENTION' AND case_id IN (SELECT id FROM sel)`,
    selection.params,
  );
  return row;
}
