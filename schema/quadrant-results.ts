import { Field, ID, Int, ObjectType } from "type-graphql";
import { PositionHorizon, PositionSubject } from "./quadrant-enums";
import { Quadrant } from "./quadrant-model";
import { DecimalScalar } from "./scalars";
import { Team } from "./team";

@ObjectType({ description: "Where a point falls: a quadrant, or on an axis (e, f, ef)." })
export class QuadrantPoint {
  @Field(() => DecimalScalar)
  x: string;

  @Field(() => DecimalScalar)
  y: string;

  @Field({
    description:
      "The quadrant's code (a–d, I–IV or the model's own), or e on the x axis (y = 0), f on the y axis (x = 0), ef at the origin.",
  })
  quadrantClass: string;

  @Field(() => Quadrant, { nullable: true, description: "The quadrant; null on an axis." })
  quadrant: Quadrant | null;
}

@ObjectType({ description: "How many respondents fall in one class." })
export class QuadrantClassCount {
  @Field({ description: "A quadrant code, or e, f, ef." })
  quadrantClass: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "Move from now to desired: mean DESIRED − mean CURRENT per axis." })
export class PositionShift {
  @Field(() => DecimalScalar, { description: "Rounded to one decimal." })
  x: string;

  @Field(() => DecimalScalar, { description: "Rounded to one decimal." })
  y: string;

  @Field(() => DecimalScalar, { description: "Exact." })
  exactX: string;

  @Field(() => DecimalScalar, { description: "Exact." })
  exactY: string;
}

@ObjectType({
  description:
    "Summary of one group, subject and horizon of a positioning survey. Shown values are rounded to one decimal; classes come from the exact means.",
})
export class PositionSummary {
  @Field(() => String, {
    nullable: true,
    description: "Team name or specialism; null when not grouped or none.",
  })
  group: string | null;

  @Field(() => PositionSubject)
  subject: PositionSubject;

  @Field(() => PositionHorizon)
  horizon: PositionHorizon;

  @Field(() => Int)
  n: number;

  @Field(() => DecimalScalar) meanX: string;
  @Field(() => DecimalScalar) meanY: string;
  @Field(() => DecimalScalar, { description: "The exact mean (up to 40 significant digits)." })
  exactMeanX: string;
  @Field(() => DecimalScalar, { description: "The exact mean (up to 40 significant digits)." })
  exactMeanY: string;
  @Field(() => DecimalScalar) minX: string;
  @Field(() => DecimalScalar) maxX: string;
  @Field(() => DecimalScalar) minY: string;
  @Field(() => DecimalScalar) maxY: string;
  @Field(() => DecimalScalar, { description: "Most frequent x; on a tie the smallest." })
  modeX: string;
  @Field(() => DecimalScalar, { description: "Most frequent y; on a tie the smallest." })
  modeY: string;

  @Field({ description: "Class of the exact mean: a quadrant code, or e, f, ef." })
  quadrantClass: string;

  @Field(() => [QuadrantClassCount], { description: "Respondents per class, every class listed." })
  quadrantCounts: QuadrantClassCount[];

  @Field(() => PositionShift, {
    nullable: true,
    description: "On DESIRED rows: the shift from the CURRENT mean of the same group and subject.",
  })
  shift: PositionShift | null;
}

@ObjectType({ description: "One problem in an imported file." })
export class ImportProblem {
  @Field(() => Int, { description: "Row in the file (the header is row 1)." })
  row: number;

  @Field()
  column: string;

  @Field(() => String, { nullable: true })
  value: string | null;

  @Field()
  reason: string;
}

@ObjectType({ description: "Outcome of an import: all rows written, or none and the problems." })
export class ImportReport {
  @Field(() => Int)
  rowsRead: number;

  @Field(() => Int)
  rowsImported: number;

  @Field(() => [ImportProblem])
  problems: ImportProblem[];
}

@ObjectType({ description: "Effort of one team in one quadrant class of a model." })
export class QuadrantEffort {
  @Field(() => ID)
  teamId: string;

  @Field(() => Team)
  team?: Team;

  @Field({
    description:
      "A quadrant code, or e, f, ef; or 'unplaced' for hours on work without a placement in the model.",
  })
  quadrantClass: string;

  @Field(() => Quadrant, { nullable: true })
  quadrant: Quadrant | null;

  @Field(() => DecimalScalar, {
    description:
      "INTERVENTION hours in the period on work placed in this class: provisions used (at their placement for the case's district) and hours under an applied arrangement (spread over its quadrant profile).",
  })
  hours: string;

  @Field(() => Int, {
    description:
      "Provision offers (a provision in a district the team serves) whose placement falls in this class.",
  })
  offerCount: number;

  @Field(() => DecimalScalar, {
    description: "Share of the team's placed offers in this class (0–1, exact).",
  })
  offerShare: string;

  @Field(() => [String], { description: "Names of those provisions." })
  provisionNames: string[];
}
