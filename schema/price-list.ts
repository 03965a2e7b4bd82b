import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from "typeorm";
import { GraphQLDateTime } from "graphql-scalars";
import { ConfidenceGrade, PriceListStatus, PriceUnit } from "./price-list-enums";
import { ValueType } from "./registration-enums";
import { DateScalar, DecimalScalar } from "./scalars";
import { TenantObject } from "./tenant-entity";

@ObjectType({
  description:
    "Social price list (maatschappelijke prijslijst) of a municipality, one version of it. A PUBLISHED version never changes, so results exported with it stay reproducible; changes go to a new DRAFT version copied from it (newPriceListVersion).",
})
@Entity("price_list")
export class PriceList extends TenantObject {
  @Field(() => String, { description: "Name (naam), e.g. Maatschappelijke prijslijst Utrecht." })
  @Column("text")
  name: string;

  @Field(() => Int, {
    description:
      "Version number of the list within the municipality: 1, 2, 3 … (not the `version` of optimistic concurrency).",
  })
  @Column("integer", { name: "version_number" })
  versionNumber: number;

  @Field(() => PriceListStatus)
  @Column("text")
  status: PriceListStatus;

  @Field(() => DateScalar, { description: "First day the list applies (geldig vanaf)." })
  @Column("date", { name: "valid_from" })
  validFrom: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When it was published." })
  @Column("timestamptz", { name: "published_at", nullable: true })
  publishedAt: Date | null;

  @Field(() => ID, { nullable: true, description: "The version this one was copied from." })
  @Column("uuid", { name: "based_on_id", nullable: true })
  basedOnId: string | null;

  @Field(() => String, { description: "Notes: what changed in this version, sources used." })
  @Column("text")
  description: string;
}

@ObjectType({
  description:
    "Price item (prijsitem) of a price list: a unit price in euro cents in its price year, who bears the cost, its value type and confidence grade.",
})
@Entity("price_item")
export class PriceItem extends TenantObject {
  @Field(() => ID)
  @Column("uuid", { name: "price_list_id" })
  priceListId: string;

  @Field({
    description:
      "Code, unique within the list, used by support activities and outcomes, e.g. GGZ_BASIS_UUR.",
  })
  @Column("text")
  code: string;

  @Field({ description: "Name (naam)." })
  @Column("text")
  name: string;

  @Field(() => PriceUnit, { description: "Unit (eenheid) the price is for." })
  @Column("text")
  unit: PriceUnit;

  @Field(() => DecimalScalar, { description: "Unit price in whole euro cents (exact)." })
  @Column("bigint", { name: "price_cents" })
  priceCents: string;

  @Field(() => Int, { description: "The year whose prices the price is in (prijspeil)." })
  @Column("smallint", { name: "price_year" })
  priceYear: number;

  @Field({ description: "Source (bron) of the price." })
  @Column("text")
  source: string;

  @Field(() => ID, { description: "The stakeholder who bears this cost (drager)." })
  @Column("uuid", { name: "bearer_id" })
  bearerId: string;

  @Field(() => ValueType, { description: "Value type (waardetype)." })
  @Column("text", { name: "value_type" })
  valueType: ValueType;

  @Field(() => ConfidenceGrade, { description: "Confidence grade (betrouwbaarheid)." })
  @Column("text")
  grade: ConfidenceGrade;
}

/** One year's value of a price index series (a row of `price_index`). */
@Entity("price_index")
export class PriceIndex {
  @PrimaryColumn("uuid")
  id: string;

  /** null: a shared (national) series every municipality may use. */
  @Column("uuid", { name: "municipality_id", nullable: true })
  municipalityId: string | null;

  @Column("text")
  name: string;

  @Column("smallint")
  year: number;

  @Column("numeric")
  value: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}

@ObjectType({ description: "The value of a price index in one year." })
export class PriceIndexValue {
  @Field(() => Int)
  year: number;

  @Field(() => DecimalScalar, { description: "Exact, e.g. 106.2 (CPI, 2015 = 100)." })
  value: string;
}

@ObjectType({
  description:
    "Price index series (prijsindex), e.g. CBS CPI 2015=100 or OVA, used to bring every price to one report price year: price × index[reportYear] ÷ index[priceYear].",
})
export class PriceIndexSeries {
  @Field(() => String, { description: "Name of the series, e.g. CBS CPI 2015=100." })
  name: string;

  @Field(() => ID, {
    nullable: true,
    description: "The municipality that owns the series; null for a shared (national) series.",
  })
  municipalityId: string | null;

  @Field(() => [PriceIndexValue], { description: "Values by year, ascending." })
  values: PriceIndexValue[];
}

@ObjectType({ description: "A price item expressed in the report price year." })
export class IndexedPriceItem {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => PriceUnit)
  unit: PriceUnit;

  @Field(() => DecimalScalar, { description: "Unit price in cents in its own price year." })
  priceCents: string;

  @Field(() => Int)
  priceYear: number;

  @Field(() => DecimalScalar, {
    description:
      "Unit price in cents in the report year: priceCents × index[reportYear] ÷ index[priceYear], exact (or to 40 significant digits when the division does not end); not rounded.",
  })
  indexedCents: string;

  @Field(() => DecimalScalar, {
    description: "The same in euros, rounded half away from zero to whole cents (for display).",
  })
  indexedPrice: string;

  @Field(() => DecimalScalar, {
    description: "index[reportYear] ÷ index[priceYear] (1 when equal).",
  })
  indexFactor: string;

  @Field({ description: "Stakeholder code of the bearer." })
  bearerCode: string;

  @Field(() => ValueType)
  valueType: ValueType;

  @Field(() => ConfidenceGrade)
  grade: ConfidenceGrade;

  @Field()
  source: string;
}

@ObjectType({
  description:
    "The prices of one price list version in one report price year, as the effect calculator uses them.",
})
export class Pricing {
  @Field(() => PriceList)
  priceList: PriceList;

  @Field(() => Int)
  reportYear: number;

  @Field({ description: "The index series used." })
  indexName: string;

  @Field(() => [IndexedPriceItem], { description: "Every item, by code." })
  items: IndexedPriceItem[];
}
