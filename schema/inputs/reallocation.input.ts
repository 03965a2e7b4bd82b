import { Field, ID, InputType } from "type-graphql";
import { ReallocationBasis } from "../reallocation-types";
import { DecimalScalar } from "../scalars";

@InputType({
  description:
    "One move of a what-if reallocation (herschikking): a share of one arrangement's observed cases, or of its hours, moved to another arrangement.",
})
export class ReallocationMoveInput {
  @Field(() => ID, { description: "The arrangement cases move out of." })
  fromArrangementId: string;

  @Field(() => ID, { description: "The arrangement they move to; another one." })
  toArrangementId: string;

  @Field(() => DecimalScalar, {
    description:
      'Share of the from-arrangement\'s observed cases (or hours) moved: greater than 0 and at most 1, e.g. "0.25". The moves out of one arrangement share at most 1 in total.',
  })
  share: string;

  @Field(() => ReallocationBasis, { defaultValue: ReallocationBasis.CASES })
  basis: ReallocationBasis;
}
