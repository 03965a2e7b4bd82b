import express from "express";
import type { DataSource } from "typeorm";
import { isRole, Role, ROLES } from "../../schema/roles";
import { signDevelopmentToken } from "./dev-tokens";
import type { JwtKeys } from "./keys";

/** Development sign-in tokens last a working day, like the ones the server prints at start. */
const HOURS = 12;
const TEAM_BOUND: readonly Role[] = [Role.TEAM_LEAD, Role.PROFESSIONAL];

interface SignInOption {
  id: string;
  code: string;
  name: string;
  teams: { id: string; name: string }[];
}

async function signInOptions(db: DataSource): Promise<SignInOption[]> {
  const rows: { id: string; code: string; name: string; team_id: string; team_name: string }[] =
    await db.query(
      `SELECT m.id, m.code, m.name, t.id AS team_id, t.name AS team_name
         FROM municipality m LEFT JOIN team t ON t.municipality_id = m.id
        ORDER BY m.name, t.name`,
    );
  const byId = new Map<string, SignInOption>();
  for (const row of rows) {
    const option = byId.get(row.id) ?? { id: row.id, code: row.code, name: row.name, teams: [] };
    byId.set(row.id, option);
    if (row.team_id) option.teams.push({ id: row.team_id, name: row.team_name });
  }
  return [...byId.values()];
}

function refuse(res: express.Response, field: string, message: string) {
  res.status(400).json({ error: "BAD_USER_INPUT", field, message: `${field}: ${message}` });
}

/**
 * `/auth/dev`: the developer sign-in of the web application, for the embedded database outside
 * production only (the server mounts it only then). It signs the same HS256 tokens as
 * `npm run token`, so the page then uses /graphql like any other client.
 */
export function devSignInRouter(db: DataSource, keys: JwtKeys): express.Router {
  const router = express.Router();
  router.get("/options", async (_req, res, next) => {
    try {
      res.json({ roles: ROLES, municipalities: await signInOptions(db) });
    } catch (error) {
      next(error);
    }
  });
  router.post("/token", express.json({ limit: "4kb" }), async (req, res, next) => {
    try {
      if (!keys.secret) {
        res.status(404).json({ error: "NOT_FOUND", message: "no development sign-in here" });
        return;
      }
      const { role, municipality, team } = (req.body ?? {}) as Record<string, unknown>;
      if (!isRole(role)) return refuse(res, "role", `one of ${ROLES.join(", ")}`);
      if (role === Role.ADMIN) {
        const token = await signDevelopmentToken({ ...keys, secret: keys.secret }, { role }, HOURS);
        res.json({ token, hours: HOURS });
        return;
      }
      const option = (await signInOptions(db)).find((m) => m.id === municipality);
      if (!option) return refuse(res, "municipality", "pick one of the listed municipalities");
      const teamBound = TEAM_BOUND.includes(role);
      if (teamBound && !option.teams.some((t) => t.id === team))
        return refuse(res, "team", `required for ${role}: pick one of ${option.name}'s teams`);
      const token = await signDevelopmentToken(
        { ...keys, secret: keys.secret },
        { role, municipality: option.id, teams: teamBound ? [team as string] : undefined },
        HOURS,
      );
      res.json({ token, hours: HOURS });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
