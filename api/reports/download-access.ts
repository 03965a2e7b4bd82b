import type { Caller } from "../auth/caller";
import { Role } from "../auth/roles";

/**
 * Who may download an export: the user who asked for it, and the finance officers (FINANCE),
 * analysts (ANALYST) and admins of its municipality; a platform ADMIN too. Everyone else gets
 * 404, exactly as for an export that does not exist, so ids leak nothing.
 */
export interface ExportOwner {
  municipalityId: string;
  requestedBy: string | null;
}

export const DOWNLOAD_ROLES: readonly Role[] = [Role.FINANCE, Role.ANALYST, Role.ADMIN];

export function mayDownload(
  caller: Pick<Caller, "role" | "municipalityId" | "subject">,
  owner: ExportOwner,
): boolean {
  if (caller.role === Role.ADMIN && caller.municipalityId === null) return true;
  if (caller.municipalityId !== owner.municipalityId) return false;
  if (owner.requestedBy !== null && owner.requestedBy === caller.subject) return true;
  return DOWNLOAD_ROLES.includes(caller.role);
}
