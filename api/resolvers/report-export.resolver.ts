import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Language, ReportExport, ReportFilter } from "../../schema/report-export";
import { audit } from "../auth/audit";
import type { RequestContext } from "../context";
import { enqueueReport, reportUrl } from "../reports/report-jobs";
import { scoped } from "../scope";
import { requireId } from "../services/stored-objects";

@Resolver(() => ReportExport)
export class ReportExportResolver {
  @Mutation(() => ReportExport, {
    description:
      "Asks for an accountability workbook (verantwoording) of a municipality over a period: answers at once with a QUEUED export; a worker builds the workbook (and a CSV of its case rows); follow it with `reportExport` and download from `downloadUrl` when it SUCCEEDED.",
  })
  async exportAccountabilityReport(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => ReportFilter) filter: ReportFilter,
    @Arg("language", () => Language, { nullable: true, defaultValue: Language.NL })
    language: Language,
  ): Promise<ReportExport> {
    const job = await enqueueReport(ctx.db, ctx.scope, {
      filter,
      language: language ?? Language.NL,
      requestedBy: ctx.caller.subject,
    });
    await audit({ db: ctx.db, caller: ctx.caller }, "EXPORT", {
      reportExportId: job.id,
      municipalityId: job.municipalityId,
      filter: job.filter,
      language,
    });
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
    const query = ctx.db
      .getRepository(ReportExport)
      .createQueryBuilder("x")
      .where("x.id = :id", { id: requireId("id", id) });
    return scoped(query, ctx.scope, "x.municipality_id").getOne();
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
