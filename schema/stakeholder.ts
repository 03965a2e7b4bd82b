import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { StakeholderKind } from "./organisation-enums";
import { TenantObject } from "./tenant-entity";

@ObjectType({
  description:
    "Stakeholder (belanghebbende): a party that pays for support or gains from its results.",
})
@Entity("stakeholder")
export class Stakeholder extends TenantObject {
  @Field({ description: "Short code used in price lists and reports, e.g. GEM_WMO, ZVW." })
  @Column("text")
  code: string;

  @Field({ description: "Name (naam), e.g. Gemeente Utrecht (Wmo)." })
  @Column("text")
  name: string;

  @Field(() => StakeholderKind)
  @Column("text")
  kind: StakeholderKind;
}
