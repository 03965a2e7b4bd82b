import type { Caller } from "../platform";
import { Role } from "../../schema/roles";

/**
 * Who may download an export: the finance officers (FINANCE) of its municipality, who alone
 * may export, and a platform ADMIN. Everyone else gets 404, exactly as for an export that does
 * not exist, so ids leak nothing.
 */
interface ExportOwner {
  municipalityId: string;
  requestedBy: string | null;
}

const DOWNLOAD_ROLES: readonly Role[] = [Role.FINANCE, Role.ADMIN];

export function mayDownload(
  caller: Pick<Caller, "role" | "municipalityId">,
  owner: ExportOwner,
): boolean {
  if (caller.role === Role.ADMIN && caller.municipalityId === null) return true;
  if (caller.municipalityId !== owner.municipalityId) return false;
  return DOWNLOAD_ROLES.includes(caller.role);
}
