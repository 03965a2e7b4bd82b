import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Language, ReportExport, ReportFilter } from "../../schema/report-export";
import { audit, type RequestContext } from "../platform";
import { enqueueReport, reportQueue, reportUrl, findReportExport } from "./report-queue";

@Resolver(() => ReportExport)
export class ReportExportResolver {
  @Mutation(() => ReportExport, {
    description:
      "Asks for an accountability workbook (verantwoording) of a municipality over a period: answers at once with a QUEUED export (or with the same export already queued or running: same municipality, filter and language); a worker builds the workbook (and a CSV of its case rows); follow it with `reportExport` and download from `downloadUrl` when it SUCCEEDED. CONFLICT when the municipality already has 5 exports queued or running.",
  })
  async exportAccountabilityReport(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => ReportFilter) filter: ReportFilter,
    @Arg("language", () => Language, { nullable: true, defaultValue: Language.NL })
    language: Language,
  ): Promise<ReportExport> {
    // The export and its audit row are written together, or neither is.
    const { job, reused } = await ctx.db.transaction(async (em) => {
      const enqueued = await enqueueReport(em, ctx.scope, {
        filter,
        language: language ?? Language.NL,
        requestedBy: ctx.caller.subject,
      });
      await audit({ em, caller: ctx.caller }, "EXPORT", {
        reportExportId: enqueued.job.id,
        municipalityId: enqueued.job.municipalityId,
        filter: enqueued.job.filter,
        language: enqueued.job.language,
        reused: enqueued.reused,
      });
      return enqueued;
    });
    if (!reused) reportQueue.emit("queued");
    return job;
  }

  @Query(() => ReportExport, {
    nullable: true,
    description:
      "A report export and its progress; null when it does not exist or is not yours to see.",
  })
  reportExport(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
  ): Promise<ReportExport | null> {
    return findReportExport(ctx.db, ctx.scope, id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Path of the workbook (GET, same credentials) once the export SUCCEEDED: /reports/<id>.xlsx.",
  })
  downloadUrl(@Root() job: ReportExport): string | null {
    return reportUrl(job, "xlsx");
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Path of the case rows as CSV once the export SUCCEEDED: /reports/<id>.csv.",
  })
  csvUrl(@Root() job: ReportExport): string | null {
    return reportUrl(job, "csv");
  }

  @FieldResolver(() => String, { description: "The filter the report is made with, as JSON." })
  filterJson(@Root() job: ReportExport): string {
    return JSON.stringify(job.filter);
  }
}
