import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema, getMetadataStorage } from "type-graphql";
import { resolvers } from "./resolvers";

/**
 * Fields that only read a property of their object get graphql-js's default resolver. Without
 * this, type-graphql wraps every such field in a middleware runner (there are none here): a
 * closure and a promise chain per scalar of every row, the largest cost of a nested read.
 */
function markPropertyFieldsSimple(): void {
  const storage = getMetadataStorage();
  const objectTypeOf = (target: object) =>
    storage.resolverClasses
      .find((resolverClass) => resolverClass.target === target)
      ?.getObjectType();
  const resolved = new Set(
    storage.fieldResolvers.map(
      (resolver) =>
        `${(resolver.getObjectType?.() ?? objectTypeOf(resolver.target))?.name}.${resolver.methodName}`,
    ),
  );
  for (const field of storage.fields) {
    const plain =
      field.name === field.schemaName &&
      !field.middlewares?.length &&
      !field.roles &&
      !field.params?.length &&
      !resolved.has(`${field.target.name}.${field.name}`);
    if (plain && field.simple === undefined) field.simple = true;
  }
}

/** Builds the executable schema from the resolvers (code first). */
export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  markPropertyFieldsSimple();
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
