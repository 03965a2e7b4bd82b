import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { QuadrantPosition } from "./quadrant-enums";
import { DecimalScalar } from "./scalars";
import { StoredObject } from "./tenant-entity";

@ObjectType({ description: "One axis of a quadrant model: a continuous scale (glijdende schaal)." })
export class QuadrantAxis {
  @Field({ description: "Label of the negative end, e.g. individueel." })
  negativeLabel: string;

  @Field({ description: "Label of the positive end, e.g. collectief." })
  positiveLabel: string;

  @Field(() => DecimalScalar)
  min: string;

  @Field(() => DecimalScalar)
  max: string;
}

@ObjectType({
  description:
    "Quadrant model (kwadrantenmodel): two named axes and four named quadrants. Two are built in and shared; a municipality may define its own.",
})
@Entity("quadrant_model")
export class QuadrantModel extends StoredObject {
  @Field(() => ID, {
    nullable: true,
    description: "Owning municipality; null for a built-in model.",
  })
  @Column("uuid", { name: "municipality_id", nullable: true })
  municipalityId: string | null;

  @Field({ description: "Built in and shared by every municipality (read-only for them)." })
  @Column("boolean", { name: "built_in" })
  builtIn: boolean;

  @Field()
  @Column("text")
  name: string;

  @Field()
  @Column("text")
  description: string;

  @Column("text", { name: "x_negative_label" }) xNegativeLabel: string;
  @Column("text", { name: "x_positive_label" }) xPositiveLabel: string;
  @Column("numeric", { name: "x_min" }) xMin: string;
  @Column("numeric", { name: "x_max" }) xMax: string;
  @Column("text", { name: "y_negative_label" }) yNegativeLabel: string;
  @Column("text", { name: "y_positive_label" }) yPositiveLabel: string;
  @Column("numeric", { name: "y_min" }) yMin: string;
  @Column("numeric", { name: "y_max" }) yMax: string;
}

@ObjectType({ description: "One of the four quadrants of a model (kwadrant)." })
@Entity("quadrant")
export class Quadrant {
  @PrimaryColumn("uuid", { name: "model_id" })
  modelId: string;

  @Field(() => QuadrantPosition)
  @PrimaryColumn("text")
  position: QuadrantPosition;

  @Field({ description: "Short code: a–d in Model A, I–IV in the network quadrant." })
  @Column("text")
  code: string;

  @Field({ description: "Dutch name, e.g. Tussen de regels." })
  @Column("text", { name: "name_nl" })
  nameNl: string;

  @Field({ description: "English name, e.g. Between the rules." })
  @Column("text", { name: "name_en" })
  nameEn: string;

  @Field()
  @Column("text")
  description: string;
}

/**
 * Ids of the two built-in, shared quadrant models, the same on every installation: model A
 * (individual–collective × informal–formal) and model B (the network quadrant). The
 * QuadrantModels migration inserts them with these ids (a unit test holds the two together).
 */
export const MODEL_A_ID = "0a000000-0000-4000-8000-00000000000a";
export const MODEL_B_ID = "0b000000-0000-4000-8000-00000000000b";
