import type { TestServer } from "./test-server";

export async function createCase(
  t: TestServer,
  teamId: string,
  reference: string,
  extra: Record<string, unknown> = {},
) {
  const data = await t.ok(
    `mutation($input: CreateCaseInput!) { createCase(input: $input) { id version reference } }`,
    {
      input: {
        teamId,
        reference,
        kind: "HELP_REQUEST",
        openedOn: "2025-01-06",
        problemDomains: ["INCOME_DEBTS"],
        ...extra,
      },
    },
  );
  return data.createCase as { id: string; version: number; reference: string };
}

export async function recordSupport(t: TestServer, input: Record<string, unknown>) {
  const data = await t.ok(
    `mutation($input: RecordSupportInput!) { recordSupport(input: $input) { id version collective } }`,
    {
      input,
    },
  );
  return data.recordSupport as { id: string; version: number; collective: boolean };
}

export async function registrationCounts(t: TestServer): Promise<Record<string, number>> {
  const rows: { name: string; n: number }[] = await t.database.dataSource.query(`
    SELECT 'case' AS name, count(*)::int AS n FROM case_record
    UNION ALL SELECT 'case_arrangement', count(*)::int FROM case_arrangement
    UNION ALL SELECT 'assessment', count(*)::int FROM self_reliance_assessment
    UNION ALL SELECT 'bundle', count(*)::int FROM case_bundle
    UNION ALL SELECT 'activity', count(*)::int FROM support_activity
    UNION ALL SELECT 'outcome', count(*)::int FROM outcome
    UNION ALL SELECT 'arrangement', count(*)::int FROM arrangement
    UNION ALL SELECT 'component', count(*)::int FROM arrangement_component`);
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}
