import { Field, ID, InputType } from "type-graphql";
import {
  ArrayMaxSize,
  IsEnum,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from "class-validator";
import { MemberRole } from "../organisation-enums";
import { ArrangementForm, CollectiveGoal } from "../registration-enums";
import { DecimalScalar } from "../scalars";
import { ID_MESSAGE, NotBlank, VersionedUpdate } from "./validation";
import { createFields, shared, updateFields } from "./shared-fields";

@InputType({ description: "Where a component sits in one model." })
export class ComponentPlacementInput {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  modelId: string;

  @Field(() => DecimalScalar)
  x: string;

  @Field(() => DecimalScalar)
  y: string;
}

@InputType({
  description:
    "A component: a provision or a professional role, with planned hours or units per month.",
})
export class ArrangementComponentInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  provisionId?: string | null;

  @Field(() => MemberRole, { nullable: true })
  @IsOptional()
  @IsEnum(MemberRole)
  role?: MemberRole | null;

  @Field({
    defaultValue: false,
    description: "Collective work (groups, the neighbourhood, kwesties).",
  })
  collective: boolean;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  plannedHoursPerMonth?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  plannedUnitsPerMonth?: string | null;

  @Field(() => [ComponentPlacementInput], {
    defaultValue: [],
    description:
      "Placements per model; a provision component without one uses the provision's placement.",
  })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  placements: ComponentPlacementInput[];
}

const arrangementFields = {
  name: shared<string>(
    () => String,
    [NotBlank(), Length(1, 160, { message: "must be 1 to 160 characters" })],
  ),
  description: shared<string>(() => String, [MaxLength(4000)], { create: { defaultValue: "" } }),
  goal: shared<CollectiveGoal | null>(() => CollectiveGoal, [IsEnum(CollectiveGoal)], {
    optional: true,
  }),
  form: shared<ArrangementForm>(() => ArrangementForm, [IsEnum(ArrangementForm)]),
  components: shared<ArrangementComponentInput[]>(
    () => [ArrangementComponentInput],
    [ArrayMaxSize(50), ValidateNested({ each: true })],
    { update: { description: "Replaces all components." } },
  ),
};

@InputType({ description: "A new arrangement (arrangement op maat) template." })
export class CreateArrangementInput extends createFields("Arrangement", arrangementFields) {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  municipalityId: string;

  @Field(() => ID, {
    nullable: true,
    description: "Owning team; omit when the municipality owns it.",
  })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  teamId?: string | null;
}

@InputType()
export class UpdateArrangementInput extends updateFields(
  "Arrangement",
  VersionedUpdate,
  arrangementFields,
) {}
