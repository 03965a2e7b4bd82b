import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { PositionHorizon, PositionSubject } from "./quadrant-enums";
import { DateScalar, DecimalScalar } from "./scalars";
import { TenantObject } from "./tenant-entity";

@ObjectType({
  description:
    "Positioning survey (positiebepaling): professionals place a button on a quadrant model for their own and their team's position, now and desired.",
})
@Entity("position_survey")
export class PositionSurvey extends TenantObject {
  @Field(() => ID)
  @Column("uuid", { name: "model_id" })
  modelId: string;

  @Field()
  @Column("text")
  title: string;

  @Field(() => DateScalar, { nullable: true })
  @Column("date", { nullable: true })
  date: string | null;
}

@ObjectType({ description: "One button placed by one respondent." })
@Entity("position_response")
export class PositionResponse {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid", { name: "municipality_id" })
  municipalityId: string;

  @Column("uuid", { name: "survey_id" })
  surveyId: string;

  @Field({ description: "Pseudonymous respondent key, e.g. R07." })
  @Column("text")
  respondent: string;

  @Field(() => ID, { nullable: true })
  @Column("uuid", { name: "team_id", nullable: true })
  teamId: string | null;

  @Field(() => [String])
  @Column("text", { array: true })
  specialisms: string[];

  @Field(() => PositionSubject)
  @Column("text")
  subject: PositionSubject;

  @Field(() => PositionHorizon)
  @Column("text")
  horizon: PositionHorizon;

  @Field(() => DecimalScalar)
  @Column("numeric")
  x: string;

  @Field(() => DecimalScalar)
  @Column("numeric")
  y: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
