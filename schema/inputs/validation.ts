import { IsUUID, Min, registerDecorator, type ValidationOptions } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { invalidDateReason } from "../scalars";

/** Shared messages, so every field reports its reason the same way. */
export const NOT_BLANK = { message: "must not be empty" };
export const ID_MESSAGE = { message: "must be a valid id (UUID)" };

/** The value must not contain only white space. */
export function NotBlank(options?: ValidationOptions) {
  return function (object: object, propertyName: string) {
    registerDecorator({
      name: "notBlank",
      target: object.constructor,
      propertyName,
      options: { message: "must not be empty", ...options },
      validator: {
        validate: (value: unknown) =>
          value == null || (typeof value === "string" && value.trim().length > 0),
      },
    });
  };
}

/** This date must not lie before the date in `otherProperty` on the same object. */
export function NotBefore(otherProperty: string, options?: ValidationOptions) {
  return function (object: object, propertyName: string) {
    registerDecorator({
      name: "notBefore",
      target: object.constructor,
      propertyName,
      constraints: [otherProperty],
      options: { message: `must not be before ${otherProperty}`, ...options },
      validator: {
        validate(value: unknown, args) {
          const other = (args?.object as Record<string, unknown> | undefined)?.[otherProperty];
          if (typeof value !== "string" || typeof other !== "string") return true;
          if (invalidDateReason(value) || invalidDateReason(other)) return true;
          return value >= other;
        },
      },
    });
  };
}

/**
 * The fields every update input starts with: which object, and the version the caller read (a
 * stale version is refused with CONFLICT). Update inputs extend it.
 */
@InputType()
export abstract class VersionedUpdate {
  @Field(() => ID)
  @IsUUID("all", ID_MESSAGE)
  id: string;

  @Field(() => Int, { description: "The version you read; a stale version is refused." })
  @Min(1)
  version: number;
}
