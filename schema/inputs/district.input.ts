import { Field, ID, InputType, Int } from "type-graphql";
import {
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
} from "class-validator";
import { DistrictKind } from "../organisation-enums";
import { ID_MESSAGE, NotBlank, VersionedUpdate } from "./validation";

const CBS_AREA = { message: "must be a CBS wijk or buurt code such as WK034403 or BU03440301" };

@InputType()
export class DistrictFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  municipalityId?: string;

  @Field(() => DistrictKind, { nullable: true })
  @IsOptional()
  kind?: DistrictKind;

  @Field({ nullable: true, description: "Part of the name, case-insensitive." })
  @IsOptional()
  @MaxLength(100)
  nameContains?: string;
}

@InputType({ description: "A new district (wijk, buurt or zone)." })
export class CreateDistrictInput {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  municipalityId: string;

  @Field()
  @NotBlank()
  @Length(1, 100, { message: "must be 1 to 100 characters" })
  name: string;

  @Field(() => DistrictKind)
  @IsEnum(DistrictKind)
  kind: DistrictKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^(WK|BU)\d{6,8}$/, CBS_AREA)
  cbsCode?: string | null;

  @Field(() => ID, { nullable: true, description: "The zone or wijk this lies in." })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  parentId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: "must not be negative" })
  population?: number | null;
}

@InputType()
export class UpdateDistrictInput extends VersionedUpdate {
  @Field({ nullable: true })
  @IsOptional()
  @NotBlank()
  @Length(1, 100, { message: "must be 1 to 100 characters" })
  name?: string;

  @Field(() => DistrictKind, { nullable: true })
  @IsOptional()
  @IsEnum(DistrictKind)
  kind?: DistrictKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^(WK|BU)\d{6,8}$/, CBS_AREA)
  cbsCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  parentId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: "must not be negative" })
  population?: number | null;
}
