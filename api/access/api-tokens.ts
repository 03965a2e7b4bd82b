import { createHash, randomBytes } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { ApiToken } from "../../schema/security";
import { audit, NotFoundError, requireId, returnedRows, type Caller } from "../platform";
import { Role } from "../../schema/roles";

/** API tokens look like `kw_<43 base64url characters>`: 32 random bytes. */
export const API_TOKEN_PREFIX = "kw_";

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function newTokenSecret(): string {
  return API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/** The caller an API token stands for, or null when it is unknown, revoked or expired. */
export async function callerFromApiToken(db: DataSource, token: string): Promise<Caller | null> {
  if (!/^kw_[A-Za-z0-9_-]{43}$/.test(token)) return null;
  type Row = {
    id: string;
    label: string;
    role: Role;
    municipality_id: string | null;
    team_ids: string[];
  };
  const result = await db.query(
    // Marks the use at most once a minute, so that a busy script does not write on every call.
    `UPDATE api_token SET last_used_at = CASE
         WHEN last_used_at IS NULL OR last_used_at < now() - interval '1 minute' THEN now()
         ELSE last_used_at END
       WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()
       RETURNING id, label, role, municipality_id, team_ids`,
    [hashToken(token)],
  );
  const [row] = returnedRows<Row>(result);
  if (!row) return null;
  return {
    role: row.role,
    municipalityId: row.municipality_id,
    teamIds: row.team_ids,
    subject: `token:${row.label}`,
    tokenId: row.id,
    via: "api-token",
  };
}

interface NewApiToken {
  label: string;
  role: Role;
  municipalityId: string | null;
  teamIds: string[];
  expiresAt: Date;
  createdBy: string;
}

/** Stores a new token (its hash only) and returns the row and the secret, shown once. */
export async function insertApiToken(
  em: EntityManager,
  values: NewApiToken,
): Promise<{ apiToken: ApiToken; token: string }> {
  const token = newTokenSecret();
  const [row]: { id: string }[] = await em.query(
    `INSERT INTO api_token (token_hash, label, role, municipality_id, team_ids, expires_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      hashToken(token),
      values.label,
      values.role,
      values.municipalityId,
      values.teamIds,
      values.expiresAt,
      values.createdBy,
    ],
  );
  const apiToken = await em.getRepository(ApiToken).findOneByOrFail({ id: row.id });
  return { apiToken, token };
}

/** The API tokens, newest first (at most 1,000), of one municipality when it is named. */
export function listApiTokens(db: DataSource, municipalityId?: string): Promise<ApiToken[]> {
  const query = db.getRepository(ApiToken).createQueryBuilder("t").orderBy("t.created_at", "DESC");
  if (municipalityId)
    query.where("t.municipality_id = :m", { m: requireId("municipalityId", municipalityId) });
  return query.limit(1000).getMany();
}

/** Ends an API token at once (a second revocation keeps the first time), audited. */
export async function revokeApiToken(
  em: EntityManager,
  caller: Caller,
  id: string,
): Promise<ApiToken> {
  const token = await em.findOneBy(ApiToken, { id: requireId("id", id) });
  if (!token) throw new NotFoundError("ApiToken", id);
  await em.query(`UPDATE api_token SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1`, [
    token.id,
  ]);
  await audit({ em, caller }, "TOKEN_REVOKED", { apiTokenId: id });
  return em.getRepository(ApiToken).findOneByOrFail({ id });
}
