import { Field, ID, InputType } from "type-graphql";
import { ArrayMaxSize, ArrayUnique, IsOptional, IsUUID, Length } from "class-validator";
import { PositionHorizon, PositionSubject } from "../quadrant-enums";
import { DateScalar, DecimalScalar } from "../scalars";
import { ID_MESSAGE, NotBlank } from "./validation";

@InputType({ description: "A new positioning survey." })
export class CreatePositionSurveyInput {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  modelId: string;

  @Field()
  @NotBlank()
  @Length(1, 200, { message: "must be 1 to 200 characters" })
  title: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  date?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: "Teams taking part; their municipality owns the survey.",
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @ArrayUnique({ message: "must not repeat a team" })
  @IsUUID("all", { each: true, message: "must hold valid ids (UUID)" })
  teamIds?: string[];

  @Field(() => ID, {
    nullable: true,
    description: "Owning municipality; needed only when neither the teams nor the model tell it.",
  })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  municipalityId?: string;
}

@InputType({ description: "One button: a respondent's own or team position, now or desired." })
export class PositionResponseInput {
  @Field({ description: "Pseudonymous respondent key, e.g. R07 (no names)." })
  respondent: string;

  @Field(() => ID, { nullable: true })
  teamId?: string | null;

  @Field(() => [String], { nullable: true })
  specialisms?: string[] | null;

  @Field(() => PositionSubject)
  subject: PositionSubject;

  @Field(() => PositionHorizon)
  horizon: PositionHorizon;

  @Field(() => DecimalScalar)
  x: string;

  @Field(() => DecimalScalar)
  y: string;
}

@InputType({
  description: "A file to import: its name (the extension tells CSV or XLSX) and content.",
})
export class ImportFileInput {
  @Field({ description: "e.g. responses.csv or responses.xlsx" })
  @Length(1, 255, { message: "must be 1 to 255 characters" })
  filename: string;

  @Field({ description: "The file's bytes, base64-encoded." })
  contentBase64: string;
}
