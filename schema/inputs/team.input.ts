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

@InputType({ description: "A new neighbourhood team." })
export class CreateTeamInput {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  municipalityId: string;

  @Field()
  @NotBlank()
  @Length(1, 120, { message: "must be 1 to 120 characters" })
  name: string;

  @Field(() => TeamType)
  @IsEnum(TeamType)
  teamType: TeamType;

  @Field(() => TeamPrototype)
  @IsEnum(TeamPrototype)
  prototype: TeamPrototype;

  @Field(() => [TeamDomain], { defaultValue: [] })
  @ArrayUnique({ message: "must not repeat a domain" })
  breadth: TeamDomain[];

  @Field(() => [TeamTask], { defaultValue: [] })
  @ArrayUnique({ message: "must not repeat a task" })
  depth: TeamTask[];

  @Field(() => FundingForm)
  @IsEnum(FundingForm)
  fundingForm: FundingForm;

  @Field(() => [ID], { defaultValue: [], description: "Districts the team serves." })
  @ArrayMaxSize(200)
  @ArrayUnique({ message: "must not repeat a district" })
  @IsUUID("all", { each: true, message: "must hold valid ids (UUID)" })
  districtIds: string[];
}

@InputType()
export class UpdateTeamInput extends VersionedUpdate {
  @Field({ nullable: true })
  @IsOptional()
  @NotBlank()
  @Length(1, 120, { message: "must be 1 to 120 characters" })
  name?: string;

  @Field(() => TeamType, { nullable: true })
  @IsOptional()
  @IsEnum(TeamType)
  teamType?: TeamType;

  @Field(() => TeamPrototype, { nullable: true })
  @IsOptional()
  @IsEnum(TeamPrototype)
  prototype?: TeamPrototype;

  @Field(() => [TeamDomain], { nullable: true })
  @IsOptional()
  @ArrayUnique({ message: "must not repeat a domain" })
  breadth?: TeamDomain[];

  @Field(() => [TeamTask], { nullable: true })
  @IsOptional()
  @ArrayUnique({ message: "must not repeat a task" })
  depth?: TeamTask[];

  @Field(() => FundingForm, { nullable: true })
  @IsOptional()
  @IsEnum(FundingForm)
  fundingForm?: FundingForm;

  @Field(() => [ID], { nullable: true, description: "Replaces the districts the team serves." })
  @IsOptional()
  @ArrayMaxSize(200)
  @ArrayUnique({ message: "must not repeat a district" })
  @IsUUID("all", { each: true, message: "must hold valid ids (UUID)" })
  districtIds?: string[];
}
