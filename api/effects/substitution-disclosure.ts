import type { DataSource } from "typeorm";
import { suppressGroups } from "../../calculators/disclosure/index";
import type {
  SubstitutionRow,
  SubstitutionSuppressedCell,
} from "../../schema/effect-comparison-types";
import { SuppressionReason } from "../../schema/disclosure-types";
import { TimelineGranularity } from "../../schema/effect-types";
import { DisclosureError, isQuarterEnd, isQuarterStart, type DisclosureRule } from "../platform";
import { CARE_LAYER_SQL, SUPPORT_MONTHS_FROM } from "./substitution-sql";

export interface SubstitutionSelection {
  municipalityId: string;
  from: string;
  to: string;
  teamId?: string | null;
  districtId?: string | null;
  granularity: TimelineGranularity;
}

/** Cases the viewer may not read, per cell (period, care layer, scenario) or column total. */
interface CountRow {
  period: string | null;
  layer: string;
  scenario: string;
  current: number;
  [neighbour: string]: number | string | null;
}

const PERIOD_SQL: Record<TimelineGranularity, string> = {
  [TimelineGranularity.MONTH]: "to_char(m.month, 'YYYY-MM')",
  [TimelineGranularity.QUARTER]: `to_char(m.month, 'YYYY-"Q"Q')`,
  [TimelineGranularity.YEAR]: "to_char(m.month, 'YYYY')",
};

function refuseUnalignedPeriod(rule: DisclosureRule, { from, to }: SubstitutionSelection) {
  const k = rule.minGroupSize;
  const why = (bound: string) =>
    `must be the ${bound} day of a quarter (periods a few days apart would give small groups away)`;
  if (!isQuarterStart(from)) throw new DisclosureError("", k, "from", why("first"));
  if (!isQuarterEnd(to)) throw new DisclosureError("", k, "to", why("last"));
}

/**
 * The conditions of the selection and of its neighbours' extra rows: the support one more
 * answer would add — the team or district filter dropped, the period one quarter longer at
 * either end. Their difference to this answer rests on exactly those rows' cases.
 */
function neighbourConditions(selection: SubstitutionSelection, params: unknown[]) {
  const inPeriod = "m.month >= date_trunc('month', $2::date) AND m.month <= $3::date";
  const parameter = (value: string) => `$${params.push(value)}`;
  const team = selection.teamId ? `c.team_id = ${parameter(selection.teamId)}` : "true";
  const district = selection.districtId
    ? `c.district_id = ${parameter(selection.districtId)}`
    : "true";
  const neighbours: Record<string, string> = {};
  if (selection.teamId) neighbours.teamId = `${inPeriod} AND NOT (${team}) AND ${district}`;
  if (selection.districtId) neighbours.districtId = `${inPeriod} AND ${team} AND NOT (${district})`;
  neighbours.from = `m.month < date_trunc('month', $2::date) AND ${team} AND ${district}`;
  neighbours.to = `m.month > $3::date AND ${team} AND ${district}`;
  return { current: `${inPeriod} AND ${team} AND ${district}`, neighbours };
}

/** One statement: distinct unreadable cases per cell and per column, of the answer and its neighbours. */
async function countCases(
  db: DataSource,
  rule: DisclosureRule,
  selection: SubstitutionSelection,
): Promise<CountRow[]> {
  const params: unknown[] = [
    selection.municipalityId,
    selection.from,
    selection.to,
    [...rule.ownTeamIds],
  ];
  const { current, neighbours } = neighbourConditions(selection, params);
  const period = PERIOD_SQL[selection.granularity];
  const counts = Object.entries(neighbours).map(
    ([field, condition]) =>
      `count(DISTINCT sa.case_id) FILTER (WHERE ${condition})::int AS "${field}"`,
  );
  return db.query(
    `SELECT CASE WHEN grouping(${period}) = 0 THEN ${period} END AS period,
            ${CARE_LAYER_SQL} AS layer, sa.scenario,
            count(DISTINCT sa.case_id) FILTER (WHERE ${current})::int AS current,
            ${counts.join(",\n            ")}
       ${SUPPORT_MONTHS_FROM}
      WHERE c.municipality_id = $1
        AND m.month >= date_trunc('month', $2::date) - interval '3 months'
        AND m.month <= $3::date + interval '3 months'
        AND NOT COALESCE(c.team_id = ANY($4::uuid[]), false)
      GROUP BY GROUPING SETS ((${period}, ${CARE_LAYER_SQL}, sa.scenario),
                              (${CARE_LAYER_SQL}, sa.scenario))`,
    params,
  );
}

const columnOf = (row: { careLayer?: string; layer?: string; scenario: string }) =>
  `${row.careLayer ?? row.layer}|${row.scenario}`;

const OWN_COLUMNS = ["period", "layer", "scenario", "current"];

/**
 * Whether a neighbouring answer differs from this figure by the support of 1 to k − 1 cases, so
 * that comparing the two would give them away. Moving a period bound changes only the totals.
 */
function givenAwayByNeighbour(rule: DisclosureRule, row: CountRow): boolean {
  return Object.entries(row).some(([field, value]) => {
    if (OWN_COLUMNS.includes(field)) return false;
    if (row.period !== null && (field === "from" || field === "to")) return false;
    const cases = value as number;
    return cases > 0 && cases < rule.minGroupSize;
  });
}

/**
 * Each care layer × scenario is a table of its own: its periods' cells and their total. A cell
 * whose figures rest on 1 to k − 1 cases the viewer may not read is hidden, and so is one that a
 * neighbouring answer differs from by so few cases; then complements. A column that cannot be
 * protected so is hidden whole; a total that a neighbour differs from by a few cases, alone.
 * (The complement counts a case once per period it has support in: a cautious approximation
 * of the hidden cells' distinct cases.)
 */
function hiddenCells(rule: DisclosureRule, rows: CountRow[]) {
  const hidden = new Map<string, SuppressionReason>();
  const hiddenColumns = new Map<string, SuppressionReason>();
  for (const total of rows.filter((row) => row.period === null)) {
    const column = columnOf(total);
    const cells = rows.filter((row) => row.period !== null && columnOf(row) === column);
    const differenced = new Set(
      cells.filter((cell) => givenAwayByNeighbour(rule, cell)).map((cell) => cell.period!),
    );
    const outcome = suppressGroups(
      cells.map((cell) => ({
        key: cell.period!,
        cases: cell.current,
        hidden: differenced.has(cell.period!),
      })),
      rule.minGroupSize,
    );
    for (const [period, reason] of outcome.suppressed)
      hidden.set(
        `${period}|${column}`,
        differenced.has(period) ? SuppressionReason.DIFFERENCE : SuppressionReason[reason],
      );
    const small = total.current > 0 && total.current < rule.minGroupSize;
    if (small || outcome.totalSuppressed) {
      hiddenColumns.set(
        column,
        small ? SuppressionReason.SMALL_GROUP : SuppressionReason.COMPLEMENTARY,
      );
      for (const cell of cells)
        if (cell.current > 0 && !hidden.has(`${cell.period}|${column}`))
          hidden.set(`${cell.period}|${column}`, SuppressionReason.COMPLEMENTARY);
    } else if (givenAwayByNeighbour(rule, total))
      hiddenColumns.set(column, SuppressionReason.DIFFERENCE);
  }
  return { hidden, hiddenColumns };
}

/**
 * Disclosure control on the substitution view for a viewer who may not read every case it
 * covers (a team lead outside its own teams): the cells and column totals it may see, and those
 * it may not with the reason. A period must be whole quarters.
 */
export async function discloseSubstitution(
  db: DataSource,
  rule: DisclosureRule,
  selection: SubstitutionSelection,
  view: { rows: SubstitutionRow[]; totals: SubstitutionRow[] },
): Promise<{
  rows: SubstitutionRow[];
  totals: SubstitutionRow[];
  suppressed: SubstitutionSuppressedCell[];
}> {
  const ownTeam = !!selection.teamId && rule.ownTeamIds.includes(selection.teamId);
  if (rule.exempt || ownTeam) return { ...view, suppressed: [] };
  refuseUnalignedPeriod(rule, selection);
  const counts = await countCases(db, rule, selection);
  const { hidden, hiddenColumns } = hiddenCells(rule, counts);
  const cellReason = (row: SubstitutionRow) => hidden.get(`${row.period}|${columnOf(row)}`);
  const suppressed: SubstitutionSuppressedCell[] = [
    ...view.rows.flatMap((row) => {
      const reason = cellReason(row);
      return reason
        ? [{ period: row.period, careLayer: row.careLayer, scenario: row.scenario, reason }]
        : [];
    }),
    ...view.totals.flatMap((row) => {
      const reason = hiddenColumns.get(columnOf(row));
      return reason
        ? [{ period: row.period, careLayer: row.careLayer, scenario: row.scenario, reason }]
        : [];
    }),
  ];
  return {
    rows: view.rows.filter((row) => !cellReason(row)),
    totals: view.totals.filter((row) => !hiddenColumns.has(columnOf(row))),
    suppressed,
  };
}
