import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  Kind,
} from "graphql";

/**
 * How deeply an operation nests fields (fragments followed; a fragment cycle is invalid
 * GraphQL anyway and counts as infinitely deep). Introspection fields count like any other.
 * A fragment's depth does not depend on where it is spread, so each is measured once: a
 * document that spreads fragments into each other many times costs linear time, not
 * exponential.
 */
export function operationDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);

  const measured = new Map<string, number>();
  const measuring = new Set<string>();

  function fragmentDepth(name: string): number {
    const known = measured.get(name);
    if (known !== undefined) return known;
    if (measuring.has(name)) return Infinity;
    measuring.add(name);
    const depth = depthOf(fragments.get(name)?.selectionSet);
    measuring.delete(name);
    measured.set(name, depth);
    return depth;
  }

  function depthOf(set: SelectionSetNode | undefined): number {
    if (!set) return 0;
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        deepest = Math.max(
          deepest,
          selection.selectionSet ? 1 + depthOf(selection.selectionSet) : 1,
        );
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet));
      } else {
        deepest = Math.max(deepest, fragmentDepth(selection.name.value));
      }
    }
    return deepest;
  }

  let deepest = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && definition.name?.value !== operationName) continue;
    deepest = Math.max(deepest, depthOf(definition.selectionSet));
  }
  return deepest;
}
