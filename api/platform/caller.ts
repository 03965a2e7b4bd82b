import { userInfo } from "node:os";
import type { TenantScope } from "./tenant-scope";
import { Role } from "../../schema/roles";

/** Who sends a request, as established from its bearer token. */
export interface Caller {
  role: Role;
  /** The caller's municipality; null only for ADMIN. */
  municipalityId: string | null;
  /** Teams whose case data a TEAM_LEAD or PROFESSIONAL may see and write. */
  teamIds: readonly string[];
  /** Who: the JWT `sub`, or `token:<label>` for an API token. */
  subject: string;
  /** The API token's id, or a short hash of the JWT; audit rows carry it. */
  tokenId: string;
  /** How the caller signed in (cli: a command run on the server with database access). */
  via: "jwt" | "api-token" | "cli";
}

/** Roles whose case-level reads and writes are limited to their own teams. */
const TEAM_BOUND: readonly Role[] = [Role.TEAM_LEAD, Role.PROFESSIONAL];

/** The tenant scope follows from the caller: ADMIN sees all, everyone else its municipality. */
export function scopeOf(caller: Caller): TenantScope {
  if (caller.role === Role.ADMIN) return { kind: "all" };
  if (!caller.municipalityId) return { kind: "municipalities", ids: [], caseTeamIds: [] };
  return {
    kind: "municipalities",
    ids: [caller.municipalityId],
    ...(TEAM_BOUND.includes(caller.role) ? { caseTeamIds: [...caller.teamIds] } : {}),
  };
}

/** The caller used by scripts and in-process work that acts for the platform. */
export const PLATFORM_CALLER: Caller = {
  role: Role.ADMIN,
  municipalityId: null,
  teamIds: [],
  subject: "platform",
  tokenId: "platform",
  via: "api-token",
};

/** The caller a command-line tool (npm run import, npm run report) acts as, for the audit log. */
export function cliCaller(): Caller {
  return {
    role: Role.ADMIN,
    municipalityId: null,
    teamIds: [],
    subject: `cli:${userInfo().username}`,
    tokenId: "cli",
    via: "cli",
  };
}
