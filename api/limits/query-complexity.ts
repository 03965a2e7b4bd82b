import { visit, type DocumentNode, type GraphQLSchema } from "graphql";
import { MAX_PAGE_SIZE } from "../pagination";
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from "graphql-query-complexity";

/**
 * A connection's cost is its children's times the page size asked for (`first`), so that
 * `cases(first: 100) { edges { node { activities { … } } } }` costs what it may return.
 */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  // A larger page is refused with BAD_USER_INPUT by the page arguments themselves.
  const first =
    typeof args.first === "number" && args.first > 0 ? Math.min(args.first, MAX_PAGE_SIZE) : null;
  return first === null ? undefined : 1 + childComplexity * first;
};

/** The estimated cost of an operation: 1 per field, multiplied by page sizes. */
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
      estimators: [
        fieldExtensionsEstimator(),
        pageEstimator,
        simpleEstimator({ defaultComplexity: 1 }),
      ],
    });
  } catch {
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
