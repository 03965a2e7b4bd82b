import { Field, ID, InputType } from "type-graphql";
import { IsEnum, IsOptional, IsUUID, Length, Matches } from "class-validator";
import { StakeholderKind } from "../organisation-enums";
import { ID_MESSAGE, NotBlank, VersionedUpdate } from "./validation";
import { createFields, shared, updateFields } from "./shared-fields";

const CODE = {
  message: "must be 2 to 32 capitals, digits or _, starting with a capital, e.g. GEM_WMO",
};
const CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,31}$/;

@InputType()
export class StakeholderFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  municipalityId?: string;

  @Field(() => StakeholderKind, { nullable: true })
  @IsOptional()
  kind?: StakeholderKind;
}

const stakeholderFields = {
  code: shared<string>(() => String, [Matches(CODE_PATTERN, CODE)]),
  name: shared<string>(
    () => String,
    [NotBlank(), Length(1, 120, { message: "must be 1 to 120 characters" })],
  ),
  kind: shared<StakeholderKind>(() => StakeholderKind, [IsEnum(StakeholderKind)]),
};

@InputType({ description: "A new stakeholder (belanghebbende)." })
export class CreateStakeholderInput extends createFields("Stakeholder", stakeholderFields) {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  municipalityId: string;
}

@InputType()
export class UpdateStakeholderInput extends updateFields(
  "Stakeholder",
  VersionedUpdate,
  stakeholderFields,
) {}
