import type { DocumentNode, FragmentDefinitionNode, SelectionSetNode } from "graphql";
import { Kind } from "graphql";

/**
 * How deeply an operation nests fields (fragments followed; a fragment cycle is invalid
 * GraphQL anyway and counts as infinitely deep). Introspection fields count like any other.
 */
export function operationDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);

  function depthOf(set: SelectionSetNode | undefined, seen: Set<string>): number {
    if (!set) return 0;
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        deepest = Math.max(
          deepest,
          selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 1,
        );
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else {
        const name = selection.name.value;
        if (seen.has(name)) return Infinity;
        const fragment = fragments.get(name);
        deepest = Math.max(deepest, depthOf(fragment?.selectionSet, new Set([...seen, name])));
      }
    }
    return deepest;
  }

  let deepest = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && definition.name?.value !== operationName) continue;
    deepest = Math.max(deepest, depthOf(definition.selectionSet, new Set()));
  }
  return deepest;
}
