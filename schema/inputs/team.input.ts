import { Field, ID, InputType } from "type-graphql";
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEnum,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
} from "class-validator";
import { FundingForm, TeamDomain, TeamPrototype, TeamTask, TeamType } from "../organisation-enums";
import { ID_MESSAGE, NotBlank, VersionedUpdate } from "./validation";
import { createFields, shared, updateFields } from "./shared-fields";

@InputType()
export class TeamFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  municipalityId?: string;

  @Field(() => ID, { nullable: true, description: "Teams serving this district." })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE)
  districtId?: string;

  @Field(() => TeamPrototype, { nullable: true })
  @IsOptional()
  prototype?: TeamPrototype;

  @Field(() => TeamType, { nullable: true })
  @IsOptional()
  teamType?: TeamType;

  @Field({ nullable: true, description: "Part of the name, case-insensitive." })
  @IsOptional()
  @MaxLength(100)
  nameContains?: string;
}

const teamFields = {
  name: shared<string>(
    () => String,
    [NotBlank(), Length(1, 120, { message: "must be 1 to 120 characters" })],
  ),
  teamType: shared<TeamType>(() => TeamType, [IsEnum(TeamType)]),
  prototype: shared<TeamPrototype>(() => TeamPrototype, [IsEnum(TeamPrototype)]),
  breadth: shared<TeamDomain[]>(
    () => [TeamDomain],
    [ArrayUnique({ message: "must not repeat a domain" })],
    { create: { defaultValue: [] } },
  ),
  depth: shared<TeamTask[]>(
    () => [TeamTask],
    [ArrayUnique({ message: "must not repeat a task" })],
    {
      create: { defaultValue: [] },
    },
  ),
  fundingForm: shared<FundingForm>(() => FundingForm, [IsEnum(FundingForm)]),
  districtIds: shared<string[]>(
    () => [ID],
    [
      ArrayMaxSize(200),
      ArrayUnique({ message: "must not repeat a district" }),
      IsUUID("all", { each: true, message: "must hold valid ids (UUID)" }),
    ],
    {
      create: { defaultValue: [], description: "Districts the team serves." },
      update: { description: "Replaces the districts the team serves." },
    },
  ),
};

@InputType({ description: "A new neighbourhood team." })
export class CreateTeamInput extends createFields("Team", teamFields) {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  municipalityId: string;
}

@InputType()
export class UpdateTeamInput extends updateFields("Team", VersionedUpdate, teamFields) {}
