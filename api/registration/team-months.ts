import type { DataSource } from "typeorm";
import type { TeamMonth } from "../../schema/registration-results";
import type { DisclosureRule } from "../platform";

/**
 * Per calendar month for one team: open, new and closed cases, intervention hours on
 * individual and on collective work (a recurring activity counts in each of its months), and
 * the arrangements running. A fixed number of statements, whatever the period.
 */
export async function teamMonths(
  db: DataSource,
  teamId: string,
  from: string,
  to: string,
): Promise<TeamMonth[]> {
  const months = `SELECT to_char(m, 'YYYY-MM') AS month, m::date AS start,
                         (m + interval '1 month' - interval '1 day')::date AS finish
                    FROM generate_series(date_trunc('month', $2::date), date_trunc('month', $3::date), interval '1 month') m`;
  const cases: { month: string; open: number; opened: number; closed: number }[] = await db.query(
    `WITH months AS (${months})
     SELECT months.month,
            count(c.id) FILTER (WHERE c.opened_on <= months.finish AND (c.closed_on IS NULL OR c.closed_on >= months.start))::int AS open,
            count(c.id) FILTER (WHERE c.opened_on BETWEEN months.start AND months.finish)::int AS opened,
            count(c.id) FILTER (WHERE c.closed_on BETWEEN months.start AND months.finish)::int AS closed
       FROM months LEFT JOIN case_record c ON c.team_id = $1
      GROUP BY months.month ORDER BY months.month`,
    [teamId, from, to],
  );
  const hours: { month: string; individual: string; collective: string }[] = await db.query(
    `WITH occurrences AS (
       SELECT to_char(sa.activity_date + make_interval(months => k), 'YYYY-MM') AS month, sa.hours, sa.collective
         FROM support_activity sa
         JOIN case_record c ON c.id = sa.case_id
         CROSS JOIN LATERAL generate_series(0, COALESCE(sa.recur_months, 1) - 1) k
        WHERE c.team_id = $1 AND sa.scenario = 'INTERVENTION' AND sa.hours IS NOT NULL)
     SELECT month,
            COALESCE(sum(hours) FILTER (WHERE NOT collective), 0)::text AS individual,
            COALESCE(sum(hours) FILTER (WHERE collective), 0)::text AS collective
       FROM occurrences WHERE month BETWEEN to_char($2::date, 'YYYY-MM') AND to_char($3::date, 'YYYY-MM')
      GROUP BY month`,
    [teamId, from, to],
  );
  const uses: { month: string; arrangement_id: string; cases: number }[] = await db.query(
    `WITH months AS (${months})
     SELECT months.month, ca.arrangement_id, count(DISTINCT ca.case_id)::int AS cases
       FROM months
       JOIN case_arrangement ca ON ca.started_on <= months.finish AND (ca.ended_on IS NULL OR ca.ended_on >= months.start)
       JOIN case_record c ON c.id = ca.case_id AND c.team_id = $1
      GROUP BY months.month, ca.arrangement_id ORDER BY months.month, cases DESC`,
    [teamId, from, to],
  );
  const hoursByMonth = new Map(hours.map((h) => [h.month, h]));
  return cases.map((row) => ({
    month: row.month,
    openCases: row.open,
    newCases: row.opened,
    closedCases: row.closed,
    individualHours: hoursByMonth.get(row.month)?.individual ?? "0",
    collectiveHours: hoursByMonth.get(row.month)?.collective ?? "0",
    arrangementsUsed: uses
      .filter((u) => u.month === row.month)
      .map((u) => ({ arrangementId: u.arrangement_id, cases: u.cases })),
  }));
}

/**
 * Disclosure control for a caller outside the team (a team lead of another team): a month whose
 * figures rest on 1 to k − 1 open cases is left out, and so is an arrangement's use by so few.
 * Months have no total in this answer, so leaving one out gives nothing away.
 */
export function discloseTeamMonths(
  rule: DisclosureRule,
  teamId: string,
  months: TeamMonth[],
): TeamMonth[] {
  if (rule.exempt || rule.ownTeamIds.includes(teamId)) return months;
  const small = (cases: number) => cases > 0 && cases < rule.minGroupSize;
  return months
    .filter((month) => !small(month.openCases))
    .map((month) => ({
      ...month,
      arrangementsUsed: month.arrangementsUsed.filter((use) => !small(use.cases)),
    }));
}
