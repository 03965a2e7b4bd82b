import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { GraphQLDateTime } from "graphql-scalars";
import { ImportKind, ImportStatus } from "./registration-enums";

@ObjectType({ description: "One problem in an imported file." })
export class ImportRowProblem {
  @Field(() => Int, { description: "Row in the file (the header is row 1)." })
  row: number;

  @Field()
  column: string;

  @Field(() => String, { nullable: true })
  value: string | null;

  @Field()
  reason: string;
}

@ObjectType({
  description: "A registration import: its progress and, when done, what it wrote or why nothing.",
})
@Entity("import_job")
export class ImportJob {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column("uuid", { name: "municipality_id" })
  municipalityId: string;

  @Field(() => ImportKind)
  @Column("text")
  kind: ImportKind;

  @Field()
  @Column("text")
  filename: string;

  @Column("bytea", { nullable: true, select: false })
  content: Buffer | null;

  @Field(() => ImportStatus)
  @Column("text")
  status: ImportStatus;

  @Field(() => Int, { nullable: true, description: "Data rows in the file, once counted." })
  @Column("integer", { name: "rows_total", nullable: true })
  rowsTotal: number | null;

  @Field(() => Int)
  @Column("integer", { name: "rows_done" })
  rowsDone: number;

  @Field(() => Int) @Column("integer", { name: "rows_inserted" }) rowsInserted: number;
  @Field(() => Int) @Column("integer", { name: "rows_updated" }) rowsUpdated: number;
  @Field(() => Int) @Column("integer", { name: "rows_unchanged" }) rowsUnchanged: number;

  @Field(() => [ImportRowProblem])
  @Column("jsonb")
  problems: ImportRowProblem[];

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
    description:
      "When the running job last reported a batch; a job silent for too long (its server died) is taken over by another worker.",
  })
  @Column("timestamptz", { name: "heartbeat_at", nullable: true })
  heartbeatAt: Date | null;
}
