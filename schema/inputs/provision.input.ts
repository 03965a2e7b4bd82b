import { Field, ID, InputType } from "type-graphql";
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEnum,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
} from "class-validator";
import { CareLayer, ProvisionAccess, ProvisionKind, RingTag } from "../quadrant-enums";
import { DecimalScalar } from "../scalars";
import { ID_MESSAGE, NotBlank, VersionedUpdate } from "./validation";

@InputType()
export class ProvisionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  municipalityId?: string;

  @Field(() => ID, { nullable: true, description: "Provisions offered in this district." })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  districtId?: string;

  @Field(() => ProvisionKind, { nullable: true })
  @IsOptional()
  kind?: ProvisionKind;

  @Field(() => CareLayer, { nullable: true })
  @IsOptional()
  careLayer?: CareLayer;

  @Field(() => RingTag, { nullable: true })
  @IsOptional()
  ringTag?: RingTag;

  @Field({ nullable: true, description: "Part of the name, case-insensitive." })
  @IsOptional()
  @MaxLength(100)
  nameContains?: string;
}

@InputType({ description: "A new provision (voorziening)." })
export class CreateProvisionInput {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  municipalityId: string;

  @Field()
  @NotBlank()
  @Length(1, 120, { message: "must be 1 to 120 characters" })
  name: string;

  @Field({ defaultValue: "" })
  @MaxLength(4000)
  description: string;

  @Field(() => ProvisionKind)
  @IsEnum(ProvisionKind)
  kind: ProvisionKind;

  @Field(() => ProvisionAccess)
  @IsEnum(ProvisionAccess)
  access: ProvisionAccess;

  @Field(() => CareLayer)
  @IsEnum(CareLayer)
  careLayer: CareLayer;

  @Field(() => [RingTag], { defaultValue: [] })
  @ArrayUnique({ message: "must not repeat a tag" })
  ringTags: RingTag[];

  @Field(() => [ID], { defaultValue: [], description: "Districts where it is offered." })
  @ArrayMaxSize(500)
  @ArrayUnique({ message: "must not repeat a district" })
  @IsUUID("all", { each: true, message: "must hold valid ids (UUID)" })
  districtIds: string[];
}

@InputType()
export class UpdateProvisionInput extends VersionedUpdate {
  @Field({ nullable: true })
  @IsOptional()
  @NotBlank()
  @Length(1, 120, { message: "must be 1 to 120 characters" })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string;

  @Field(() => ProvisionKind, { nullable: true })
  @IsOptional()
  @IsEnum(ProvisionKind)
  kind?: ProvisionKind;

  @Field(() => ProvisionAccess, { nullable: true })
  @IsOptional()
  @IsEnum(ProvisionAccess)
  access?: ProvisionAccess;

  @Field(() => CareLayer, { nullable: true })
  @IsOptional()
  @IsEnum(CareLayer)
  careLayer?: CareLayer;

  @Field(() => [RingTag], { nullable: true })
  @IsOptional()
  @ArrayUnique({ message: "must not repeat a tag" })
  ringTags?: RingTag[];

  @Field(() => [ID], { nullable: true, description: "Replaces the districts where it is offered." })
  @IsOptional()
  @ArrayMaxSize(500)
  @ArrayUnique({ message: "must not repeat a district" })
  @IsUUID("all", { each: true, message: "must hold valid ids (UUID)" })
  districtIds?: string[];
}

@InputType({
  description: "Places a provision at a point of a quadrant model, everywhere or in one district.",
})
export class PlaceProvisionInput {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  provisionId: string;

  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  modelId: string;

  @Field(() => ID, {
    nullable: true,
    description: "Only in this district (an override); omit for everywhere.",
  })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  districtId?: string | null;

  @Field(() => DecimalScalar)
  x: string;

  @Field(() => DecimalScalar)
  y: string;
}
