import {
  createDistrict,
  createMember,
  createMunicipality,
  createTeam,
} from "./organisation-fixtures";
import { createCase, recordSupport } from "./registration-fixtures";
import type { GraphQLResponse, TestServer } from "./test-server";

/**
 * Two municipalities with data to attack: Zwolle (own, two teams) and Utrecht (foreign). The
 * attacks run as Zwolle's roles and must never see or change Utrecht's rows, nor a TEAM_LEAD
 * or PROFESSIONAL the other team's cases.
 */
export async function twoMunicipalities(t: TestServer) {
  const own = await createMunicipality(t, "GM0193", "Zwolle");
  const ownDistrict = await createDistrict(t, own.id, "Holtenbroek");
  const ownTeam = await createTeam(t, own.id, "Wijkteam Noord", [ownDistrict.id]);
  const otherTeam = await createTeam(t, own.id, "Wijkteam Zuid", [ownDistrict.id]);
  const ownMember = await createMember(t, ownTeam.id, "Anouk de Vries");
  const ownCase = await createCase(t, ownTeam.id, "ZW-2025-0001");
  const otherTeamCase = await createCase(t, otherTeam.id, "ZW-2025-0002");
  const ownActivity = await recordSupport(t, {
    caseId: ownCase.id,
    activityDate: "2025-01-13",
    memberId: ownMember.id,
    hours: "3",
  });

  const foreign = await createMunicipality(t, "GM0344", "Utrecht");
  const foreignDistrict = await createDistrict(t, foreign.id, "Overvecht");
  const foreignTeam = await createTeam(t, foreign.id, "Buurtteam Overvecht", [foreignDistrict.id]);
  const foreignMember = await createMember(t, foreignTeam.id, "Mohamed El Amrani");
  const foreignCase = await createCase(t, foreignTeam.id, "UT-2025-0001");
  const foreignActivity = await recordSupport(t, {
    caseId: foreignCase.id,
    activityDate: "2025-01-13",
    memberId: foreignMember.id,
    hours: "5",
  });
  const foreignOutcome = await t.ok(
    `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id version } }`,
    {
      input: {
        caseId: foreignCase.id,
        outcomeDate: "2025-06-01",
        description: "Huisuitzetting voorkomen",
        quantity: "1",
      },
    },
  );
  return {
    own: { ...own, district: ownDistrict, team: ownTeam, otherTeam, member: ownMember },
    ownCase,
    otherTeamCase,
    ownActivity,
    foreign: { ...foreign, district: foreignDistrict, team: foreignTeam, member: foreignMember },
    foreignCase,
    foreignActivity,
    foreignOutcome: foreignOutcome.recordOutcome as { id: string; version: number },
  };
}

export type World = Awaited<ReturnType<typeof twoMunicipalities>>;

/** Every row count that an attack must leave unchanged. */
export async function allCounts(t: TestServer): Promise<Record<string, number>> {
  const rows: { name: string; n: number }[] = await t.database.dataSource.query(`
    SELECT 'municipality' AS name, count(*)::int AS n FROM municipality
    UNION ALL SELECT 'district', count(*)::int FROM district
    UNION ALL SELECT 'team', count(*)::int FROM team
    UNION ALL SELECT 'member', count(*)::int FROM member
    UNION ALL SELECT 'case', count(*)::int FROM case_record
    UNION ALL SELECT 'activity', count(*)::int FROM support_activity
    UNION ALL SELECT 'outcome', count(*)::int FROM outcome
    UNION ALL SELECT 'api_token', count(*)::int FROM api_token
    UNION ALL SELECT 'price_list', count(*)::int FROM price_list
    UNION ALL SELECT 'report_export', count(*)::int FROM report_export
    UNION ALL SELECT 'changed', count(*)::int FROM case_record WHERE version > 1`);
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}

/** The first error's code, or "none". */
export function codeOf(result: GraphQLResponse): string {
  return result.errors?.[0]?.extensions?.code ?? "none";
}

/** Fails the test when an answer contains any of the secrets. */
export function expectNoneOf(result: unknown, secrets: string[], label = "") {
  const text = JSON.stringify(result);
  const leaked = secrets.filter((secret) => text.includes(secret));
  expect({ label, leaked: leaked.length ? text : null }).toEqual({ label, leaked: null });
}

/** A valid id of nothing: what a foreign id must be indistinguishable from. */
export const MISSING_ID = "7e57f00d-0000-4000-8000-000000000000";

/**
 * An answer with the given ids replaced by `<id>` and without what differs from request to
 * request (statement counts, stack traces): a foreign id's answer must equal a missing id's.
 */
export function normalised(result: GraphQLResponse, ids: string[]): unknown {
  let text = JSON.stringify({ data: result.data ?? null, errors: result.errors ?? [] });
  for (const id of ids) text = text.split(id).join("<id>");
  const parsed = JSON.parse(text);
  for (const error of parsed.errors) delete error.extensions?.stacktrace;
  return parsed;
}

/**
 * Every row of every table but the audit log and the rate-limit counters (and a token's
 * lastUsedAt, which a request sets), as one digest per table: a refused attack leaves all
 * digests as they were.
 */
export async function snapshot(t: TestServer): Promise<Record<string, string>> {
  const db = t.database.dataSource;
  const tables: { tablename: string }[] = await db.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public'
       AND tablename NOT IN ('migrations', 'audit_event', 'rate_limit_window') ORDER BY tablename`,
  );
  const digests: Record<string, string> = {};
  for (const { tablename } of tables) {
    const [row] = await db.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg((to_jsonb(snap_row) - 'last_used_at')::text, '|' ORDER BY (to_jsonb(snap_row) - 'last_used_at')::text), '')) AS digest FROM "${tablename}" snap_row`,
    );
    digests[tablename] = `${row.n}:${row.digest}`;
  }
  return digests;
}
