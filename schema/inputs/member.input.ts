import { Field, ID, InputType } from "type-graphql";
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEnum,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from "class-validator";
import { Expertise, MemberRole } from "../organisation-enums";
import { DateScalar, DecimalScalar } from "../scalars";
import { ID_MESSAGE, NotBefore, NotBlank, VersionedUpdate } from "./validation";

const HOURS = { message: "must be a number of hours above 0 and at most 60, e.g. 28 or 31.5" };
const HOURS_PATTERN = /^(60(\.0{1,2})?|[1-5]?\d(\.\d{1,2})?)$/;

@InputType()
export class MemberFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  municipalityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  teamId?: string;

  @Field(() => MemberRole, { nullable: true })
  @IsOptional()
  role?: MemberRole;

  @Field({
    nullable: true,
    description: "Members carrying this specialism (exact, case-insensitive).",
  })
  @IsOptional()
  @MaxLength(60)
  specialism?: string;

  @Field(() => DateScalar, { nullable: true, description: "Members active on this day." })
  @IsOptional()
  activeOn?: string;
}

@InputType({ description: "A new team member." })
export class CreateMemberInput {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  teamId: string;

  @Field()
  @NotBlank()
  @Length(1, 120, { message: "must be 1 to 120 characters" })
  name: string;

  @Field(() => MemberRole)
  @IsEnum(MemberRole)
  role: MemberRole;

  @Field()
  @NotBlank()
  @Length(1, 120, { message: "must be 1 to 120 characters" })
  parentOrganisation: string;

  @Field(() => DecimalScalar)
  @Matches(HOURS_PATTERN, HOURS)
  contractedHoursPerWeek: string;

  @Field(() => Expertise)
  @IsEnum(Expertise)
  expertise: Expertise;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ArrayUnique({ message: "must not repeat a specialism" })
  @Length(1, 60, { each: true, message: "each must be 1 to 60 characters" })
  specialisms: string[];

  @Field(() => DateScalar)
  activeFrom: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @NotBefore("activeFrom")
  activeUntil?: string | null;
}

@InputType()
export class UpdateMemberInput extends VersionedUpdate {
  @Field(() => ID, { nullable: true, description: "Move the member to another team." })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  teamId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @NotBlank()
  @Length(1, 120, { message: "must be 1 to 120 characters" })
  name?: string;

  @Field(() => MemberRole, { nullable: true })
  @IsOptional()
  @IsEnum(MemberRole)
  role?: MemberRole;

  @Field({ nullable: true })
  @IsOptional()
  @NotBlank()
  @Length(1, 120, { message: "must be 1 to 120 characters" })
  parentOrganisation?: string;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  @Matches(HOURS_PATTERN, HOURS)
  contractedHoursPerWeek?: string;

  @Field(() => Expertise, { nullable: true })
  @IsOptional()
  @IsEnum(Expertise)
  expertise?: Expertise;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique({ message: "must not repeat a specialism" })
  @Length(1, 60, { each: true, message: "each must be 1 to 60 characters" })
  specialisms?: string[];

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  activeFrom?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  activeUntil?: string | null;
}
