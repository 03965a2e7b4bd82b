import { Field, ObjectType, registerEnumType } from "type-graphql";

export enum SuppressionReason {
  SMALL_GROUP = "SMALL_GROUP",
  COMPLEMENTARY = "COMPLEMENTARY",
  DIFFERENCE = "DIFFERENCE",
}
registerEnumType(SuppressionReason, {
  name: "SuppressionReason",
  description: "Why a group of an aggregate is not shown (disclosure control).",
  valuesConfig: {
    SMALL_GROUP: { description: "It holds fewer cases than KWADRANT_MIN_GROUP_SIZE." },
    COMPLEMENTARY: {
      description:
        "Large enough itself, but hidden too, so that the total minus the shown groups does not give a small group away.",
    },
    DIFFERENCE: {
      description:
        "Large enough itself, but a neighbouring answer (a filter dropped, or the period one quarter longer) differs from it by fewer than KWADRANT_MIN_GROUP_SIZE cases.",
    },
  },
});

@ObjectType({
  description:
    "A group left out of an aggregate for this caller: the municipality's analysts and the team whose cases they are see it in full.",
})
export class SuppressedGroup {
  @Field(() => String, { nullable: true }) key: string | null;
  @Field() label: string;
  @Field(() => String, {
    nullable: true,
    description: "For a cell of a two-way table (a trend): the cohort.",
  })
  period: string | null;
  @Field(() => SuppressionReason) reason: SuppressionReason;
}
