import { createHmac, randomBytes } from "node:crypto";
import { loadJose, type Caller } from "../platform";
import type { Role } from "../../schema/roles";
import type { ReportFormat } from "./report-files";

/**
 * Short-lived links a browser can click: a signed, expiring grant for one file of one export,
 * carried in the query string (`/reports/<id>.xlsx?link=…`) because a link cannot send a bearer
 * header. The link names who asked for it; the download route checks that caller's right again
 * and audits the download as that caller.
 */
const AUDIENCE = "kwadrant:download";

export interface DownloadLink {
  url: string;
  expiresAt: Date;
}

export interface DownloadLinks {
  create(caller: Caller, exportId: string, format: ReportFormat): Promise<DownloadLink>;
  /** The caller the link was made for, or null when it is forged, expired or for another file. */
  verify(link: string, exportId: string, format: ReportFormat): Promise<Caller | null>;
}

export interface DownloadLinkOptions {
  /** KWADRANT_LINK_SECRET; shared by all replicas so that any of them honours a link. */
  linkSecret?: string;
  /** Without a link secret one is derived from the JWT secret (so replicas still agree). */
  jwtSecret?: string;
  minutes: number;
}

function secretOf(options: DownloadLinkOptions): Uint8Array {
  if (options.linkSecret) return new TextEncoder().encode(options.linkSecret);
  if (options.jwtSecret)
    return createHmac("sha256", options.jwtSecret).update("kwadrant download links").digest();
  // One process, one key: links from this replica work until it restarts.
  return randomBytes(32);
}

export function createDownloadLinks(options: DownloadLinkOptions): DownloadLinks {
  const key = secretOf(options);
  return {
    async create(caller, exportId, format) {
      const { SignJWT } = await loadJose();
      const expiresAt = new Date(Date.now() + options.minutes * 60_000);
      const link = await new SignJWT({
        file: `${exportId}.${format}`,
        role: caller.role,
        mun: caller.municipalityId,
        teams: [...caller.teamIds],
        tid: caller.tokenId,
      })
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(caller.subject)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key);
      return { url: `/reports/${exportId}.${format}?link=${link}`, expiresAt };
    },
    async verify(link, exportId, format) {
      const { jwtVerify } = await loadJose();
      try {
        const { payload } = await jwtVerify(link, key, {
          audience: AUDIENCE,
          algorithms: ["HS256"],
        });
        if (payload.file !== `${exportId}.${format}` || typeof payload.sub !== "string")
          return null;
        return {
          role: payload.role as Role,
          municipalityId: (payload.mun as string | null) ?? null,
          teamIds: (payload.teams as string[]) ?? [],
          subject: payload.sub,
          tokenId: String(payload.tid ?? "link"),
          via: "jwt",
        };
      } catch {
        return null;
      }
    },
  };
}
