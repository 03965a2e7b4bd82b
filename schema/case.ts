import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { GraphQLDateTime } from "graphql-scalars";
import { CaseKind, ProblemDomain } from "./registration-enums";
import { DateScalar } from "./scalars";
import { TenantObject } from "./tenant-entity";

@ObjectType({
  description:
    "Case (casus): one resident or household the team supports (hulpvraag), or one collective issue (kwestie). Pseudonymous: a reference, never a name or BSN.",
})
@Entity("case_record")
export class Case extends TenantObject {
  @Field(() => ID)
  @Column("uuid", { name: "team_id" })
  teamId: string;

  @Field(() => ID, { nullable: true })
  @Column("uuid", { name: "district_id", nullable: true })
  districtId: string | null;

  @Field({ description: "Pseudonymous case reference (casusnummer), unique in the municipality." })
  @Column("text")
  reference: string;

  @Field(() => String, {
    nullable: true,
    description: "Reference in the team's registration system (for imports).",
  })
  @Column("text", { name: "external_ref", nullable: true })
  externalRef: string | null;

  @Field(() => CaseKind)
  @Column("text")
  kind: CaseKind;

  @Field(() => DateScalar)
  @Column("date", { name: "opened_on" })
  openedOn: string;

  @Field(() => DateScalar, { nullable: true })
  @Column("date", { name: "closed_on", nullable: true })
  closedOn: string | null;

  @Field(() => [ProblemDomain], { description: "Life domains with problems (leefgebieden)." })
  @Column("text", { array: true, name: "problem_domains" })
  problemDomains: ProblemDomain[];

  @Field({ description: "Multiple problems (meervoudig) rather than a single one (enkelvoudig)." })
  @Column("boolean", { name: "multiple_problems" })
  multipleProblems: boolean;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      "When the case was erased on request (eraseCase): its personal traces are gone, its hours and amounts remain.",
  })
  @Column("timestamptz", { name: "erased_at", nullable: true })
  erasedAt: Date | null;
}

@ObjectType({ description: "An arrangement applied to a case, with its dates." })
@Entity("case_arrangement")
export class CaseArrangement {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid", { name: "municipality_id" })
  municipalityId: string;

  @Column("uuid", { name: "case_id" })
  caseId: string;

  @Field(() => ID)
  @Column("uuid", { name: "arrangement_id" })
  arrangementId: string;

  @Field(() => DateScalar)
  @Column("date", { name: "started_on" })
  startedOn: string;

  @Field(() => DateScalar, { nullable: true })
  @Column("date", { name: "ended_on", nullable: true })
  endedOn: string | null;
}

@ObjectType({
  description:
    "Self-reliance score (zelfredzaamheidsmatrix) for one domain on one day: 1 acute problems … 5 fully self-reliant.",
})
@Entity("self_reliance_assessment")
export class SelfRelianceAssessment {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid", { name: "municipality_id" })
  municipalityId: string;

  @Column("uuid", { name: "case_id" })
  caseId: string;

  @Field(() => DateScalar)
  @Column("date", { name: "assessed_on" })
  assessedOn: string;

  @Field(() => ProblemDomain)
  @Column("text")
  domain: ProblemDomain;

  @Field(() => Int)
  @Column("smallint")
  score: number;
}
