import type { DataSource } from "typeorm";

/**
 * Seeds the cases of the stored-report benchmark into a municipality that has the demo master
 * data (price list, districts, arrangements, stakeholders): a team of its own with `cases`
 * cases, each with 36 months of money — intervention hours every month, reference hours for two
 * years, a valued outcome over three years, for some an avoided eviction — so that the export
 * has `cases × 36` case-month rows. Bulk SQL (generate_series), a few statements in all.
 */
export async function seedBenchCases(db: DataSource, municipalityId: string, cases: number) {
  return db.transaction(async (em) => {
    const [{ id: teamId }] = await em.query(
      `INSERT INTO team (municipality_id, name, team_type, prototype, breadth, depth, funding_form)
       VALUES ($1, 'Benchteam', 'GENERALIST', 'TEAM_MODEL', '{SOCIAL_AID}', '{SUPPORT}', 'REGULAR_BUDGET')
       RETURNING id`,
      [municipalityId],
    );
    await em.query(
      `INSERT INTO team_district (team_id, district_id, municipality_id)
       SELECT $1, id, municipality_id FROM district WHERE municipality_id = $2`,
      [teamId, municipalityId],
    );
    await em.query(
      `WITH districts AS (SELECT array_agg(id ORDER BY name) AS ids FROM district WHERE municipality_id = $1)
       INSERT INTO case_record (municipality_id, team_id, district_id, reference, kind, opened_on)
       SELECT $1, $2, ids[1 + g % cardinality(ids)], 'BENCH-' || lpad(g::text, 6, '0'),
              'HELP_REQUEST', date '2025-01-01' + (g % 28)
         FROM generate_series(1, $3) g, districts`,
      [municipalityId, teamId, cases],
    );
    const bench = `SELECT id, municipality_id, substr(reference, 7)::int AS g FROM case_record
                    WHERE team_id = $1`;
    await em.query(
      `WITH arrangements AS (SELECT array_agg(id ORDER BY name) AS ids FROM arrangement WHERE municipality_id = $2)
       INSERT INTO case_arrangement (municipality_id, case_id, arrangement_id, started_on)
       SELECT c.municipality_id, c.id, ids[1 + c.g % cardinality(ids)], date '2025-01-01'
         FROM (${bench}) c, arrangements WHERE c.g % 3 <> 0 AND cardinality(ids) > 0`,
      [teamId, municipalityId],
    );
    await em.query(
      `INSERT INTO support_activity (municipality_id, case_id, scenario, activity_date, role, hours,
                                     recur_months, collective, price_item_code, description)
       SELECT c.municipality_id, c.id, 'INTERVENTION', date '2025-01-01' + (c.g % 28),
              'NEIGHBOURHOOD_TEAM_WORKER', 1.5 + (c.g % 4), 36, c.g % 5 = 0,
              'UUR_BUURTTEAM_SOCIAAL', 'begeleiding'
         FROM (${bench}) c
       UNION ALL
       SELECT c.municipality_id, c.id, 'REFERENCE', date '2025-01-01', 'SOCIAL_WORKER',
              3 + (c.g % 3), 24, false, 'UUR_MAATSCHAPPELIJK_WERK', 'zonder wijkteam'
         FROM (${bench}) c`,
      [teamId],
    );
    await em.query(
      `INSERT INTO outcome (municipality_id, case_id, scenario, outcome_date, description,
                            price_item_code, quantity, duration_years, deadweight, displacement,
                            attribution, drop_off, leakage)
       SELECT c.municipality_id, c.id, 'INTERVENTION', date '2025-01-01', 'schulden stabiel',
              'SCHULDEN_STABIEL', 1, 3, 0.1 * (c.g % 3), 0, 0.3, 0.2, 0
         FROM (${bench}) c
       UNION ALL
       SELECT c.municipality_id, c.id, 'REFERENCE', date '2025-06-15', 'huisuitzetting',
              'HUISUITZETTING', 1, NULL, 0, 0, 0, 0, 0
         FROM (${bench}) c WHERE c.g % 4 = 0`,
      [teamId],
    );
    return teamId as string;
  });
}
