import type { DataSource, EntityManager } from "typeorm";
import { Decimal } from "decimal.js";
import type { QuadrantRow } from "../../reports/index";
import { Quadrant } from "../../schema/quadrant-model";
import { hoursByQuadrant } from "../quadrants";
import { monthsWithin } from "../platform";
import type { CaseSelection } from "../effects";

/**
 * Effort of the selected cases for the workbook: intervention hours per team, individual and
 * collective apart, and hours and cases per team and quadrant for each quadrant model in use.
 * Hours count on the same basis as the money: the months from the base date to the end of the
 * horizon (a recurring activity once per month within them).
 */
export interface TeamHours {
  individual: Decimal;
  collective: Decimal;
}

export async function hoursPerTeam(
  db: DataSource | EntityManager,
  selection: CaseSelection,
  period: { from?: string; to?: string },
): Promise<Map<string, TeamHours>> {
  // Summed in SQL per team, flag, start month and recurrence; the period split needs the months.
  const rows: {
    team_id: string;
    collective: boolean;
    start: string;
    months: number;
    hours: string;
  }[] = await db.query(
    `WITH sel AS (${selection.sql})
       SELECT c.team_id, sa.collective, to_char(sa.activity_date, 'YYYY-MM-DD') AS start,
              COALESCE(sa.recur_months, 1) AS months, sum(sa.hours)::text AS hours
         FROM support_activity sa JOIN case_record c ON c.id = sa.case_id
        WHERE sa.scenario = 'INTERVENTION' AND sa.hours IS NOT NULL
          AND c.id IN (SELECT id FROM sel)
        GROUP BY 1, 2, 3, 4`,
    selection.params,
  );
  const result = new Map<string, TeamHours>();
  for (const row of rows) {
    const hours = new Decimal(row.hours).times(
      monthsWithin(row.start, Number(row.months), period.from, period.to),
    );
    const team = result.get(row.team_id) ?? {
      individual: new Decimal(0),
      collective: new Decimal(0),
    };
    if (row.collective) team.collective = team.collective.plus(hours);
    else team.individual = team.individual.plus(hours);
    result.set(row.team_id, team);
  }
  return result;
}

/** Built-in models and the municipality's own, in name order. */
async function modelsInUse(db: DataSource | EntityManager, municipalityId: string) {
  const models: { id: string; name: string }[] = await db.query(
    `SELECT id, name FROM quadrant_model WHERE built_in OR municipality_id = $1 ORDER BY built_in DESC, name`,
    [municipalityId],
  );
  return models;
}

export async function quadrantRows(
  db: DataSource | EntityManager,
  municipalityId: string,
  selection: CaseSelection,
  period: { from?: string; to?: string },
  language: "NL" | "EN",
): Promise<QuadrantRow[]> {
  const teams: { id: string; team: string }[] = await db.query(
    `WITH sel AS (${selection.sql})
     SELECT c.id, t.name AS team FROM case_record c JOIN team t ON t.id = c.team_id
      WHERE c.id IN (SELECT id FROM sel)`,
    selection.params,
  );
  const teamOf = new Map(teams.map((row) => [row.id, row.team]));
  const condition = { sql: `c.id IN (${selection.sql})`, params: selection.params };
  const rows: QuadrantRow[] = [];
  for (const model of await modelsInUse(db, municipalityId)) {
    const quadrants = await db.getRepository(Quadrant).find({ where: { modelId: model.id } });
    const perCase = await hoursByQuadrant(db, model.id, quadrants, condition, period, "case");
    const cells = new Map<string, { team: string; code: string; hours: Decimal; cases: number }>();
    for (const [caseId, classes] of perCase) {
      const team = teamOf.get(caseId) ?? "";
      for (const [code, hours] of classes) {
        const key = `${team}\u0000${code}`;
        const cell = cells.get(key) ?? { team, code, hours: new Decimal(0), cases: 0 };
        cell.hours = cell.hours.plus(hours);
        cell.cases += 1;
        cells.set(key, cell);
      }
    }
    const order = (code: string) => {
      const index = quadrants.findIndex((q) => q.code === code);
      return index < 0 ? quadrants.length + (code === "unplaced" ? 1 : 0) : index;
    };
    const sorted = [...cells.values()].sort(
      (a, b) => a.team.localeCompare(b.team, "nl") || order(a.code) - order(b.code),
    );
    for (const cell of sorted) {
      const quadrant = quadrants.find((q) => q.code === cell.code);
      rows.push({
        model: model.name,
        team: cell.team,
        quadrantCode: cell.code === "unplaced" ? null : cell.code,
        quadrantName: quadrant ? (language === "EN" ? quadrant.nameEn : quadrant.nameNl) : null,
        hours: cell.hours.toFixed(2),
        cases: cell.cases,
      });
    }
  }
  return rows;
}
