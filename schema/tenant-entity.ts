import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, PrimaryColumn, UpdateDateColumn, VersionColumn } from "typeorm";
import { GraphQLDateTime } from "graphql-scalars";

/** Columns every stored object has: id, optimistic-concurrency version and timestamps. */
@ObjectType()
export abstract class StoredObject {
  @Field(() => ID, { description: "Globally unique id (UUID)." })
  @PrimaryColumn("uuid")
  id: string;

  @Field(() => Int, {
    description: "Increases on every change; send it back on update so a stale update is refused.",
  })
  @VersionColumn()
  version: number;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => GraphQLDateTime)
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}

/** A row that belongs to one municipality (the tenant). */
@ObjectType()
export abstract class TenantObject extends StoredObject {
  @Field(() => ID, { description: "The municipality (gemeente, the tenant) this belongs to." })
  @Column("uuid", { name: "municipality_id" })
  municipalityId: string;
}
