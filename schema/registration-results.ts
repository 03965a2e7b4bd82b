import { Field, ID, Int, ObjectType } from "type-graphql";
import { Arrangement } from "./arrangement";
import { Quadrant } from "./quadrant-model";
import { ProblemDomain } from "./registration-enums";
import { DateScalar, DecimalScalar } from "./scalars";

@ObjectType({
  description: "Share of an arrangement's planned hours in one quadrant class of a model.",
})
export class QuadrantShare {
  @Field({ description: "A quadrant code, or e, f, ef." })
  quadrantClass: string;

  @Field(() => Quadrant, { nullable: true })
  quadrant: Quadrant | null;

  @Field(() => DecimalScalar, { description: "Planned hours per month in this class." })
  hours: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Share of the placed hours (0–1, exact); null without hours.",
  })
  share: string | null;
}

@ObjectType({
  description:
    "An arrangement's quadrant profile in one model: derived from its components, never stored.",
})
export class QuadrantProfile {
  @Field(() => ID)
  modelId: string;

  @Field(() => [QuadrantShare])
  shares: QuadrantShare[];

  @Field(() => DecimalScalar, {
    description: "Planned hours of components without a placement in this model.",
  })
  unplacedHours: string;
}

@ObjectType({
  description: "Self-reliance on one domain: first and last assessment and the change.",
})
export class DomainChange {
  @Field(() => ProblemDomain)
  domain: ProblemDomain;

  @Field(() => Int)
  firstScore: number;

  @Field(() => DateScalar)
  firstOn: string;

  @Field(() => Int)
  lastScore: number;

  @Field(() => DateScalar)
  lastOn: string;

  @Field(() => Int, { description: "lastScore − firstScore (positive: more self-reliant)." })
  change: number;
}

@ObjectType({ description: "Self-reliance change on one domain over many cases." })
export class DomainChangeSummary {
  @Field(() => ProblemDomain)
  domain: ProblemDomain;

  @Field(() => Int, { description: "Cases with at least two assessments on this domain." })
  cases: number;

  @Field(() => DecimalScalar) meanFirst: string;
  @Field(() => DecimalScalar) meanLast: string;
  @Field(() => DecimalScalar) meanChange: string;
  @Field(() => Int) improved: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) worsened: number;
}

@ObjectType({
  description: "Hours on a case or in a period: individual caseload and collective work apart.",
})
export class HoursSplit {
  @Field(() => DecimalScalar)
  individual: string;

  @Field(() => DecimalScalar)
  collective: string;
}

@ObjectType({ description: "How many cases had an arrangement running in a month." })
export class ArrangementUse {
  @Field(() => ID)
  arrangementId: string;

  @Field(() => Arrangement)
  arrangement?: Arrangement;

  @Field(() => Int)
  cases: number;
}

@ObjectType({ description: "One team in one calendar month." })
export class TeamMonth {
  @Field({ description: "YYYY-MM" })
  month: string;

  @Field(() => Int, { description: "Cases open at some time in the month." })
  openCases: number;

  @Field(() => Int)
  newCases: number;

  @Field(() => Int)
  closedCases: number;

  @Field(() => DecimalScalar, { description: "INTERVENTION hours on individual work." })
  individualHours: string;

  @Field(() => DecimalScalar, {
    description: "INTERVENTION hours on collective work (outside caseload figures).",
  })
  collectiveHours: string;

  @Field(() => [ArrangementUse])
  arrangementsUsed: ArrangementUse[];
}
