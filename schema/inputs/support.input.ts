import { Field, ID, InputType, Int } from "type-graphql";
import { IsEnum, IsOptional, IsUUID, MaxLength, Min } from "class-validator";
import { MemberRole } from "../organisation-enums";
import { Scenario } from "../registration-enums";
import { DateScalar, DecimalScalar } from "../scalars";
import { ID_MESSAGE } from "./validation";

@InputType({
  description: "Professional hours (member or role), or a provision with units, on a case.",
})
export class RecordSupportInput {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  caseId: string;

  @Field(() => Scenario, { defaultValue: Scenario.INTERVENTION })
  @IsEnum(Scenario)
  scenario: Scenario;

  @Field(() => DateScalar)
  activityDate: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  memberId?: string | null;

  @Field(() => MemberRole, {
    nullable: true,
    description: "Role when no member is named (default: the member's role).",
  })
  @IsOptional()
  role?: MemberRole | null;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  hours?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  provisionId?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  units?: string | null;

  @Field(() => Int, { nullable: true, description: "Recurs monthly for this many months." })
  @IsOptional()
  recurMonths?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Collective work; default: the case is a collective issue.",
  })
  @IsOptional()
  collective?: boolean | null;

  @Field(() => ID, { nullable: true, description: "The applied arrangement this belongs to." })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  arrangementId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  priceItemCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  externalRef?: string | null;
}

@InputType()
export class UpdateSupportInput extends RecordSupportInput {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  id: string;

  @Field(() => Int, { description: "The version you read; a stale version is refused." })
  @Min(1)
  version: number;
}

@InputType({ description: "A life event or outcome (maatschappelijke opbrengst) of a case." })
export class RecordOutcomeInput {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  caseId: string;

  @Field(() => Scenario, { defaultValue: Scenario.INTERVENTION })
  @IsEnum(Scenario)
  scenario: Scenario;

  @Field(() => DateScalar)
  outcomeDate: string;

  @Field()
  description: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  priceItemCode?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  quantity?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  recurMonths?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  durationYears?: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Fraction 0–1 that would have happened anyway.",
  })
  @IsOptional()
  deadweight?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Fraction 0–1 displaced from elsewhere.",
  })
  @IsOptional()
  displacement?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Fraction 0–1 owed to others." })
  @IsOptional()
  attribution?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Fraction 0–1 lost each year from year 2.",
  })
  @IsOptional()
  dropOff?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Fraction 0–1 benefiting people outside the target group.",
  })
  @IsOptional()
  leakage?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  evidence?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  beneficiaryId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  externalRef?: string | null;
}

@InputType()
export class UpdateOutcomeInput extends RecordOutcomeInput {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  id: string;

  @Field(() => Int, { description: "The version you read; a stale version is refused." })
  @Min(1)
  version: number;
}
