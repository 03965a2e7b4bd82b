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
import { createFields, shared, updateFields } from "./shared-fields";

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

const provisionFields = {
  name: shared<string>(
    () => String,
    [NotBlank(), Length(1, 120, { message: "must be 1 to 120 characters" })],
  ),
  description: shared<string>(() => String, [MaxLength(4000)], {
    create: { defaultValue: "" },
  }),
  kind: shared<ProvisionKind>(() => ProvisionKind, [IsEnum(ProvisionKind)]),
  access: shared<ProvisionAccess>(() => ProvisionAccess, [IsEnum(ProvisionAccess)]),
  careLayer: shared<CareLayer>(() => CareLayer, [IsEnum(CareLayer)]),
  ringTags: shared<RingTag[]>(
    () => [RingTag],
    [ArrayUnique({ message: "must not repeat a tag" })],
    {
      create: { defaultValue: [] },
    },
  ),
  districtIds: shared<string[]>(
    () => [ID],
    [
      ArrayMaxSize(500),
      ArrayUnique({ message: "must not repeat a district" }),
      IsUUID("all", { each: true, message: "must hold valid ids (UUID)" }),
    ],
    {
      create: { defaultValue: [], description: "Districts where it is offered." },
      update: { description: "Replaces the districts where it is offered." },
    },
  ),
};

@InputType({ description: "A new provision (voorziening)." })
export class CreateProvisionInput extends createFields("Provision", provisionFields) {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  municipalityId: string;
}

@InputType()
export class UpdateProvisionInput extends updateFields(
  "Provision",
  VersionedUpdate,
  provisionFields,
) {}

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
