import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { Expertise, MemberRole } from "./organisation-enums";
import { DateScalar, DecimalScalar } from "./scalars";
import { TenantObject } from "./tenant-entity";

@ObjectType({ description: "Member (teamlid): a professional or volunteer in a team." })
@Entity("member")
export class Member extends TenantObject {
  @Field(() => ID)
  @Column("uuid", { name: "team_id" })
  teamId: string;

  @Field({ description: "Name of the professional (naam)." })
  @Column("text")
  name: string;

  @Field(() => MemberRole, { description: "Role (rol)." })
  @Column("text")
  role: MemberRole;

  @Field({ description: "Parent organisation (moederorganisatie) that employs the member." })
  @Column("text", { name: "parent_organisation" })
  parentOrganisation: string;

  @Field(() => DecimalScalar, { description: "Contracted hours per week (contracturen)." })
  @Column("numeric", { precision: 5, scale: 2, name: "contracted_hours_per_week" })
  contractedHoursPerWeek: string;

  @Field(() => Expertise)
  @Column("text")
  expertise: Expertise;

  @Field(() => [String], {
    description: "Specialisms (specialismen), e.g. Wmo, Jeugd, Participatie, schulden, GGZ.",
  })
  @Column("text", { array: true })
  specialisms: string[];

  @Field(() => DateScalar, { description: "First day in the team." })
  @Column("date", { name: "active_from" })
  activeFrom: string;

  @Field(() => DateScalar, { nullable: true, description: "Last day in the team, if it ended." })
  @Column("date", { nullable: true, name: "active_until" })
  activeUntil: string | null;
}
