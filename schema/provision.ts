import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { CareLayer, ProvisionAccess, ProvisionKind, RingTag } from "./quadrant-enums";
import { DecimalScalar } from "./scalars";
import { TenantObject } from "./tenant-entity";

@ObjectType({ description: "Provision (voorziening, initiatief, interventie) in a municipality." })
@Entity("provision")
export class Provision extends TenantObject {
  @Field({ description: "Name, e.g. Welzijn op Recept." })
  @Column("text")
  name: string;

  @Field()
  @Column("text")
  description: string;

  @Field(() => ProvisionKind)
  @Column("text")
  kind: ProvisionKind;

  @Field(() => ProvisionAccess)
  @Column("text")
  access: ProvisionAccess;

  @Field(() => CareLayer)
  @Column("text", { name: "care_layer" })
  careLayer: CareLayer;

  @Field(() => [RingTag], { description: "Network strengthening, prevention, own strength." })
  @Column("text", { array: true, name: "ring_tags" })
  ringTags: RingTag[];
}

@ObjectType({
  description:
    "Where a provision sits in a quadrant model (plaatsing): a point on the two sliding scales, for all districts or overriding it for one district.",
})
@Entity("provision_placement")
export class ProvisionPlacement extends TenantObject {
  @Field(() => ID)
  @Column("uuid", { name: "provision_id" })
  provisionId: string;

  @Field(() => ID)
  @Column("uuid", { name: "model_id" })
  modelId: string;

  @Field(() => ID, {
    nullable: true,
    description: "The district this placement overrides; null: everywhere.",
  })
  @Column("uuid", { name: "district_id", nullable: true })
  districtId: string | null;

  @Field(() => DecimalScalar)
  @Column("numeric")
  x: string;

  @Field(() => DecimalScalar)
  @Column("numeric")
  y: string;
}
