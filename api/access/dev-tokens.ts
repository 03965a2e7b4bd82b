import type { DataSource } from "typeorm";
import { Role } from "../../schema/roles";
import { signJwt } from "./jwt";
import type { JwtKeys } from "./keys";

export interface DevelopmentToken {
  /** What the token may do, e.g. "TEAM_LEAD GM0193 Wijkteam Midden". */
  label: string;
  token: string;
}

/** Signs a development token with the server's HS256 secret: the subject names the role. */
export function signDevelopmentToken(
  keys: JwtKeys & { secret: Uint8Array },
  claims: { role: Role; municipality?: string; teams?: string[]; sub?: string },
  hours = 12,
): Promise<string> {
  return signJwt(
    keys.secret,
    { ...claims, sub: claims.sub ?? `dev-${claims.role.toLowerCase()}` },
    { expiresIn: `${hours}h`, issuer: keys.issuer, audience: keys.audience },
  );
}

/** The municipality the tokens belong to: Zwolle of the demo data, else the first by code. */
async function exampleTeam(db: DataSource) {
  const rows: { code: string; team_id: string | null; team_name: string | null }[] = await db.query(
    `SELECT m.code, t.id AS team_id, t.name AS team_name
         FROM municipality m LEFT JOIN team t ON t.municipality_id = m.id
        ORDER BY m.code <> 'GM0193', m.code, t.name
        LIMIT 1`,
  );
  return rows[0];
}

/**
 * One token per role for trying the API on the embedded database (valid 12 h), so that every
 * README example runs with the token it names. Never called in production.
 */
export async function developmentTokens(
  db: DataSource,
  keys: JwtKeys,
): Promise<DevelopmentToken[]> {
  if (!keys.secret) return [];
  const signing = { ...keys, secret: keys.secret };
  const sign = async (label: string, role: Role, municipality?: string, teams?: string[]) => ({
    label,
    token: await signDevelopmentToken(signing, { role, municipality, teams }),
  });
  const tokens = [await sign("ADMIN", Role.ADMIN)];
  const example = await exampleTeam(db);
  if (!example) return tokens;
  for (const role of [Role.ANALYST, Role.FINANCE]) {
    tokens.push(await sign(`${role} ${example.code}`, role, example.code));
  }
  if (example.team_id) {
    for (const role of [Role.TEAM_LEAD, Role.PROFESSIONAL]) {
      const label = `${role} ${example.code} ${example.team_name}`;
      tokens.push(await sign(label, role, example.code, [example.team_id]));
    }
  }
  return tokens;
}
