import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { DownloadLink, ReportFileFormat } from "../../schema/download-link";
import { ReportExportStatus } from "../../schema/report-export";
import { ConflictError, NotFoundError, type RequestContext } from "../platform";
import { mayDownload } from "./download-access";
import type { DownloadLinks } from "./download-links";
import { findReportExport } from "./report-queue";

/** The server adds the link signer to each request's context (see server.ts). */
export type DownloadLinkContext = RequestContext & { downloadLinks: DownloadLinks };

@Resolver()
export class DownloadLinkResolver {
  @Mutation(() => DownloadLink, {
    description:
      "A short-lived link to one file of a SUCCEEDED export, for a browser to click. NOT_FOUND for an export that does not exist or is not yours to download; CONFLICT while it is not finished or after it expired.",
  })
  async createDownloadLink(
    @Ctx() ctx: DownloadLinkContext,
    @Arg("exportId", () => ID) exportId: string,
    @Arg("format", () => ReportFileFormat, { defaultValue: ReportFileFormat.XLSX })
    format: ReportFileFormat,
  ): Promise<DownloadLink> {
    const job = await findReportExport(ctx.db, ctx.scope, exportId);
    if (!job || !mayDownload(ctx.caller, job)) {
      throw new NotFoundError("report export", exportId, "exportId");
    }
    const expired =
      job.status === ReportExportStatus.EXPIRED || (job.expiresAt && job.expiresAt <= new Date());
    if (expired) {
      throw new ConflictError(
        `exportId: export ${exportId} expired and its files were deleted; ask for a new one`,
        { field: "exportId" },
      );
    }
    if (job.status !== ReportExportStatus.SUCCEEDED) {
      throw new ConflictError(
        `exportId: export ${exportId} is ${job.status}; a link is given once it SUCCEEDED`,
        { field: "exportId" },
      );
    }
    return ctx.downloadLinks.create(ctx.caller, job.id, format);
  }
}
