import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { GraphQLDateTime, GraphQLJSON } from "graphql-scalars";
import { Role } from "./roles";

@ObjectType({
  description:
    "An API token for scripts (API-sleutel): its secret is shown once at creation and stored only as a hash.",
})
@Entity("api_token")
export class ApiToken {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id: string;

  @Column("text", { name: "token_hash", select: false })
  tokenHash: string;

  @Field()
  @Column("text")
  label: string;

  @Field(() => Role)
  @Column("text")
  role: Role;

  @Field(() => ID, { nullable: true })
  @Column("uuid", { name: "municipality_id", nullable: true })
  municipalityId: string | null;

  @Field(() => [ID])
  @Column("uuid", { name: "team_ids", array: true })
  teamIds: string[];

  @Field()
  @Column("text", { name: "created_by" })
  createdBy: string;

  @Field(() => GraphQLDateTime)
  @Column("timestamptz", { name: "created_at" })
  createdAt: Date;

  @Field(() => GraphQLDateTime)
  @Column("timestamptz", { name: "expires_at" })
  expiresAt: Date;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column("timestamptz", { name: "revoked_at", nullable: true })
  revokedAt: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column("timestamptz", { name: "last_used_at", nullable: true })
  lastUsedAt: Date | null;
}

@ObjectType({ description: "A new API token with its secret, which is shown only this once." })
export class CreatedApiToken {
  @Field(() => ApiToken)
  apiToken: ApiToken;

  @Field({
    description: "Send as `Authorization: Bearer <token>`; store it safely, it is not shown again.",
  })
  token: string;
}

@ObjectType({
  description:
    "An audit log entry (auditregel): who did what when — logins by token, exports, imports, reads of case-level data, erasures.",
})
@Entity("audit_event")
export class AuditEvent {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id: string;

  @Field(() => GraphQLDateTime)
  @Column("timestamptz")
  at: Date;

  @Field({ description: "The caller's subject (JWT sub, or token:<label>)." })
  @Column("text")
  actor: string;

  @Field(() => Role)
  @Column("text")
  role: Role;

  @Field(() => ID, { nullable: true })
  @Column("uuid", { name: "municipality_id", nullable: true })
  municipalityId: string | null;

  @Field(() => String, { nullable: true })
  @Column("text", { name: "token_id", nullable: true })
  tokenId: string | null;

  @Field({
    description:
      "TOKEN_LOGIN, CASE_READ, EXPORT, DOWNLOAD, IMPORT, ERASE, TOKEN_CREATED, TOKEN_REVOKED",
  })
  @Column("text")
  action: string;

  @Field(() => GraphQLJSON, {
    description: "What: the operation, its filter and arguments, or ids.",
  })
  @Column("jsonb")
  detail: Record<string, unknown>;
}
