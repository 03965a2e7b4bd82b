import { Field, ID, InputType } from "type-graphql";
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from "class-validator";
import { QuadrantPosition } from "../quadrant-enums";
import { DecimalScalar } from "../scalars";
import { ID_MESSAGE, NotBlank, VersionedUpdate } from "./validation";
import { createFields, shared, updateFields } from "./shared-fields";

@InputType()
export class QuadrantAxisInput {
  @Field()
  @NotBlank()
  @Length(1, 60, { message: "must be 1 to 60 characters" })
  negativeLabel: string;

  @Field()
  @NotBlank()
  @Length(1, 60, { message: "must be 1 to 60 characters" })
  positiveLabel: string;

  @Field(() => DecimalScalar, { description: "Lower end of the scale; below 0." })
  min: string;

  @Field(() => DecimalScalar, { description: "Upper end of the scale; above 0." })
  max: string;
}

@InputType()
export class QuadrantInput {
  @Field(() => QuadrantPosition)
  @IsEnum(QuadrantPosition)
  position: QuadrantPosition;

  @Field({ description: "1–8 letters or digits; not e, f or ef (those mean 'on an axis')." })
  @Matches(/^[A-Za-z0-9]{1,8}$/, { message: "must be 1 to 8 letters or digits" })
  @Matches(/^(?!(e|f|ef)$)/i, {
    message: "must not be e, f or ef: those classes mean 'on an axis'",
  })
  code: string;

  @Field()
  @NotBlank()
  @Length(1, 80, { message: "must be 1 to 80 characters" })
  nameNl: string;

  @Field()
  @NotBlank()
  @Length(1, 80, { message: "must be 1 to 80 characters" })
  nameEn: string;

  @Field({ defaultValue: "" })
  @MaxLength(2000)
  description: string;
}

const quadrantModelFields = {
  name: shared<string>(
    () => String,
    [NotBlank(), Length(1, 120, { message: "must be 1 to 120 characters" })],
  ),
  description: shared<string>(() => String, [MaxLength(4000)], { create: { defaultValue: "" } }),
  xAxis: shared<QuadrantAxisInput>(() => QuadrantAxisInput, [ValidateNested()]),
  yAxis: shared<QuadrantAxisInput>(() => QuadrantAxisInput, [ValidateNested()]),
  quadrants: shared<QuadrantInput[]>(
    () => [QuadrantInput],
    [
      ArrayMinSize(4, { message: "must hold exactly four quadrants, one per position" }),
      ArrayMaxSize(4, { message: "must hold exactly four quadrants, one per position" }),
      ValidateNested({ each: true }),
    ],
    {
      create: { description: "Exactly four: one per position." },
      update: { description: "Replaces all four quadrants." },
    },
  ),
};

@InputType({ description: "A municipality's own quadrant model." })
export class CreateQuadrantModelInput extends createFields("QuadrantModel", quadrantModelFields) {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  municipalityId: string;
}

@InputType()
export class UpdateQuadrantModelInput extends updateFields(
  "QuadrantModel",
  VersionedUpdate,
  quadrantModelFields,
) {}
