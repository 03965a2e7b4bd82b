import { Field, ID, InputType, Int } from "type-graphql";
import { IsOptional, IsUUID, Length, Max, Min } from "class-validator";
import { GraphQLDateTime } from "graphql-scalars";
import { Role } from "../roles";
import { ID_MESSAGE, NotBlank } from "./validation";

@InputType()
export class CreateApiTokenInput {
  @Field({ description: "What the token is for, e.g. `nightly import Zwolle`." })
  @NotBlank()
  @Length(1, 100, { message: "must be 1 to 100 characters" })
  label: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: "Required for every role but ADMIN." })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  municipalityId?: string;

  @Field(() => [ID], { nullable: true, description: "Teams of a TEAM_LEAD or PROFESSIONAL." })
  @IsOptional()
  @IsUUID("all", { ...ID_MESSAGE, each: true })
  teamIds?: string[];

  @Field(() => Int, { defaultValue: 90, description: "Days until it expires, 1–366." })
  @Min(1, { message: "must be at least 1" })
  @Max(366, { message: "must be at most 366" })
  expiresInDays: number;
}

@InputType()
export class AuditEventFilter {
  @Field(() => String, { nullable: true, description: "e.g. CASE_READ, EXPORT, IMPORT, ERASE." })
  @IsOptional()
  action?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  actor?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  municipalityId?: string;

  @Field(() => GraphQLDateTime, { nullable: true })
  @IsOptional()
  from?: Date;

  @Field(() => GraphQLDateTime, { nullable: true })
  @IsOptional()
  to?: Date;
}
