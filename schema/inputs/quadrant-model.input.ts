import { Field, ID, InputType } from "type-graphql";
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from "class-validator";
import { QuadrantPosition } from "../quadrant-enums";
import { DecimalScalar } from "../scalars";
import { ID_MESSAGE, NotBlank, VersionedUpdate } from "./validation";

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

@InputType({ description: "A municipality's own quadrant model." })
export class CreateQuadrantModelInput {
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

  @Field(() => QuadrantAxisInput)
  @ValidateNested()
  xAxis: QuadrantAxisInput;

  @Field(() => QuadrantAxisInput)
  @ValidateNested()
  yAxis: QuadrantAxisInput;

  @Field(() => [QuadrantInput], { description: "Exactly four: one per position." })
  @ArrayMinSize(4, { message: "must hold exactly four quadrants, one per position" })
  @ArrayMaxSize(4, { message: "must hold exactly four quadrants, one per position" })
  @ValidateNested({ each: true })
  quadrants: QuadrantInput[];
}

@InputType()
export class UpdateQuadrantModelInput extends VersionedUpdate {
  @Field({ nullable: true })
  @IsOptional()
  @NotBlank()
  @Length(1, 120, { message: "must be 1 to 120 characters" })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string;

  @Field(() => QuadrantAxisInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  xAxis?: QuadrantAxisInput;

  @Field(() => QuadrantAxisInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  yAxis?: QuadrantAxisInput;

  @Field(() => [QuadrantInput], { nullable: true, description: "Replaces all four quadrants." })
  @IsOptional()
  @ArrayMinSize(4, { message: "must hold exactly four quadrants, one per position" })
  @ArrayMaxSize(4, { message: "must hold exactly four quadrants, one per position" })
  @ValidateNested({ each: true })
  quadrants?: QuadrantInput[];
}
