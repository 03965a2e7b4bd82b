import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import {
  GraphQLSchema,
  Kind,
  NoFragmentCyclesRule,
  TypeInfo,
  ValidationContext,
  visit,
  type DocumentNode,
} from "graphql";

/** Both rules read the document only; a ValidationContext wants a schema all the same. */
const NO_SCHEMA = new GraphQLSchema({});

/**
 * How deeply an operation nests fields, fragments followed (spreads and inline fragments add no
 * level). Introspection fields count like any other. Measured by graphql-armor's max-depth rule,
 * which measures each fragment once: a document that spreads fragments into each other many
 * times costs linear time, not exponential. A fragment cycle (graphql's own rule finds it) is
 * invalid GraphQL anyway and counts as infinitely deep.
 */
export function operationDepth(document: DocumentNode, operationName?: string | null): number {
  const measured: DocumentNode = {
    ...document,
    definitions: document.definitions.filter(
      (definition) =>
        definition.kind !== Kind.OPERATION_DEFINITION ||
        !operationName ||
        definition.name?.value === operationName,
    ),
  };
  let cyclic = false;
  const context = new ValidationContext(NO_SCHEMA, measured, new TypeInfo(NO_SCHEMA), () => {
    cyclic = true;
  });
  visit(measured, NoFragmentCyclesRule(context));
  if (cyclic) return Infinity;
  let deepest = 0;
  const depthRule = maxDepthRule({
    n: Infinity, // measure only: the access plugin refuses, with its own code and message
    ignoreIntrospection: false,
    flattenFragments: true,
    onAccept: [(_context, { n }: { n: number }) => (deepest = Math.max(deepest, n))],
  });
  visit(measured, depthRule(context));
  return deepest;
}
