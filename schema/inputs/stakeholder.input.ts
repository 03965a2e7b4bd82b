import { Field, ID, InputType } from "type-graphql";
import { IsEnum, IsOptional, IsUUID, Length, Matches } from "class-validator";
import { StakeholderKind } from "../organisation-enums";
import { ID_MESSAGE, NotBlank, VersionedUpdate } from "./validation";

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

@InputType({ description: "A new stakeholder (belanghebbende)." })
export class CreateStakeholderInput {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  municipalityId: string;

  @Field()
  @Matches(CODE_PATTERN, CODE)
  code: string;

  @Field()
  @NotBlank()
  @Length(1, 120, { message: "must be 1 to 120 characters" })
  name: string;

  @Field(() => StakeholderKind)
  @IsEnum(StakeholderKind)
  kind: StakeholderKind;
}

@InputType()
export class UpdateStakeholderInput extends VersionedUpdate {
  @Field({ nullable: true })
  @IsOptional()
  @Matches(CODE_PATTERN, CODE)
  code?: string;

  @Field({ nullable: true })
  @IsOptional()
  @NotBlank()
  @Length(1, 120, { message: "must be 1 to 120 characters" })
  name?: string;

  @Field(() => StakeholderKind, { nullable: true })
  @IsOptional()
  @IsEnum(StakeholderKind)
  kind?: StakeholderKind;
}
