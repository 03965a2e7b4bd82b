import type { DataSource } from "typeorm";
import { MODEL_B_ID } from "../schema/quadrant-model";

export interface AnalysisSeed {
  teamId: string;
  districts: number;
  months: number;
  cases: number;
  activities: number;
}

/**
 * Seeds the policy-analysis benchmark into a municipality with the demo master data (price
 * list, stakeholders): `districts` new districts served by one new team, a neighbourhood room
 * (placed in quadrant III of the network model) and a debt desk (quadrant II); for every
 * district and month of 2023–2026 collective hours at the neighbourhood room, and new cases
 * that get debt help, fewer when the neighbourhood room was busier three months earlier —
 * with priced hours, reference hours and outcomes, so that the effect trend has money to show.
 * Bulk SQL with a fixed random seed: the same data on every run.
 */
export async function seedAnalysisBench(
  db: DataSource,
  municipalityId: string,
  districts = 50,
  months = 48,
): Promise<AnalysisSeed> {
  return db.transaction(async (em) => {
    await em.query("SELECT setseed(0.14)");
    await em.query(
      `INSERT INTO district (municipality_id, name, kind)
       SELECT $1, 'Benchwijk ' || lpad(g::text, 2, '0'), 'WIJK' FROM generate_series(1, $2) g`,
      [municipalityId, districts],
    );
    const [{ id: teamId }] = await em.query(
      `INSERT INTO team (municipality_id, name, team_type, prototype, breadth, depth, funding_form)
       VALUES ($1, 'Benchteam analyses', 'GENERALIST', 'TEAM_MODEL', '{SOCIAL_AID}', '{SUPPORT}', 'REGULAR_BUDGET')
       RETURNING id`,
      [municipalityId],
    );
    const benchDistricts = `SELECT id, municipality_id, substr(name, 11)::int AS d FROM district
                             WHERE municipality_id = $1 AND name LIKE 'Benchwijk %'`;
    await em.query(
      `INSERT INTO team_district (team_id, district_id, municipality_id)
       SELECT $2, id, municipality_id FROM (${benchDistricts}) x`,
      [municipalityId, teamId],
    );
    const provisions: { id: string; name: string }[] = await em.query(
      `INSERT INTO provision (municipality_id, name, kind, access, care_layer)
       VALUES ($1, 'Benchbuurtkamer', 'GENERAL', 'NONE', 'ZERO_LINE'),
              ($1, 'Benchschuldhulp', 'TAILORED', 'BESCHIKKING', 'SECOND_LINE')
       RETURNING id, name`,
      [municipalityId],
    );
    const room = provisions.find((p) => p.name === "Benchbuurtkamer")!.id;
    const desk = provisions.find((p) => p.name === "Benchschuldhulp")!.id;
    await em.query(
      `INSERT INTO provision_placement (municipality_id, provision_id, model_id, x, y)
       VALUES ($1, $2, $4, 6, -4), ($1, $3, $4, -6, 5)`,
      [municipalityId, room, desk, MODEL_B_ID],
    );
    // Collective hours per district and month: one long-running collective case per district.
    await em.query(
      `CREATE TEMP TABLE bench_effort ON COMMIT DROP AS
       SELECT x.id AS district_id, x.d, m, (8 + floor(random() * 17))::numeric AS hours
         FROM (${benchDistricts}) x, generate_series(0, $2 - 1) m`,
      [municipalityId, months],
    );
    await em.query(
      `INSERT INTO case_record (municipality_id, team_id, district_id, reference, kind, opened_on)
       SELECT $1, $2, id, 'BENCH-COLL-' || lpad(d::text, 2, '0'), 'COLLECTIVE_ISSUE', date '2022-12-01'
         FROM (${benchDistricts}) x`,
      [municipalityId, teamId],
    );
    await em.query(
      `INSERT INTO support_activity (municipality_id, case_id, scenario, activity_date, role, hours,
                                     provision_id, collective, price_item_code, description)
       SELECT $1, c.id, 'INTERVENTION', date '2023-01-10' + make_interval(months => e.m), 'COMMUNITY_WORKER',
              e.hours, $3, true, 'UUR_BUURTTEAM_SOCIAAL', 'buurtkamer'
         FROM bench_effort e JOIN case_record c
           ON c.reference = 'BENCH-COLL-' || lpad(e.d::text, 2, '0') AND c.municipality_id = $1 AND c.team_id = $2`,
      [municipalityId, teamId, room],
    );
    // New cases: 26 per district and month, 0.3 fewer per collective hour three months before.
    await em.query(
      `INSERT INTO case_record (municipality_id, team_id, district_id, reference, kind, opened_on, problem_domains)
       SELECT $1, $2, e.district_id, 'BENCH-' || lpad(e.d::text, 2, '0') || '-' || lpad(e.m::text, 2, '0') || '-' || lpad(k::text, 2, '0'),
              'HELP_REQUEST', (date '2023-01-01' + make_interval(months => e.m))::date + (k % 28), '{INCOME_DEBTS}'
         FROM bench_effort e
         LEFT JOIN bench_effort before ON before.district_id = e.district_id AND before.m = e.m - 3
         CROSS JOIN LATERAL generate_series(1, greatest(1, round(26 - 0.3 * COALESCE(before.hours, 16) + random() * 4 - 2))::int) k`,
      [municipalityId, teamId],
    );
    const newCases = `SELECT id, municipality_id, opened_on FROM case_record
                       WHERE team_id = $1 AND kind = 'HELP_REQUEST'`;
    await em.query(
      `INSERT INTO support_activity (municipality_id, case_id, scenario, activity_date, role, hours,
                                     provision_id, recur_months, price_item_code, description)
       SELECT c.municipality_id, c.id, 'INTERVENTION', c.opened_on, 'DEBT_COUNSELLOR', 2 + floor(random() * 3),
              $2::uuid, 6, 'UUR_BUURTTEAM_SOCIAAL', 'schuldhulp'
         FROM (${newCases}) c
       UNION ALL
       SELECT c.municipality_id, c.id, 'REFERENCE', c.opened_on, 'SOCIAL_WORKER', 3 + floor(random() * 3),
              NULL, 12, 'UUR_MAATSCHAPPELIJK_WERK', 'zonder wijkteam'
         FROM (${newCases}) c`,
      [teamId, desk],
    );
    await em.query(
      `INSERT INTO outcome (municipality_id, case_id, scenario, outcome_date, description,
                            price_item_code, quantity, duration_years, deadweight, displacement,
                            attribution, drop_off, leakage)
       SELECT c.municipality_id, c.id, 'INTERVENTION', c.opened_on + 90, 'schulden stabiel',
              'SCHULDEN_STABIEL', 1, 2, 0.1 * floor(random() * 3), 0, 0.3, 0.2, 0
         FROM (${newCases}) c`,
      [teamId],
    );
    const [{ cases, activities }] = await em.query(
      `SELECT (SELECT count(*)::int FROM case_record WHERE team_id = $1) AS cases,
              (SELECT count(*)::int FROM support_activity sa JOIN case_record c ON c.id = sa.case_id
                WHERE c.team_id = $1) AS activities`,
      [teamId],
    );
    return { teamId, districts, months, cases, activities };
  });
}
