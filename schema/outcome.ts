import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { Scenario } from "./registration-enums";
import { DateScalar, DecimalScalar } from "./scalars";
import { TenantObject } from "./tenant-entity";

@ObjectType({
  description:
    "Life event or outcome (maatschappelijke opbrengst), seen through the resident's eyes, in a scenario; valued with a price-list item and adjusted for deadweight, displacement, attribution, drop-off and leakage.",
})
@Entity("outcome")
export class Outcome extends TenantObject {
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
  @Column("date", { name: "outcome_date" })
  outcomeDate: string;

  @Field({
    description: "What changed, e.g. 'schulden gestabiliseerd', 'huisuitzetting voorkomen'.",
  })
  @Column("text")
  description: string;

  @Field(() => String, { nullable: true })
  @Column("text", { name: "price_item_code", nullable: true })
  priceItemCode: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Column("numeric", { nullable: true })
  quantity: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Recurs monthly for this many months (a life event stream).",
  })
  @Column("integer", { name: "recur_months", nullable: true })
  recurMonths: number | null;

  @Field(() => Int, { nullable: true, description: "Lasts this many years (a valued outcome)." })
  @Column("integer", { name: "duration_years", nullable: true })
  durationYears: number | null;

  @Field(() => DecimalScalar) @Column("numeric") deadweight: string;
  @Field(() => DecimalScalar) @Column("numeric") displacement: string;
  @Field(() => DecimalScalar) @Column("numeric") attribution: string;
  @Field(() => DecimalScalar) @Column("numeric", { name: "drop_off" }) dropOff: string;
  @Field(() => DecimalScalar) @Column("numeric") leakage: string;

  @Field({ description: "Where the adjustment factors come from (bron, onderbouwing)." })
  @Column("text")
  evidence: string;

  @Field(() => ID, {
    nullable: true,
    description: "The stakeholder who gains (if not the price item's).",
  })
  @Column("uuid", { name: "beneficiary_id", nullable: true })
  beneficiaryId: string | null;
}
