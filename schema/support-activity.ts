import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { MemberRole } from "./organisation-enums";
import { Scenario } from "./registration-enums";
import { DateScalar, DecimalScalar } from "./scalars";
import { TenantObject } from "./tenant-entity";

@ObjectType({
  description:
    "Support activity (inzet): professional hours on a case or collective issue, or a provision used (units), in the INTERVENTION or the REFERENCE scenario.",
})
@Entity("support_activity")
export class SupportActivity extends TenantObject {
  @Field(() => ID)
  @Column("uuid", { name: "case_id" })
  caseId: string;

  @Field(() => String, { nullable: true })
  @Column("text", { name: "external_ref", nullable: true })
  externalRef: string | null;

  @Field(() => Scenario)
  @Column("text")
  scenario: Scenario;

  @Field(() => DateScalar)
  @Column("date", { name: "activity_date" })
  activityDate: string;

  @Field(() => ID, { nullable: true })
  @Column("uuid", { name: "member_id", nullable: true })
  memberId: string | null;

  @Field(() => MemberRole, { nullable: true })
  @Column("text", { nullable: true })
  role: MemberRole | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Column("numeric", { nullable: true })
  hours: string | null;

  @Field(() => ID, { nullable: true })
  @Column("uuid", { name: "provision_id", nullable: true })
  provisionId: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Column("numeric", { nullable: true })
  units: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Recurs monthly for this many months from the date.",
  })
  @Column("integer", { name: "recur_months", nullable: true })
  recurMonths: number | null;

  @Field({ description: "Collective work (reported apart from individual caseload hours)." })
  @Column("boolean")
  collective: boolean;

  @Field(() => ID, { nullable: true })
  @Column("uuid", { name: "arrangement_id", nullable: true })
  arrangementId: string | null;

  @Field(() => String, { nullable: true, description: "Price-list item code that prices it." })
  @Column("text", { name: "price_item_code", nullable: true })
  priceItemCode: string | null;

  @Field()
  @Column("text")
  description: string;
}
