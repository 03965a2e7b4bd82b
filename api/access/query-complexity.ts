import { getNullableType, isListType, visit, type DocumentNode, type GraphQLSchema } from "graphql";
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../platform";

/** What a plain list of objects (a team's members, a result's timeline) is assumed to hold. */
const ASSUMED_LIST_SIZE = 10;

/** Fields a document may expand to, fragments followed, before it is refused outright. */
const MAX_QUERY_NODES = 10_000;

/**
 * A connection costs its children's times the page size asked for (`first`, or the default
 * page), so that `cases(first: 100) { edges { node { activities { … } } } }` costs what it may
 * return; a plain list of objects costs its children's times ASSUMED_LIST_SIZE. A connection's
 * own `edges` list is already counted by the page size.
 */
const sizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.args.some((arg) => arg.name === "first")) {
    // A larger page is refused with BAD_USER_INPUT by the page arguments themselves.
    const first =
      typeof args.first === "number" && args.first > 0
        ? Math.min(args.first, MAX_PAGE_SIZE)
        : DEFAULT_PAGE_SIZE;
    return 1 + childComplexity * first;
  }
  if (type.name.endsWith("Connection") && field.name === "edges") return 1 + childComplexity;
  if (isListType(getNullableType(field.type)) && childComplexity > 0)
    return 1 + childComplexity * ASSUMED_LIST_SIZE;
  return undefined;
};

/**
 * The estimated cost of an operation: 1 per field, multiplied by page and list sizes.
 * Infinity when the document expands (through fragments) to more than MAX_QUERY_NODES fields.
 */
export function operationComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      maxQueryNodes: MAX_QUERY_NODES,
      estimators: [
        fieldExtensionsEstimator(),
        sizeEstimator,
        simpleEstimator({ defaultComplexity: 1 }),
      ],
    });
  } catch (error) {
    if (/maximum allowed number of nodes/.test((error as Error).message)) return Infinity;
    // Invalid argument values (execution refuses them with BAD_USER_INPUT): estimate without
    // them, as if every field were a full page, so that bad arguments never dodge the limit.
    return countFields(document) * MAX_PAGE_SIZE;
  }
}

function countFields(document: DocumentNode): number {
  let fields = 0;
  visit(document, { Field: () => void (fields += 1) });
  return fields;
}
