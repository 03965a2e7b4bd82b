import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { StoredObject } from "./tenant-entity";

@ObjectType({ description: "Municipality (gemeente): the tenant that owns all other data." })
@Entity("municipality")
export class Municipality extends StoredObject {
  @Field({ description: "CBS gemeentecode, e.g. GM0344 for Utrecht." })
  @Column("text", { unique: true })
  code: string;

  @Field({ description: "Name (naam), e.g. Utrecht." })
  @Column("text")
  name: string;
}
