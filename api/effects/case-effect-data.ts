import type { DataSource, EntityManager } from "typeorm";
import type { ActivityAggregate, OutcomeRow } from "./case-effect-input";

export interface CaseEffectData {
  activities: ActivityAggregate[];
  outcomes: OutcomeRow[];
}

/**
 * The events of a batch of cases, two statements whatever the batch: support summed in SQL per
 * case, scenario, price item, first month and recurrence (quantity = units, else hours), and
 * the outcomes with their beneficiary's code.
 */
export async function loadCaseEffectData(
  db: DataSource | EntityManager,
  caseIds: string[],
): Promise<Map<string, CaseEffectData>> {
  const activities: ActivityAggregate[] = await db.query(
    `SELECT case_id AS "caseId", scenario, price_item_code AS "priceItemCode",
            to_char(activity_date, 'YYYY-MM') AS month, COALESCE(recur_months, 1) AS "recurMonths",
            sum(COALESCE(units, hours))::text AS quantity
       FROM support_activity WHERE case_id = ANY($1)
      GROUP BY case_id, scenario, price_item_code, to_char(activity_date, 'YYYY-MM'), COALESCE(recur_months, 1)
      ORDER BY case_id, month`,
    [caseIds],
  );
  const outcomes: OutcomeRow[] = await db.query(
    `SELECT o.id, o.case_id AS "caseId", o.scenario, o.outcome_date AS "outcomeDate", o.price_item_code AS "priceItemCode",
            o.quantity::text AS quantity, o.recur_months AS "recurMonths", o.duration_years AS "durationYears",
            o.deadweight::text AS deadweight, o.displacement::text AS displacement, o.attribution::text AS attribution,
            o.drop_off::text AS "dropOff", o.leakage::text AS leakage, s.code AS "beneficiaryCode"
       FROM outcome o LEFT JOIN stakeholder s ON s.id = o.beneficiary_id
      WHERE o.case_id = ANY($1) ORDER BY o.case_id, o.outcome_date`,
    [caseIds],
  );
  const byCase = new Map<string, CaseEffectData>(
    caseIds.map((id) => [id, { activities: [], outcomes: [] }]),
  );
  for (const a of activities) byCase.get(a.caseId)?.activities.push(a);
  for (const o of outcomes) byCase.get(o.caseId)?.outcomes.push(o);
  return byCase;
}
