import { registerEnumType } from "type-graphql";

/** The roles a token carries (see README "Access, roles and limits"). */
export enum Role {
  /** Platform administrator: every municipality, municipalities themselves, built-in models. */
  ADMIN = "ADMIN",
  /** Reads everything of its own municipality. */
  ANALYST = "ANALYST",
  /** Reads and exports its own municipality, manages its price lists. */
  FINANCE = "FINANCE",
  /** Reads and writes its own teams' case data, reads municipality-wide aggregates. */
  TEAM_LEAD = "TEAM_LEAD",
  /** Registers support and outcomes for its own team's cases. */
  PROFESSIONAL = "PROFESSIONAL",
}

registerEnumType(Role, { name: "Role", description: "What a caller may do (rol)." });

export const ROLES = Object.values(Role) as Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as string[]).includes(value);
}
