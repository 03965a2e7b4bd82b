import { Field, ID, InputType, Int } from "type-graphql";
import { IsOptional, IsUUID, Length, Matches, MaxLength, Min } from "class-validator";
import { NotBlank } from "./validation";

const CBS_CODE = { message: "must be a CBS gemeentecode: GM followed by four digits, e.g. GM0344" };

@InputType()
export class MunicipalityFilter {
  @Field({ nullable: true, description: "Exact CBS code, e.g. GM0344." })
  @IsOptional()
  @Matches(/^GM\d{4}$/, CBS_CODE)
  code?: string;

  @Field({ nullable: true, description: "Part of the name, case-insensitive." })
  @IsOptional()
  @MaxLength(100)
  nameContains?: string;
}

@InputType({ description: "A new municipality (gemeente)." })
export class CreateMunicipalityInput {
  @Field({ description: "CBS gemeentecode, e.g. GM0344." })
  @Matches(/^GM\d{4}$/, CBS_CODE)
  code: string;

  @Field()
  @NotBlank()
  @Length(1, 100, { message: "must be 1 to 100 characters" })
  name: string;
}

@InputType()
export class UpdateMunicipalityInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be a valid id (UUID)" })
  id: string;

  @Field(() => Int, { description: "The version you read; a stale version is refused." })
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @NotBlank()
  @Length(1, 100, { message: "must be 1 to 100 characters" })
  name?: string;
}
