import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { DistrictKind } from "./organisation-enums";
import { TenantObject } from "./tenant-entity";

@ObjectType({ description: "District (wijk, buurt or zone) of a municipality." })
@Entity("district")
export class District extends TenantObject {
  @Field({ description: "Name (naam), e.g. Overvecht." })
  @Column("text")
  name: string;

  @Field(() => DistrictKind)
  @Column("text")
  kind: DistrictKind;

  @Field(() => String, { nullable: true, description: "CBS wijk/buurt code, e.g. WK034403." })
  @Column("text", { nullable: true, name: "cbs_code" })
  cbsCode: string | null;

  @Field(() => ID, { nullable: true, description: "The larger district this lies in (a zone)." })
  @Column("uuid", { nullable: true, name: "parent_id" })
  parentId: string | null;

  @Field(() => Int, { nullable: true, description: "Inhabitants (inwoners)." })
  @Column("integer", { nullable: true })
  population: number | null;
}
