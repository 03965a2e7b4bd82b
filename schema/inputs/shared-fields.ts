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
  /** Only carries the value's TypeScript type. */
  readonly value?: T;
}

export function shared<T>(
  type: () => FieldType,
  rules: Rule[],
  options: { create?: FieldOptions; update?: FieldOptions } = {},
): SharedField<T> {
  return { type, rules, ...options };
}

type SharedFields = Record<string, SharedField<unknown>>;
export type ValuesOf<S extends SharedFields> = {
  [K in keyof S]: S[K] extends SharedField<infer V> ? V : never;
};
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
    const options = mode === "create" ? { ...spec.create } : { ...spec.update, nullable: true };
    const optional = mode === "update" ? [IsOptional()] : [];
    decorate(Fields.prototype, property, [Field(spec.type, options), ...optional, ...spec.rules]);
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
