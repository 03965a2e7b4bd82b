import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type express from "express";
import type { DataSource } from "typeorm";
import { labelsFor, periodLabel, type Language } from "../../reports/index";
import { ReportExportStatus } from "../../schema/report-export";
import { audit, type Caller } from "../platform";
import { mayDownload } from "./download-access";
import type { DownloadLinks } from "./download-links";
import { CONTENT_TYPES, reportFile, type ReportFormat } from "./report-files";

/**
 * GET (or HEAD) /reports/<id>.xlsx and /reports/<id>.csv: streams a finished export to a caller
 * who may see it (see download-access.ts): 401 without valid credentials, 404 for anyone else
 * and for exports that do not exist or are not finished, 410 for one that expired (its files
 * are deleted), 405 for any other method. Instead of a bearer header a browser may bring a
 * signed link (`?link=`, see download-links.ts): 403 when it is forged, expired or for another
 * file; the caller it names is checked and audited as if they had sent their token. The file streams from the export folder, named
 * "Verantwoording <gemeente> <periode>.xlsx".
 */
type Authenticate = (req: express.Request) => Promise<Caller>;

interface DownloadRouteOptions {
  dir: string;
  /** `authenticateRequest` of api/auth; rejects with code UNAUTHENTICATED. */
  authenticate: Authenticate;
  /** Writes a DOWNLOAD row to the audit log for each download granted. */
  auditDownloads: boolean;
  /** Checks the signed `?link=` a browser brings instead of a bearer header. */
  links: DownloadLinks;
}

const PATH = /^\/reports\/([0-9a-fA-F-]{36})\.(xlsx|csv)$/;

function notFound(res: express.Response) {
  res.status(404).json({ error: "NOT_FOUND", message: "no such report" });
}

interface ExportRow {
  municipality_id: string;
  requested_by: string | null;
  status: string;
  claim: string | null;
  expired: boolean;
  expires_at: Date | null;
  language: Language;
  from: string | null;
  to: string | null;
  municipality: string;
}

/** The file's name: the workbook's title, as the user knows it. */
function downloadName(
  row: Pick<ExportRow, "language" | "from" | "to" | "municipality">,
  format: ReportFormat,
) {
  const labels = labelsFor(row.language === "EN" ? "EN" : "NL");
  const period = row.from && row.to ? ` ${periodLabel({ from: row.from, to: row.to })}` : "";
  const title = `${labels.title} ${row.municipality}${period}`;
  return format === "xlsx" ? `${title}.xlsx` : `${title} ${labels.sheetCases}.csv`;
}

/** Content-Disposition with an ASCII fallback and the exact name in RFC 5987 form. */
function contentDisposition(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/[^\x20-\x7e]|["\\%;]/g, "_");
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Who asks, from the signed link or the bearer header; null once a refusal is sent. */
async function callerOf(
  req: express.Request,
  res: express.Response,
  options: DownloadRouteOptions,
  link: string | null,
  file: { id: string; format: ReportFormat },
): Promise<Caller | null> {
  if (link !== null) {
    const linked = await options.links.verify(link, file.id, file.format);
    if (!linked) {
      res.status(403).json({
        error: "FORBIDDEN",
        message:
          "this download link is not valid (expired, or for another file); ask for a new one",
      });
    }
    return linked;
  }
  try {
    return await options.authenticate(req);
  } catch (error) {
    const code = (error as { extensions?: { code?: string }; code?: string }).extensions?.code;
    if (code === "UNAUTHENTICATED" || (error as { code?: string }).code === "UNAUTHENTICATED") {
      res.status(401).json({ error: "UNAUTHENTICATED", message: "sign in to download reports" });
      return null;
    }
    throw error;
  }
}

export function reportDownloadHandler(db: DataSource, options: DownloadRouteOptions) {
  return async (req: express.Request, res: express.Response, next: express.NextFunction) => {
    const match = PATH.exec(req.path);
    if (!match) return next();
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      res.status(405).json({ error: "METHOD_NOT_ALLOWED", message: "reports are read with GET" });
      return;
    }
    const id = match[1].toLowerCase();
    const format = match[2] as ReportFormat;
    const link = typeof req.query.link === "string" ? req.query.link : null;
    let caller: Caller | null;
    try {
      caller = await callerOf(req, res, options, link, { id, format });
    } catch (error) {
      return next(error);
    }
    if (!caller) return;
    try {
      const [row]: ExportRow[] = await db.query(
        `SELECT r.municipality_id, r.requested_by, r.status, r.claim, r.language, r.expires_at,
                (r.status = 'EXPIRED' OR (r.status = 'SUCCEEDED' AND r.expires_at <= now())) AS expired,
                r.filter->>'from' AS "from", r.filter->>'to' AS "to", m.name AS municipality
           FROM report_export r JOIN municipality m ON m.id = r.municipality_id
          WHERE r.id = $1`,
        [id],
      );
      if (!row) return notFound(res);
      if (
        !mayDownload(caller, { municipalityId: row.municipality_id, requestedBy: row.requested_by })
      ) {
        return notFound(res);
      }
      if (row.expired) {
        res.status(410).json({
          error: "GONE",
          message: `this export expired${row.expires_at ? ` on ${new Date(row.expires_at).toISOString().slice(0, 10)}` : ""} and its files were deleted; ask for a new one`,
        });
        return;
      }
      if (row.status !== ReportExportStatus.SUCCEEDED) return notFound(res);
      const path = reportFile(options.dir, id, format, row.claim);
      const size = await stat(path)
        .then((s) => s.size)
        .catch(() => null);
      if (size === null) return notFound(res);
      res.setHeader("Content-Type", CONTENT_TYPES[format]);
      res.setHeader("Content-Length", String(size));
      res.setHeader("Content-Disposition", contentDisposition(downloadName(row, format)));
      res.setHeader("Cache-Control", "private, no-store");
      if (req.method === "HEAD") {
        res.status(200).end();
        return;
      }
      if (options.auditDownloads) {
        await audit({ db, caller }, "DOWNLOAD", {
          reportExportId: id,
          format,
          ...(link !== null ? { link: true } : {}),
        });
      }
      const file = createReadStream(path);
      file.on("error", (error) => res.destroy(error));
      file.pipe(res);
    } catch (error) {
      next(error);
    }
  };
}
