import { Field, ID, InputType, Int } from "type-graphql";
import {
  ArrayMaxSize,
  IsEnum,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { CaseKind, ProblemDomain } from "../registration-enums";
import { DateScalar } from "../scalars";
import { ID_MESSAGE, VersionedUpdate } from "./validation";
import { createFields, shared, updateFields } from "./shared-fields";

const caseFields = {
  teamId: shared<string>(() => ID, [IsUUID("all", ID_MESSAGE)]),
  districtId: shared<string | null>(() => ID, [IsUUID("all", ID_MESSAGE)], { optional: true }),
  reference: shared<string>(() => String, [], {
    create: { description: "Pseudonymous case number, e.g. ZW-2025-0042." },
  }),
  kind: shared<CaseKind>(() => CaseKind, [IsEnum(CaseKind)]),
  openedOn: shared<string>(() => DateScalar, []),
  closedOn: shared<string | null>(() => DateScalar, [], { optional: true }),
  problemDomains: shared<ProblemDomain[]>(() => [ProblemDomain], [ArrayMaxSize(9)], {
    create: { defaultValue: [] },
  }),
  multipleProblems: shared<boolean | null>(() => Boolean, [], {
    optional: true,
    create: { description: "Multiple problems; default: more than one domain." },
  }),
};

@InputType({ description: "A new case: pseudonymous reference only, never a name or BSN." })
export class CreateCaseInput extends createFields("Case", caseFields) {
  @Field(() => String, { nullable: true })
  @IsOptional()
  externalRef?: string | null;
}

@InputType()
export class UpdateCaseInput extends updateFields("Case", VersionedUpdate, caseFields) {}

@InputType()
export class ApplyArrangementInput {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  caseId: string;

  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  arrangementId: string;

  @Field(() => DateScalar)
  startedOn: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  endedOn?: string | null;
}

@InputType()
export class DomainScoreInput {
  @Field(() => ProblemDomain)
  @IsEnum(ProblemDomain)
  domain: ProblemDomain;

  @Field(() => Int, {
    description:
      "1 acute problems, 2 not self-reliant, 3 limited, 4 sufficient, 5 fully self-reliant.",
  })
  @Min(1, { message: "must be a score from 1 to 5" })
  @Max(5, { message: "must be a score from 1 to 5" })
  score: number;
}

@InputType({ description: "A self-reliance assessment (zelfredzaamheidsmatrix) on one day." })
export class RecordAssessmentInput {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  caseId: string;

  @Field(() => DateScalar)
  assessedOn: string;

  @Field(() => [DomainScoreInput])
  @ArrayMaxSize(9)
  @ValidateNested({ each: true })
  scores: DomainScoreInput[];
}

@InputType()
export class CaseFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  municipalityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  teamId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  districtId?: string;

  @Field(() => ID, { nullable: true, description: "Cases this arrangement was applied to." })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  arrangementId?: string;

  @Field(() => ID, {
    nullable: true,
    description: "With quadrantClass: the model to place work in.",
  })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  modelId?: string;

  @Field({
    nullable: true,
    description:
      "Cases with intervention work in this quadrant (code, or e/f/ef) of modelId: a provision used, or a component of an applied arrangement, placed there.",
  })
  @IsOptional()
  @MaxLength(8)
  quadrantClass?: string;

  @Field(() => ProblemDomain, { nullable: true })
  @IsOptional()
  @IsEnum(ProblemDomain)
  domain?: ProblemDomain;

  @Field(() => CaseKind, { nullable: true })
  @IsOptional()
  @IsEnum(CaseKind)
  kind?: CaseKind;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Open on or after this day (period start).",
  })
  @IsOptional()
  from?: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Opened on or before this day (period end).",
  })
  @IsOptional()
  to?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(40)
  referenceContains?: string;
}
