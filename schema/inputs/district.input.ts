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
import { createFields, shared, updateFields } from "./shared-fields";
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

const districtFields = {
  name: shared<string>(
    () => String,
    [NotBlank(), Length(1, 100, { message: "must be 1 to 100 characters" })],
  ),
  kind: shared<DistrictKind>(() => DistrictKind, [IsEnum(DistrictKind)]),
  cbsCode: shared<string | null>(() => String, [Matches(/^(WK|BU)\d{6,8}$/, CBS_AREA)], {
    optional: true,
  }),
  parentId: shared<string | null>(() => ID, [IsUUID("all", ID_MESSAGE)], {
    optional: true,
    create: { description: "The zone or wijk this lies in." },
  }),
  population: shared<number | null>(
    () => Int,
    [IsInt(), Min(0, { message: "must not be negative" })],
    { optional: true },
  ),
};

@InputType({ description: "A new district (wijk, buurt or zone)." })
export class CreateDistrictInput extends createFields("District", districtFields) {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  municipalityId: string;
}

@InputType()
export class UpdateDistrictInput extends updateFields(
  "District",
  VersionedUpdate,
  districtFields,
) {}
