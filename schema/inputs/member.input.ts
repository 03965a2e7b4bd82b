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
import { createFields, shared, updateFields } from "./shared-fields";

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

const memberFields = {
  teamId: shared<string>(() => ID, [IsUUID("all", ID_MESSAGE)], {
    update: { description: "Move the member to another team." },
  }),
  name: shared<string>(
    () => String,
    [NotBlank(), Length(1, 120, { message: "must be 1 to 120 characters" })],
  ),
  role: shared<MemberRole>(() => MemberRole, [IsEnum(MemberRole)]),
  parentOrganisation: shared<string>(
    () => String,
    [NotBlank(), Length(1, 120, { message: "must be 1 to 120 characters" })],
  ),
  contractedHoursPerWeek: shared<string>(() => DecimalScalar, [Matches(HOURS_PATTERN, HOURS)]),
  expertise: shared<Expertise>(() => Expertise, [IsEnum(Expertise)]),
  specialisms: shared<string[]>(
    () => [String],
    [
      ArrayMaxSize(20),
      ArrayUnique({ message: "must not repeat a specialism" }),
      Length(1, 60, { each: true, message: "each must be 1 to 60 characters" }),
    ],
    { create: { defaultValue: [] } },
  ),
  activeFrom: shared<string>(() => DateScalar, []),
};

@InputType({ description: "A new team member." })
export class CreateMemberInput extends createFields("Member", memberFields) {
  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @NotBefore("activeFrom")
  activeUntil?: string | null;
}

@InputType()
export class UpdateMemberInput extends updateFields("Member", VersionedUpdate, memberFields) {
  // Not checked against activeFrom here: the update may leave either as stored.
  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  activeUntil?: string | null;
}
