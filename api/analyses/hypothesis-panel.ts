import type { DataSource, EntityManager } from "typeorm";
import { Decimal } from "decimal.js";
import type { CaseSelection } from "../effects";
import { shiftedParams } from "../platform";

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
  granularity: "MONTH" | "QUARTER";
}

/**
 * One unit in one period ("2025-03" or "2025-Q1"). Effort and demand are decimals as text,
 * exactly as summed; the case counts say on how many cases each rests (disclosure control).
 */
export interface PeriodCell {
  unit: string;
  period: string;
  effort: string;
  demand: string;
  effortCases: number;
  demandCases: number;
}

/** The period label of a date column, as the hypothesis calculator reads it. */
function periodSql(column: string, granularity: "MONTH" | "QUARTER") {
  return granularity === "MONTH"
    ? `to_char(${column}, 'YYYY-MM')`
    : `to_char(${column}, 'YYYY') || '-Q' || to_char(${column}, 'Q')`;
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

/**
 * The panel's cells per unit and period, in one SQL aggregate: effort (hours, or provision
 * units, of placed work in the effort quadrants) and demand (hours in the demand quadrants, or
 * the cases opened in the period that got work in a demand quadrant). Units and periods without
 * any work are absent here; the caller fills them with zeros.
 */
export async function panelCells(
  db: DataSource | EntityManager,
  request: PanelRequest,
): Promise<PeriodCell[]> {
  const params = baseParams(request);
  const selectionSql = shiftedParams(request.selection.sql, params.length);
  params.push(...request.selection.params);
  const unitColumn = request.unit === "DISTRICT" ? "c.district_id" : "c.team_id";
  const effortValue =
    request.effort === "HOURS"
      ? "COALESCE(w.hours, 0) * w.effort_share"
      : // Units are counted in a provision's own unit: only where the provision itself is placed.
        "CASE WHEN w.provision_placed THEN COALESCE(w.units, 0) * w.effort_share ELSE 0 END";
  const demandValue = "COALESCE(w.hours, 0) * w.demand_share";
  const monthFilter = monthBounds("w.month", request, params);
  const cells: PeriodCell[] = await db.query(
    `${placedWorkSql(unitColumn, selectionSql)}
     SELECT w.unit::text AS unit, ${periodSql("w.month", request.granularity)} AS period,
            SUM(${effortValue})::text AS effort, SUM(${demandValue})::text AS demand,
            COUNT(DISTINCT w.case_id) FILTER (WHERE ${effortValue} > 0)::int AS "effortCases",
            COUNT(DISTINCT w.case_id) FILTER (WHERE ${demandValue} > 0)::int AS "demandCases"
       FROM weighted w
      WHERE true ${monthFilter}
      GROUP BY 1, 2`,
    params,
  );
  if (request.demand === "HOURS") return cells;
  return mergeNewCases(cells, await newCases(db, request, unitColumn));
}

/** Cases opened per unit and period that got intervention work in a demand quadrant. */
async function newCases(
  db: DataSource | EntityManager,
  request: PanelRequest,
  unitColumn: string,
): Promise<{ unit: string; period: string; cases: number }[]> {
  const params = baseParams(request);
  const selectionSql = shiftedParams(request.selection.sql, params.length);
  params.push(...request.selection.params);
  const monthFilter = monthBounds("date_trunc('month', c.opened_on)", request, params);
  return db.query(
    `${placedWorkSql(unitColumn, selectionSql)}
     SELECT ${unitColumn}::text AS unit, ${periodSql("c.opened_on", request.granularity)} AS period,
            COUNT(*)::int AS cases
       FROM case_record c
      WHERE c.id IN (SELECT case_id FROM weighted WHERE demand_share > 0 AND COALESCE(hours, units, 0) <> 0)
        ${monthFilter}
      GROUP BY 1, 2`,
    params,
  );
}

/** Demand as new cases: the count is both the figure and the cases it rests on. */
function mergeNewCases(
  cells: PeriodCell[],
  counts: { unit: string; period: string; cases: number }[],
): PeriodCell[] {
  const empty = { effort: "0", effortCases: 0 };
  const byKey = new Map(
    cells.map((c) => [`${c.unit} ${c.period}`, { ...c, demand: "0", demandCases: 0 }]),
  );
  for (const count of counts) {
    const key = `${count.unit} ${count.period}`;
    const cell = byKey.get(key) ?? { unit: count.unit, period: count.period, ...empty };
    byKey.set(key, { ...cell, demand: String(count.cases), demandCases: count.cases });
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
