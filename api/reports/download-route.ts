import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type express from "express";
import type { DataSource } from "typeorm";
import { ReportExportStatus } from "../../schema/report-export";
import { audit } from "../auth/audit";
import { PLATFORM_CALLER, type Caller } from "../auth/caller";
import { mayDownload } from "./download-access";
import { CONTENT_TYPES, reportFile, type ReportFormat } from "./report-files";

/**
 * GET /reports/<id>.xlsx and /reports/<id>.csv: streams a finished export to a caller who may
 * see it (see download-access.ts): 401 without valid credentials, 404 for anyone else and for
 * exports that do not exist or are not finished. The file streams from the export folder.
 */
export type Authenticate = (req: express.Request) => Promise<Caller>;

export interface DownloadRouteOptions {
  dir: string;
  /** `authenticateRequest` of api/auth; rejects with code UNAUTHENTICATED. */
  authenticate: Authenticate;
  /** Writes a DOWNLOAD row to the audit log for each download granted. */
  auditDownloads: boolean;
}

const PATH = /^\/reports\/([0-9a-fA-F-]{36})\.(xlsx|csv)$/;

function notFound(res: express.Response) {
  res.status(404).json({ error: "NOT_FOUND", message: "no such report" });
}

export function reportDownloadHandler(db: DataSource, options: DownloadRouteOptions) {
  return async (req: express.Request, res: express.Response, next: express.NextFunction) => {
    const match = PATH.exec(req.path);
    if (!match) return next();
    const id = match[1].toLowerCase();
    const format = match[2] as ReportFormat;
    let caller: Caller;
    try {
      caller = await options.authenticate(req);
    } catch (error) {
      const code = (error as { extensions?: { code?: string }; code?: string }).extensions?.code;
      if (code === "UNAUTHENTICATED" || (error as { code?: string }).code === "UNAUTHENTICATED") {
        res.status(401).json({ error: "UNAUTHENTICATED", message: "sign in to download reports" });
        return;
      }
      return next(error);
    }
    try {
      const [row]: {
        municipality_id: string;
        requested_by: string | null;
        status: string;
        created_at: Date;
      }[] = await db.query(
        "SELECT municipality_id, requested_by, status, created_at FROM report_export WHERE id = $1",
        [id],
      );
      if (!row || row.status !== ReportExportStatus.SUCCEEDED) return notFound(res);
      if (
        !mayDownload(caller, { municipalityId: row.municipality_id, requestedBy: row.requested_by })
      ) {
        return notFound(res);
      }
      const path = reportFile(options.dir, id, format);
      const size = await stat(path)
        .then((s) => s.size)
        .catch(() => null);
      if (size === null) return notFound(res);
      if (options.auditDownloads) {
        await audit({ db, caller }, "DOWNLOAD", { reportExportId: id, format });
      }
      res.setHeader("Content-Type", CONTENT_TYPES[format]);
      res.setHeader("Content-Length", String(size));
      res.setHeader("Content-Disposition", `attachment; filename="verantwoording-${id}.${format}"`);
      res.setHeader("Cache-Control", "private, no-store");
      const file = createReadStream(path);
      file.on("error", (error) => res.destroy(error));
      file.pipe(res);
    } catch (error) {
      next(error);
    }
  };
}

/** Until authentication is wired into the server every request acts for the platform. */
export const platformCaller: Authenticate = async () => PLATFORM_CALLER;
