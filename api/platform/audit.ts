import type { DataSource, EntityManager } from "typeorm";
import { statementScope } from "../../schema/statement-counter";
import type { Caller } from "./caller";

/** What the audit log records (see README "Audit log"). */
export type AuditAction =
  | "TOKEN_LOGIN"
  | "CASE_READ"
  | "EXPORT"
  | "DOWNLOAD"
  | "IMPORT"
  | "ERASE"
  | "TOKEN_CREATED"
  | "TOKEN_REVOKED";

const MAX_DETAIL_CHARS = 8000;

/** Keeps a detail small: long strings (an import's base64 file) are cut, the whole is capped. */
function compact(detail: Record<string, unknown>): Record<string, unknown> {
  const text = JSON.stringify(detail, (_key, value: unknown) =>
    typeof value === "string" && value.length > 200 ? `${value.slice(0, 200)}…` : value,
  );
  if (text.length <= MAX_DETAIL_CHARS) return JSON.parse(text) as Record<string, unknown>;
  return { truncated: text.slice(0, MAX_DETAIL_CHARS) };
}

/**
 * Writes one audit row for the caller. Pass the transaction's manager to make the row part of
 * the change it records (an erasure); without one the row is written on its own. Audit writes
 * do not count towards a response's `sqlStatements` (they are not the query's cost).
 */
export function audit(
  target: { db: DataSource; caller: Caller } | { em: EntityManager; caller: Caller },
  action: AuditAction,
  detail: Record<string, unknown> = {},
): Promise<void> {
  const runner = "em" in target ? target.em : target.db;
  const { caller } = target;
  return statementScope.exit(async () => {
    await runner.query(
      `INSERT INTO audit_event (actor, role, municipality_id, token_id, action, detail)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [caller.subject, caller.role, caller.municipalityId, caller.tokenId, action, compact(detail)],
    );
  });
}

const LOGIN_INTERVAL_MS = 60 * 60 * 1000;
const recentLogins = new Map<string, number>();

/**
 * Records a login by token at most once per token per hour. The database decides (so replicas
 * agree); the in-process memory only saves the statement when this process wrote it recently.
 */
export async function recordLogin(db: DataSource, caller: Caller): Promise<void> {
  const now = Date.now();
  const last = recentLogins.get(caller.tokenId);
  if (last !== undefined && now - last < LOGIN_INTERVAL_MS) return;
  if (recentLogins.size > 10000) recentLogins.clear();
  recentLogins.set(caller.tokenId, now);
  await db.query(
    `INSERT INTO audit_event (actor, role, municipality_id, token_id, action, detail)
     SELECT $1, $2, $3, $4, 'TOKEN_LOGIN', $5
      WHERE NOT EXISTS (SELECT 1 FROM audit_event WHERE token_id = $4 AND action = 'TOKEN_LOGIN'
                          AND at > now() - interval '1 hour')`,
    [caller.subject, caller.role, caller.municipalityId, caller.tokenId, { via: caller.via }],
  );
}
