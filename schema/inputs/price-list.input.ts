import { Field, ID, InputType, Int } from "type-graphql";
import { IsOptional, IsUUID, Length, MaxLength, Min } from "class-validator";
import { ConfidenceGrade, PriceUnit } from "../price-list-enums";
import { ValueType } from "../registration-enums";
import { DateScalar, DecimalScalar } from "../scalars";
import { ID_MESSAGE, NotBlank } from "./validation";

@InputType({ description: "A new, empty DRAFT price list (the next version number)." })
export class CreatePriceListInput {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  municipalityId: string;

  @Field()
  @NotBlank()
  @Length(1, 200, { message: "must be 1 to 200 characters" })
  name: string;

  @Field(() => DateScalar, { description: "First day the list applies (geldig vanaf)." })
  validFrom: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: "must be at most 2000 characters" })
  description?: string;
}

@InputType({
  description:
    "A price item. Give the price in euros (`price`, at most two decimals) or in cents (`priceCents`), not both.",
})
export class PriceItemInput {
  @Field({ description: "Unique within the list: capitals, digits, _ . - (e.g. GGZ_BASIS_UUR)." })
  code: string;

  @Field()
  name: string;

  @Field(() => PriceUnit)
  unit: PriceUnit;

  @Field(() => DecimalScalar, { nullable: true, description: "Unit price in euros, e.g. 85.50." })
  price?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Unit price in whole cents." })
  priceCents?: string | null;

  @Field(() => Int, { description: "Price year (prijspeil), 1990–2100." })
  priceYear: number;

  @Field(() => String, { nullable: true, description: "Source (bron)." })
  source?: string | null;

  @Field({ description: "Stakeholder code of who bears the cost (drager), e.g. GEM_WMO, ZVW." })
  bearerCode: string;

  @Field(() => ValueType)
  valueType: ValueType;

  @Field(() => ConfidenceGrade)
  grade: ConfidenceGrade;
}

@InputType({ description: "Changes to a price item of a DRAFT list; fields left out stay." })
export class UpdatePriceItemInput {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  id: string;

  @Field(() => Int, { description: "The item's version you read; a stale version is refused." })
  @Min(1)
  version: number;

  @Field({ nullable: true }) code?: string;
  @Field({ nullable: true }) name?: string;
  @Field(() => PriceUnit, { nullable: true }) unit?: PriceUnit;
  @Field(() => DecimalScalar, { nullable: true }) price?: string;
  @Field(() => DecimalScalar, { nullable: true }) priceCents?: string;
  @Field(() => Int, { nullable: true }) priceYear?: number;
  @Field({ nullable: true }) source?: string;
  @Field({ nullable: true }) bearerCode?: string;
  @Field(() => ValueType, { nullable: true }) valueType?: ValueType;
  @Field(() => ConfidenceGrade, { nullable: true }) grade?: ConfidenceGrade;
}

@InputType({ description: "The value of a price index in one year." })
export class PriceIndexValueInput {
  @Field(() => Int, { description: "1990–2100." })
  year: number;

  @Field(() => DecimalScalar, { description: "Above 0, at most six decimals, e.g. 106.2." })
  value: string;
}
