import { IsOptional } from "class-validator";
import { Field, InputType, type FieldOptions } from "type-graphql";

/** What a `@Field(() => …)` type function returns (type-graphql does not export the type). */
type FieldType = ReturnType<Extract<Parameters<typeof Field>[0], (...args: never[]) => unknown>>;
/** A class-validator or type-graphql property decorator. */
type Rule = (target: object, property: string) => void;

/**
 * One field that an object's create and update inputs share: its GraphQL type and its rules are
 * written once. In the update input it is optional (nullable, `IsOptional`); each input may give
 * the field options of its own (a default value, a description).
 */
export interface SharedField<T> {
  type: () => FieldType;
  rules: Rule[];
  create?: FieldOptions;
  update?: FieldOptions;
  /** Optional in the create input too (nullable, `IsOptional`). */
  optional?: boolean;
  /** Only carries the value's TypeScript type. */
  readonly value?: T;
}

interface SharedOptions {
  create?: FieldOptions;
  update?: FieldOptions;
  optional?: boolean;
}

export function shared<T, O extends SharedOptions = SharedOptions>(
  type: () => FieldType,
  rules: Rule[],
  options?: O,
): SharedField<T> & O {
  return { type, rules, ...options } as SharedField<T> & O;
}

type SharedFields = Record<string, SharedField<unknown>>;
type ValueOf<F> = F extends SharedField<infer V> ? V : never;
type OptionalKeys<S> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
export type ValuesOf<S extends SharedFields> = {
  [K in Exclude<keyof S, OptionalKeys<S>>]: ValueOf<S[K]>;
} & { [K in OptionalKeys<S>]?: ValueOf<S[K]> };
type Constructor<T = object> = abstract new () => T;

/** Applies decorators as stacked `@A @B prop` would: the lowest first. */
function decorate(target: object, property: string, decorators: Rule[]) {
  for (const decorator of [...decorators].reverse()) decorator(target, property);
}

function withFields(
  name: string,
  Base: Constructor,
  fields: SharedFields,
  mode: "create" | "update",
) {
  // type-graphql gives an input the fields of a parent that is an input type itself; no
  // operation names the parent, so it stays out of the schema.
  @InputType(`${name}${mode === "create" ? "Create" : "Update"}Fields`)
  abstract class Fields extends (Base as new () => object) {}
  for (const [property, spec] of Object.entries(fields)) {
    const optional = mode === "update" || spec.optional;
    const options =
      mode === "create"
        ? { ...spec.create, ...(optional ? { nullable: true } : {}) }
        : { ...spec.update, nullable: true };
    const rules = optional ? [IsOptional(), ...spec.rules] : spec.rules;
    decorate(Fields.prototype, property, [Field(spec.type, options), ...rules]);
  }
  return Fields;
}

/** The base of a create input: every shared field, required unless its options say otherwise. */
export function createFields<S extends SharedFields>(
  name: string,
  fields: S,
): Constructor<ValuesOf<S>> {
  return withFields(name, Object, fields, "create") as Constructor<ValuesOf<S>>;
}

/** The base of an update input: `Base` (id and version) and every shared field, optional. */
export function updateFields<B extends object, S extends SharedFields>(
  name: string,
  Base: Constructor<B>,
  fields: S,
): Constructor<B & Partial<ValuesOf<S>>> {
  return withFields(name, Base, fields, "update") as Constructor<B & Partial<ValuesOf<S>>>;
}
