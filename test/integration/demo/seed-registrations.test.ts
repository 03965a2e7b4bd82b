import { seedDemoData } from "../../../api/demo/demo";
import { demoPriceItemByCode, demoPriceItems } from "../../../api/demo/price-items";
import { seedRegistrations, type SeedRegistrationsResult } from "../../../api/demo/registrations";
import { loadLookups } from "../../../api/registration/lookups";
import { caseReferenceProblem } from "../../../api/platform/privacy-rules";
import {
  checkActivity,
  checkCase,
  checkOutcome,
} from "../../../api/registration/registration-rules";
import { MODEL_A_ID, MODEL_B_ID } from "../../../migrations/1763900100000-QuadrantModels";
import { standardStakeholders } from "../../../api/demo/organisations";
import { startTestServer, type TestServer } from "../../support/test-server";

/** Zwolle (five generalist wijkteams) and Nieuwegein (three schakelteams, network model). */
const CODES = ["GM0193", "GM0356"];

async function seedBoth(t: TestServer): Promise<Record<string, SeedRegistrationsResult>> {
  const db = t.database.dataSource;
  await seedDemoData(db);
  // The demo seed registers work too; start the municipalities afresh to test the function itself.
  await db.query("DELETE FROM case_record");
  const municipalities: { id: string; code: string }[] = await db.query(
    "SELECT id, code FROM municipality WHERE code = ANY($1) ORDER BY code",
    [CODES],
  );
  const results: Record<string, SeedRegistrationsResult> = {};
  for (const m of municipalities) {
    results[m.code] = await db.transaction((em) => seedRegistrations(em, m.id));
  }
  return results;
}

/**
 * Everything seeded, without the generated ids: one line per row, joined to names and
 * references, hashed in order; plus the reference list and the sums of hours and units.
 */
async function fingerprint(t: TestServer) {
  const db = t.database.dataSource;
  const [{ hash, lines }] = await db.query(
    `SELECT md5(string_agg(line, E'\\n' ORDER BY line)) AS hash, count(*)::int AS lines FROM (
       SELECT format('case|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s', m.code, c.reference, c.external_ref,
              t.name, d.name, c.kind, c.opened_on, c.closed_on, c.problem_domains, c.multiple_problems) AS line
         FROM case_record c JOIN municipality m ON m.id = c.municipality_id
         JOIN team t ON t.id = c.team_id LEFT JOIN district d ON d.id = c.district_id
       UNION ALL
       SELECT format('activity|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s', c.reference, sa.scenario,
              sa.activity_date, mb.name, sa.role, sa.hours, p.name, sa.units, sa.recur_months,
              sa.collective, a.name, sa.price_item_code, sa.description)
         FROM support_activity sa JOIN case_record c ON c.id = sa.case_id
         LEFT JOIN member mb ON mb.id = sa.member_id LEFT JOIN provision p ON p.id = sa.provision_id
         LEFT JOIN arrangement a ON a.id = sa.arrangement_id
       UNION ALL
       SELECT format('outcome|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s', c.reference, o.scenario,
              o.outcome_date, o.description, o.price_item_code, o.quantity, o.recur_months,
              o.duration_years, o.deadweight, o.displacement, o.attribution, o.drop_off, o.leakage,
              o.evidence, s.code)
         FROM outcome o JOIN case_record c ON c.id = o.case_id
         LEFT JOIN stakeholder s ON s.id = o.beneficiary_id
       UNION ALL
       SELECT format('assessment|%s|%s|%s|%s', c.reference, sr.assessed_on, sr.domain, sr.score)
         FROM self_reliance_assessment sr JOIN case_record c ON c.id = sr.case_id
       UNION ALL
       SELECT format('bundle|%s|%s', i.reference, r.reference)
         FROM case_bundle b JOIN case_record i ON i.id = b.issue_id JOIN case_record r ON r.id = b.request_id
       UNION ALL
       SELECT format('applied|%s|%s|%s|%s', c.reference, a.name, ca.started_on, ca.ended_on)
         FROM case_arrangement ca JOIN case_record c ON c.id = ca.case_id
         JOIN arrangement a ON a.id = ca.arrangement_id
       UNION ALL
       SELECT format('component|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s', m.code, a.name, a.goal, a.form,
              ac.position, p.name, ac.role, ac.collective, ac.planned_hours_per_month,
              ac.planned_units_per_month,
              (SELECT string_agg(cp.model_id || ':' || cp.x || ',' || cp.y, ';' ORDER BY cp.model_id)
                 FROM component_placement cp WHERE cp.component_id = ac.id))
         FROM arrangement_component ac JOIN arrangement a ON a.id = ac.arrangement_id
         JOIN municipality m ON m.id = a.municipality_id LEFT JOIN provision p ON p.id = ac.provision_id
     ) rows`,
  );
  const references = (await db.query("SELECT reference FROM case_record ORDER BY reference")).map(
    (r: { reference: string }) => r.reference,
  );
  const [sums] = await db.query(
    "SELECT sum(hours)::text AS hours, sum(units)::text AS units, count(*)::int AS n FROM support_activity",
  );
  return { hash, lines, references, sums };
}

/** Per case, the priced events of each scenario: support (× recurrence) and priced life events. */
async function scenarioCosts(t: TestServer) {
  const rows: { kind: string; intervention: string; reference: string }[] =
    await t.database.dataSource.query(
      `WITH price AS (SELECT * FROM unnest($1::text[], $2::bigint[]) AS p(code, cents)),
            events AS (
              SELECT sa.case_id, sa.scenario,
                     COALESCE(sa.hours, sa.units) * p.cents * COALESCE(sa.recur_months, 1) AS cents
                FROM support_activity sa JOIN price p ON p.code = sa.price_item_code
              UNION ALL
              SELECT o.case_id, o.scenario, o.quantity * p.cents * COALESCE(o.recur_months, 1)
                FROM outcome o JOIN price p ON p.code = o.price_item_code
               WHERE o.duration_years IS NULL)
       SELECT c.kind,
              COALESCE(sum(e.cents) FILTER (WHERE e.scenario = 'INTERVENTION'), 0)::text AS intervention,
              COALESCE(sum(e.cents) FILTER (WHERE e.scenario = 'REFERENCE'), 0)::text AS reference
         FROM case_record c JOIN municipality m ON m.id = c.municipality_id
         LEFT JOIN events e ON e.case_id = c.id
        WHERE m.code = ANY($3)
        GROUP BY c.id, c.kind`,
      [demoPriceItems.map((p) => p.code), demoPriceItems.map((p) => p.priceCents), CODES],
    );
  return rows.map((r) => ({
    kind: r.kind,
    intervention: Number(r.intervention),
    reference: Number(r.reference),
  }));
}

describe("demo price list", () => {
  it("has 25–35 well-formed items with plausible prices", () => {
    expect(demoPriceItems.length).toBeGreaterThanOrEqual(25);
    expect(demoPriceItems.length).toBeLessThanOrEqual(35);
    expect(demoPriceItemByCode.size).toBe(demoPriceItems.length);
    const stakeholders = new Map<string, string>(standardStakeholders.map((s) => [s.code, s.kind]));
    for (const item of demoPriceItems) {
      expect(item.code).toMatch(/^[A-Z0-9][A-Z0-9_.-]{0,39}$/);
      expect(Number.isInteger(item.priceCents) && item.priceCents > 0).toBe(true);
      expect(item.priceYear).toBe(2024);
      expect(item.source.trim().length).toBeGreaterThan(20);
      expect(stakeholders.get(item.stakeholderCode)).toBe(item.bearerKind);
      // Estimates are grade C, and grade C is for estimates.
      expect(/schatting|indicatief/i.test(item.source)).toBe(item.grade === "C");
    }
    const euros = (code: string) => demoPriceItemByCode.get(code)!.priceCents / 100;
    expect(euros("UUR_BUURTTEAM_SOCIAAL")).toBeGreaterThanOrEqual(75);
    expect(euros("UUR_BUURTTEAM_SOCIAAL")).toBeLessThanOrEqual(95);
    expect(euros("HUISUITZETTING")).toBeGreaterThanOrEqual(5000);
    expect(euros("HUISUITZETTING")).toBeLessThanOrEqual(8000);
    expect(euros("JEUGD_UITHUISPLAATSING_DAG")).toBeGreaterThanOrEqual(200);
    expect(euros("JEUGD_UITHUISPLAATSING_DAG")).toBeLessThanOrEqual(300);
    expect(euros("UITKERING_PW_MAAND")).toBeGreaterThanOrEqual(1300);
    expect(euros("UITKERING_PW_MAAND")).toBeLessThanOrEqual(1500);
    const valueTypes = new Set(demoPriceItems.map((item) => item.valueType));
    expect([...valueTypes].sort()).toEqual(["ECONOMIC", "FISCAL", "SOCIAL"]);
  });
});

describe("demo registrations", () => {
  let t: TestServer;
  let results: Record<string, SeedRegistrationsResult>;
  let first: Awaited<ReturnType<typeof fingerprint>>;
  let ids: Record<string, string>;
  const query = (sql: string, parameters?: unknown[]) =>
    t.database.dataSource.query(sql, parameters);

  beforeAll(async () => {
    t = await startTestServer();
    results = await seedBoth(t);
    first = await fingerprint(t);
    const rows: { id: string; code: string }[] = await query(
      "SELECT id, code FROM municipality WHERE code = ANY($1)",
      [CODES],
    );
    ids = Object.fromEntries(rows.map((r) => [r.code, r.id]));
  });
  afterAll(() => t?.stop());

  it("produces thousands of activities, and counts what it wrote", async () => {
    for (const code of CODES) {
      const [counts] = await query(
        `SELECT (SELECT count(*)::int FROM case_record WHERE municipality_id = $1) AS cases,
                (SELECT count(*)::int FROM support_activity WHERE municipality_id = $1) AS activities,
                (SELECT count(*)::int FROM outcome WHERE municipality_id = $1) AS outcomes`,
        [ids[code]],
      );
      expect(counts).toEqual(results[code]);
      expect(counts.cases).toBeGreaterThan(50);
      expect(counts.outcomes).toBeGreaterThan(50);
    }
    const total = (key: keyof SeedRegistrationsResult) =>
      CODES.reduce((sum, code) => sum + results[code][key], 0);
    expect(total("activities")).toBeGreaterThanOrEqual(3000);
    expect(total("cases")).toBeGreaterThanOrEqual(500);
  });

  it("covers both scenarios, collective and individual work, and a year or more", async () => {
    for (const code of CODES) {
      const [row] = await query(
        `SELECT count(*) FILTER (WHERE scenario = 'INTERVENTION')::int AS intervention,
                count(*) FILTER (WHERE scenario = 'REFERENCE')::int AS reference,
                count(*) FILTER (WHERE collective)::int AS collective,
                count(*) FILTER (WHERE NOT collective)::int AS individual,
                count(*) FILTER (WHERE recur_months IS NOT NULL)::int AS recurring,
                count(*) FILTER (WHERE member_id IS NOT NULL)::int AS by_member,
                count(*) FILTER (WHERE provision_id IS NOT NULL)::int AS provisions
           FROM support_activity WHERE municipality_id = $1`,
        [ids[code]],
      );
      for (const value of Object.values(row)) expect(value).toBeGreaterThan(0);
      const [outcomes] = await query(
        `SELECT count(*) FILTER (WHERE scenario = 'INTERVENTION')::int AS intervention,
                count(*) FILTER (WHERE scenario = 'REFERENCE')::int AS reference,
                count(*) FILTER (WHERE duration_years IS NOT NULL)::int AS valued,
                count(*) FILTER (WHERE recur_months IS NOT NULL)::int AS streams
           FROM outcome WHERE municipality_id = $1`,
        [ids[code]],
      );
      for (const value of Object.values(outcomes)) expect(value).toBeGreaterThan(0);
      const [period] = await query(
        `SELECT min(opened_on)::text AS first, max(opened_on)::text AS last,
                count(*) FILTER (WHERE kind = 'COLLECTIVE_ISSUE')::int AS issues,
                count(*) FILTER (WHERE kind = 'HELP_REQUEST')::int AS requests,
                count(*) FILTER (WHERE closed_on IS NULL)::int AS open,
                count(*) FILTER (WHERE multiple_problems)::int AS multiple
           FROM case_record WHERE municipality_id = $1`,
        [ids[code]],
      );
      expect(period.first >= "2025-01-01" && period.first < "2025-02-01").toBe(true);
      expect(period.last >= "2025-12-01" && period.last <= "2026-03-31").toBe(true);
      expect(period.issues).toBeGreaterThan(0);
      expect(period.open).toBeGreaterThan(0);
      expect(period.open).toBeLessThan(period.requests);
      expect(period.multiple).toBeGreaterThan(0);
    }
  });

  it("bundles help requests into collective issues, with the issues' work collective", async () => {
    const [bundles] = await query(
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE i.kind <> 'COLLECTIVE_ISSUE' OR r.kind <> 'HELP_REQUEST')::int AS wrong,
              count(DISTINCT b.issue_id)::int AS issues
         FROM case_bundle b JOIN case_record i ON i.id = b.issue_id JOIN case_record r ON r.id = b.request_id`,
    );
    expect(bundles.n).toBeGreaterThan(20);
    expect(bundles.wrong).toBe(0);
    const [work] = await query(
      `SELECT count(*) FILTER (WHERE NOT sa.collective)::int AS individual, count(*)::int AS n
         FROM support_activity sa JOIN case_record c ON c.id = sa.case_id
        WHERE c.kind = 'COLLECTIVE_ISSUE' AND sa.scenario = 'INTERVENTION'`,
    );
    expect(work.n).toBeGreaterThan(0);
    expect(work.individual).toBe(0);
    // Collective components also appear on help requests (the group course, Welzijn op Recept).
    const [onRequests] = await query(
      `SELECT count(*)::int AS n FROM support_activity sa JOIN case_record c ON c.id = sa.case_id
        WHERE c.kind = 'HELP_REQUEST' AND sa.collective`,
    );
    expect(onRequests.n).toBeGreaterThan(0);
  });

  it("has arrangements with components, placed in both models, applied to cases", async () => {
    for (const code of CODES) {
      const arrangements: {
        name: string;
        goal: string | null;
        form: string;
        components: number;
      }[] = await query(
        `SELECT a.name, a.goal, a.form, count(ac.id)::int AS components
             FROM arrangement a JOIN arrangement_component ac ON ac.arrangement_id = a.id
            WHERE a.municipality_id = $1 GROUP BY a.id ORDER BY a.name`,
        [ids[code]],
      );
      expect(arrangements.length).toBeGreaterThanOrEqual(5);
      expect(arrangements).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            name: "Budgetcursus in groep + individuele schuldhulp",
            form: "MIXED",
            goal: "CONNECT_REQUESTS",
          }),
          expect.objectContaining({
            name: "Individuele begeleiding schulden",
            form: "INDIVIDUAL_SUPPORT",
            goal: null,
          }),
          expect.objectContaining({ name: "Signaaltafel armoede", goal: "SYSTEM_ISSUES" }),
        ]),
      );
      const [placements] = await query(
        `SELECT count(*) FILTER (WHERE ac.role IS NOT NULL)::int AS roles,
                count(*) FILTER (WHERE ac.role IS NOT NULL AND
                  (SELECT array_agg(cp.model_id::text ORDER BY cp.model_id) FROM component_placement cp
                    WHERE cp.component_id = ac.id) = $2::text[])::int AS placed,
                count(*) FILTER (WHERE ac.collective)::int AS collective,
                count(*) FILTER (WHERE NOT ac.collective)::int AS individual
           FROM arrangement_component ac WHERE ac.municipality_id = $1`,
        [ids[code], [MODEL_A_ID, MODEL_B_ID].sort()],
      );
      expect(placements.roles).toBeGreaterThan(0);
      expect(placements.placed).toBe(placements.roles);
      expect(placements.collective).toBeGreaterThan(0);
      expect(placements.individual).toBeGreaterThan(0);
      const applied: { name: string; n: number }[] = await query(
        `SELECT a.name, count(*)::int AS n FROM case_arrangement ca JOIN arrangement a ON a.id = ca.arrangement_id
          WHERE ca.municipality_id = $1 GROUP BY a.name`,
        [ids[code]],
      );
      expect(applied.length).toBe(arrangements.length);
    }
  });

  it("keeps to the registration rules and the privacy rules", async () => {
    const db = t.database.dataSource;
    for (const code of CODES) {
      const lookups = await loadLookups(db.manager, ids[code]);
      const cases: {
        reference: string;
        externalRef: string;
        teamId: string;
        districtId: string | null;
        kind: string;
        openedOn: string;
        closedOn: string | null;
        problemDomains: string[];
      }[] = await query(
        `SELECT reference, external_ref AS "externalRef", team_id AS "teamId", district_id AS "districtId",
                kind, opened_on::text AS "openedOn", closed_on::text AS "closedOn",
                problem_domains AS "problemDomains"
           FROM case_record WHERE municipality_id = $1`,
        [ids[code]],
      );
      for (const c of cases) {
        expect(caseReferenceProblem(c.reference)).toBeNull();
        expect(c.reference).toMatch(/^(ZW|NG)-20\d\d-\d{5}$/);
        expect(checkCase(c, lookups)).toEqual([]);
      }
      expect(new Set(cases.map((c) => c.reference)).size).toBe(cases.length);
      const activities = await query(
        `SELECT external_ref AS "externalRef", scenario, activity_date::text AS "activityDate",
                member_id AS "memberId", role, hours::text AS hours, provision_id AS "provisionId",
                units::text AS units, recur_months AS "recurMonths", arrangement_id AS "arrangementId",
                price_item_code AS "priceItemCode", description
           FROM support_activity WHERE municipality_id = $1`,
        [ids[code]],
      );
      const activityProblems = activities.flatMap((a: any) => checkActivity(a, lookups));
      expect(activityProblems).toEqual([]);
      const outcomes = await query(
        `SELECT external_ref AS "externalRef", scenario, outcome_date::text AS "outcomeDate",
                description, price_item_code AS "priceItemCode", quantity::text AS quantity,
                recur_months AS "recurMonths", duration_years AS "durationYears",
                deadweight::text AS deadweight, displacement::text AS displacement,
                attribution::text AS attribution, drop_off::text AS "dropOff", leakage::text AS leakage,
                evidence, beneficiary_id AS "beneficiaryId"
           FROM outcome WHERE municipality_id = $1`,
        [ids[code]],
      );
      expect(outcomes.flatMap((o: any) => checkOutcome(o, lookups))).toEqual([]);
    }
    // The rules the services add: nothing of the intervention before the case opened, and an
    // activity's arrangement is one applied to its case.
    const [late] = await query(
      `SELECT
         (SELECT count(*)::int FROM support_activity sa JOIN case_record c ON c.id = sa.case_id
           WHERE sa.scenario = 'INTERVENTION' AND sa.activity_date < c.opened_on) AS activities,
         (SELECT count(*)::int FROM support_activity sa JOIN case_record c ON c.id = sa.case_id
           WHERE sa.scenario = 'INTERVENTION' AND sa.activity_date > COALESCE(c.closed_on, '2026-03-31')) AS after_work,
         (SELECT count(*)::int FROM case_arrangement ca JOIN case_record c ON c.id = ca.case_id
           WHERE ca.started_on < c.opened_on) AS arrangements,
         (SELECT count(*)::int FROM self_reliance_assessment s JOIN case_record c ON c.id = s.case_id
           WHERE s.assessed_on < c.opened_on) AS assessments,
         (SELECT count(*)::int FROM support_activity sa WHERE sa.arrangement_id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM case_arrangement ca
                            WHERE ca.case_id = sa.case_id AND ca.arrangement_id = sa.arrangement_id)) AS unapplied`,
    );
    expect(late).toEqual({
      activities: 0,
      after_work: 0,
      arrangements: 0,
      assessments: 0,
      unapplied: 0,
    });
  });

  it("prices everything with codes from the demo price list", async () => {
    const codes: { code: string }[] = await query(
      `SELECT DISTINCT price_item_code AS code FROM support_activity WHERE price_item_code IS NOT NULL
       UNION SELECT DISTINCT price_item_code FROM outcome WHERE price_item_code IS NOT NULL`,
    );
    expect(codes.length).toBeGreaterThan(20);
    for (const { code } of codes) expect(demoPriceItemByCode.has(code)).toBe(true);
    // Only volunteers' hours go unpriced.
    const [unpriced] = await query(
      `SELECT count(*) FILTER (WHERE role IS DISTINCT FROM 'VOLUNTEER')::int AS n
         FROM support_activity WHERE price_item_code IS NULL`,
    );
    expect(unpriced.n).toBe(0);
  });

  it("values outcomes with adjustments, evidence and the right beneficiary", async () => {
    const valued: {
      price_item_code: string;
      deadweight: string;
      attribution: string;
      drop_off: string;
      evidence: string;
      scenario: string;
      beneficiary: string | null;
    }[] = await query(
      `SELECT o.price_item_code, o.deadweight::text, o.attribution::text, o.drop_off::text,
              o.evidence, o.scenario, s.code AS beneficiary
         FROM outcome o LEFT JOIN stakeholder s ON s.id = o.beneficiary_id
        WHERE o.duration_years IS NOT NULL`,
    );
    expect(valued.length).toBeGreaterThan(50);
    for (const o of valued) {
      expect(o.scenario).toBe("INTERVENTION");
      expect(Number(o.deadweight)).toBeGreaterThan(0);
      expect(Number(o.attribution)).toBeGreaterThan(0);
      expect(o.evidence.length).toBeGreaterThan(20);
      const bearer = demoPriceItemByCode.get(o.price_item_code)!.stakeholderCode;
      if (o.beneficiary) expect(o.beneficiary).not.toBe(bearer);
    }
    expect(valued.some((o) => o.beneficiary)).toBe(true);
    // A benefit in the reference runs on; with work found it stops early in the intervention.
    const [benefit] = await query(
      `SELECT count(*)::int AS n FROM outcome i JOIN outcome r
           ON r.case_id = i.case_id AND r.price_item_code = i.price_item_code AND r.scenario = 'REFERENCE'
        WHERE i.scenario = 'INTERVENTION' AND i.price_item_code = 'UITKERING_PW_MAAND'
          AND i.recur_months < r.recur_months`,
    );
    expect(benefit.n).toBeGreaterThan(0);
  });

  it("has cases that pay off and cases that do not", async () => {
    const costs = await scenarioCosts(t);
    const requests = costs.filter((c) => c.kind === "HELP_REQUEST");
    const paysOff = requests.filter((c) => c.reference > c.intervention).length;
    const doesNot = requests.filter((c) => c.reference < c.intervention).length;
    expect(paysOff / requests.length).toBeGreaterThan(0.2);
    expect(doesNot / requests.length).toBeGreaterThan(0.2);
    const issues = costs.filter((c) => c.kind === "COLLECTIVE_ISSUE");
    expect(issues.some((c) => c.reference > c.intervention)).toBe(true);
    expect(issues.some((c) => c.reference < c.intervention)).toBe(true);
  });

  it("records self-reliance that rises for most cases, not for all", async () => {
    const [change] = await query(
      `WITH ordered AS (
         SELECT case_id, domain, score,
                row_number() OVER (PARTITION BY case_id, domain ORDER BY assessed_on) AS k,
                count(*) OVER (PARTITION BY case_id, domain) AS n
           FROM self_reliance_assessment)
       SELECT count(*) FILTER (WHERE l.score > f.score)::int AS up,
              count(*) FILTER (WHERE l.score = f.score)::int AS same,
              count(*) FILTER (WHERE l.score < f.score)::int AS down
         FROM ordered f JOIN ordered l ON l.case_id = f.case_id AND l.domain = f.domain AND l.k = l.n
        WHERE f.k = 1 AND f.n > 1`,
    );
    expect(change.up).toBeGreaterThan(change.same + change.down);
    expect(change.down).toBeGreaterThan(0);
  });

  it("follows its options and leaves a municipality that has cases alone", async () => {
    const [wijk] = await query("SELECT id FROM municipality WHERE code = 'GM0352'");
    const db = t.database.dataSource;
    const result = await db.transaction((em) =>
      seedRegistrations(em, wijk.id, { from: "2025-03-01", months: 12, seed: 7 }),
    );
    expect(result.cases).toBeGreaterThan(0);
    const [period] = await query(
      "SELECT min(opened_on)::text AS first, max(opened_on)::text AS last FROM case_record WHERE municipality_id = $1",
      [wijk.id],
    );
    expect(period.first >= "2025-03-01").toBe(true);
    expect(period.last <= "2026-02-28").toBe(true);
    const again = await db.transaction((em) => seedRegistrations(em, wijk.id));
    expect(again).toEqual({ cases: 0, activities: 0, outcomes: 0 });
  });

  it("is deterministic: a fresh database gets exactly the same rows", async () => {
    expect(first.lines).toBeGreaterThan(5000);
    await t.stop();
    t = await startTestServer();
    const second = await seedBoth(t);
    expect(second).toEqual(results);
    expect(await fingerprint(t)).toEqual(first);
  });
});
