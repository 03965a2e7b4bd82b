import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { IsOptional, IsUUID } from "class-validator";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { GraphQLDateTime } from "graphql-scalars";
import { EffectGroupBy, StoredEffectSettingsInput } from "./effect-comparison-types";
import { TimelineGranularity } from "./effect-types";
import { CohortGranularity } from "./effect-trend-types";
import { HypothesisSheetInput } from "./inputs/hypothesis-sheet.input";
import { DateScalar } from "./scalars";
import { ID_MESSAGE } from "./inputs/validation";

/*
 * Accountability workbook exports (verantwoording): the job that builds the workbook, its
 * progress, and where to download it.
 */

export enum ReportExportStatus {
  QUEUED = "QUEUED",
  RUNNING = "RUNNING",
  SUCCEEDED = "SUCCEEDED",
  FAILED = "FAILED",
  EXPIRED = "EXPIRED",
}
registerEnumType(ReportExportStatus, {
  name: "ReportExportStatus",
  description:
    "QUEUED → RUNNING → SUCCEEDED (downloadable until expiresAt) → EXPIRED (files deleted), or FAILED.",
});

export enum Language {
  NL = "NL",
  EN = "EN",
}
registerEnumType(Language, {
  name: "Language",
  description: "Language of a workbook's sheet names, headers and notes (taal).",
});

@InputType({
  description:
    "What an accountability workbook covers: one municipality, a period, optionally one team, district or arrangement, and the effect settings.",
})
export class ReportFilter {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  municipalityId: string;

  @Field(() => DateScalar, {
    description:
      "First day of the period: the report covers the cases still open on or after it (not closed before it); also the default base date.",
  })
  from: string;

  @Field(() => DateScalar, {
    description: "Last day of the period: the report covers the cases opened on or before it.",
  })
  to: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  teamId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  districtId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  arrangementId?: string | null;

  @Field(() => EffectGroupBy, {
    defaultValue: EffectGroupBy.ARRANGEMENT,
    description: "Grouping of the comparison sheet (the cockpit is always per team).",
  })
  groupBy: EffectGroupBy;

  @Field(() => TimelineGranularity, {
    defaultValue: TimelineGranularity.MONTH,
    description: "Periods of the timeline sheet.",
  })
  granularity: TimelineGranularity;

  @Field(() => CohortGranularity, {
    nullable: true,
    description:
      "Adds the Trend sheet: the comparison's groups per cohort of cases (the quarter or year they opened), as effectTrend. Default: no Trend sheet.",
  })
  trend?: CohortGranularity | null;

  @Field(() => HypothesisSheetInput, {
    nullable: true,
    description:
      "Adds the Hypothese sheet: quadrantHypothesis on the report's cases and period (estimates per lag and the panel). Default: no Hypothese sheet.",
  })
  hypothesis?: HypothesisSheetInput | null;

  @Field(() => StoredEffectSettingsInput, {
    nullable: true,
    description:
      "Effect settings; default: base date = period start, the latest published price list.",
  })
  settings?: StoredEffectSettingsInput | null;
}

@ObjectType({
  description:
    "An accountability workbook export (verantwoording): queued, built by a worker, then downloadable by its municipality's finance officers and platform admins until it expires.",
})
@Entity("report_export")
export class ReportExport {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column("uuid", { name: "municipality_id" })
  municipalityId: string;

  @Column("text", { name: "requested_by", nullable: true })
  requestedBy: string | null;

  @Field(() => Language)
  @Column("text")
  language: Language;

  @Column("jsonb")
  filter: ReportFilter;

  @Field(() => ReportExportStatus)
  @Column("text")
  status: ReportExportStatus;

  @Field(() => Float, { description: "0 to 1." })
  @Column("double precision")
  progress: number;

  @Field(() => String, {
    nullable: true,
    description: "What the worker is doing: computing, writing.",
  })
  @Column("text", { nullable: true })
  phase: string | null;

  @Field(() => Int, { nullable: true, description: "Cases in the workbook, once computed." })
  @Column("integer", { nullable: true })
  cases: number | null;

  @Column("bigint", { name: "xlsx_bytes", nullable: true })
  xlsxBytes: string | null;

  @Column("bigint", { name: "csv_bytes", nullable: true })
  csvBytes: string | null;

  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  error: string | null;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column("timestamptz", { name: "started_at", nullable: true })
  startedAt: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column("timestamptz", { name: "finished_at", nullable: true })
  finishedAt: Date | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: "When the files are deleted (KWADRANT_EXPORT_RETENTION_DAYS after it finished).",
  })
  @Column("timestamptz", { name: "expires_at", nullable: true })
  expiresAt: Date | null;

  /** The token of the worker's claim: only its holder may update the row or own the files. */
  @Column("uuid", { nullable: true })
  claim: string | null;

  @Field(() => Int, { description: "How often a worker has started on it." })
  @Column("integer")
  attempts: number;

  @Column("timestamptz", { name: "heartbeat_at", nullable: true })
  heartbeatAt: Date | null;
}
