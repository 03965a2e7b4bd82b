import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { ImportJob } from "../../schema/import-job";
import { ImportFileInput } from "../../schema/inputs/position-survey.input";
import { ImportKind } from "../../schema/registration-enums";
import { type RequestContext, canSee, requireId } from "../platform";
import { enqueueImport, findImportJob, latestImportJobs } from "./import-jobs";
import { liveImportJobs } from "./import-progress";

@Resolver(() => ImportJob)
export class RegistrationImportResolver {
  @Mutation(() => ImportJob, {
    description:
      "Imports cases, support activities or outcomes from a CSV (comma, semicolon or tab; decimal commas) or XLSX file, as teams export them from their registration system: columns matched by header (English or Dutch), all rows or none, and idempotent by external reference (importing the same file again changes nothing). Answers at once with a QUEUED job; follow it with `importJob`.",
  })
  importRegistrations(
    @Ctx() ctx: RequestContext,
    @Arg("municipalityId", () => ID) municipalityId: string,
    @Arg("kind", () => ImportKind) kind: ImportKind,
    @Arg("file", () => ImportFileInput) file: ImportFileInput,
  ): Promise<ImportJob> {
    return enqueueImport(ctx.db, ctx.scope, {
      municipalityId,
      kind,
      filename: file.filename,
      content: Buffer.from(file.contentBase64, "base64"),
    });
  }

  @Query(() => ImportJob, {
    nullable: true,
    description:
      "An import job and its progress: while rowsTotal is null the rows are being checked (rowsDone counts them); then rowsDone counts the rows written, up to rowsTotal.",
  })
  async importJob(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
  ): Promise<ImportJob | null> {
    const key = requireId("id", id);
    // Embedded PGlite: a running job holds the only connection; answer from memory (see import-progress.ts).
    const live = liveImportJobs.get(key);
    if (live) return canSee(ctx.scope, live.municipalityId) ? live : null;
    return findImportJob(ctx.db, ctx.scope, key);
  }

  @Query(() => [ImportJob], { description: "The latest 50 import jobs, newest first." })
  async importJobs(
    @Ctx() ctx: RequestContext,
    @Arg("municipalityId", () => ID, { nullable: true }) municipalityId?: string,
  ): Promise<ImportJob[]> {
    const jobs = await latestImportJobs(ctx.db, ctx.scope, municipalityId);
    return jobs.map((job) => liveImportJobs.get(job.id) ?? job);
  }
}
