import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { MemberRole } from "./organisation-enums";
import { ArrangementForm, CollectiveGoal } from "./registration-enums";
import { DecimalScalar } from "./scalars";
import { TenantObject } from "./tenant-entity";

@ObjectType({
  description:
    "Arrangement (arrangement op maat): a reusable package of collective and individual components, applied to cases.",
})
@Entity("arrangement")
export class Arrangement extends TenantObject {
  @Field(() => ID, {
    nullable: true,
    description: "Owning team; null when the municipality owns it.",
  })
  @Column("uuid", { name: "team_id", nullable: true })
  teamId: string | null;

  @Field({ description: "Name, e.g. Budgetcursus in groep + individuele schuldhulp." })
  @Column("text")
  name: string;

  @Field()
  @Column("text")
  description: string;

  @Field(() => CollectiveGoal, {
    nullable: true,
    description: "Goal of its collective work, if any.",
  })
  @Column("text", { nullable: true })
  goal: CollectiveGoal | null;

  @Field(() => ArrangementForm)
  @Column("text")
  form: ArrangementForm;
}

@ObjectType({
  description:
    "One component of an arrangement: a provision or a professional role, with planned effort.",
})
@Entity("arrangement_component")
export class ArrangementComponent {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid", { name: "municipality_id" })
  municipalityId: string;

  @Column("uuid", { name: "arrangement_id" })
  arrangementId: string;

  @Field({ description: "Order within the arrangement, from 0." })
  @Column("integer")
  position: number;

  @Field(() => ID, { nullable: true })
  @Column("uuid", { name: "provision_id", nullable: true })
  provisionId: string | null;

  @Field(() => MemberRole, { nullable: true })
  @Column("text", { nullable: true })
  role: MemberRole | null;

  @Field({ description: "Collective work (counted apart from individual caseload hours)." })
  @Column("boolean")
  collective: boolean;

  @Field(() => DecimalScalar, { nullable: true })
  @Column("numeric", { name: "planned_hours_per_month", nullable: true })
  plannedHoursPerMonth: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Column("numeric", { name: "planned_units_per_month", nullable: true })
  plannedUnitsPerMonth: string | null;
}

@ObjectType({
  description:
    "Where a component sits in a model (for a role, or overriding its provision's placement).",
})
@Entity("component_placement")
export class ComponentPlacement {
  @PrimaryColumn("uuid", { name: "component_id" })
  componentId: string;

  @Field(() => ID)
  @PrimaryColumn("uuid", { name: "model_id" })
  modelId: string;

  @Field(() => DecimalScalar)
  @Column("numeric")
  x: string;

  @Field(() => DecimalScalar)
  @Column("numeric")
  y: string;
}
