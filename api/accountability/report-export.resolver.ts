import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Language, ReportExport, ReportFilter } from "../../schema/report-export";
import { audit, BadInputError, type RequestContext } from "../platform";
import {
  enqueueReport,
  findReportExport,
  latestReportExports,
  reportQueue,
  reportUrl,
} from "./report-queue";

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

  @Query(() => [ReportExport], {
    description:
      "The newest exports (newest first) of a municipality, or of every municipality you may see: with their status and when their files expire.",
  })
  reportExports(
    @Ctx() ctx: RequestContext,
    @Arg("municipalityId", () => ID, { nullable: true }) municipalityId: string | null,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
  ): Promise<ReportExport[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) {
      throw new BadInputError("first", "must be between 1 and 100");
    }
    return latestReportExports(ctx.db, ctx.scope, { municipalityId, first });
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
