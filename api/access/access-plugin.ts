import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from "@apollo/server";
import {
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { getArgumentValues } from "graphql/execution/values";
import {
  type RequestContext,
  asGraphQLError,
  DomainError,
  audit,
  type AuditAction,
} from "../platform";
import { operationComplexity } from "./query-complexity";
import { operationDepth } from "./query-depth";
import { mayUse } from "./permissions";
import { refuseDirectIdentifiers } from "./privacy-guard";
import { refuseNulCharacters } from "./nul-characters";

interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
}

/** Types whose fields are case-level data: resolving any of them is an audited read. */
const CASE_LEVEL_TYPES = new Set([
  "Case",
  "CaseArrangement",
  "SelfRelianceAssessment",
  "SupportActivity",
  "Outcome",
]);

const IMPORTS = new Set(["importRegistrations", "importPriceItems", "importPositionResponses"]);

/** The root fields of an operation, through fragments (each fragment followed once). */
function rootFields(document: DocumentNode, operation: OperationDefinitionNode): FieldNode[] {
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
    ),
  );
  const fields: FieldNode[] = [];
  const followed = new Set<string>();
  const collect = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!followed.has(selection.name.value)) {
        followed.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return fields;
}

function touchesCaseLevelData(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        if (parent && CASE_LEVEL_TYPES.has(parent.name)) found = true;
      },
    }),
  );
  return found;
}

/** The root fields with their argument values (the filter), for the audit log. */
function describe(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fields: FieldNode[],
  variables: Record<string, unknown>,
) {
  const root =
    operation.operation === "mutation" ? schema.getMutationType() : schema.getQueryType();
  return fields
    .filter((node) => !node.name.value.startsWith("__"))
    .map((node) => {
      const definition = root?.getFields()[node.name.value];
      let args: Record<string, unknown> = {};
      try {
        if (definition) args = getArgumentValues(definition, node, variables);
      } catch {
        args = {}; // invalid arguments fail execution anyway
      }
      return { field: node.name.value, args };
    });
}

/**
 * Before anything executes: refuses operations that are too deep or too complex, refuses root
 * fields the caller's role may not use (FORBIDDEN, nothing runs), and writes the audit log for
 * reads of case-level data and imports. An import's row is written before it runs; a read's row
 * is written while the read executes (no round trip of its own on the request's path) and the
 * answer waits for it: no case-level data is sent without its row. Exports audit themselves
 * (`audit(ctx, "EXPORT", …)` with the export's id), and the download route audits each DOWNLOAD.
 */
export function accessPlugin(limits: QueryLimits): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let auditWrite: Promise<void> | null = null;
      return {
        async didResolveOperation(request) {
          try {
            auditWrite = (await guardOperation(limits, request))?.auditWrite ?? null;
          } catch (error) {
            throw asGraphQLError(error);
          }
          auditWrite?.catch(() => undefined); // answered in willSendResponse
        },
        async willSendResponse({ response }) {
          if (!auditWrite) return;
          try {
            await auditWrite;
          } catch (error) {
            // No case-level answer leaves without its audit row.
            console.error("audit of a read failed:", error);
            response.http.status = 500;
            response.body = {
              kind: "single",
              singleResult: {
                errors: [
                  {
                    message: "Internal server error",
                    extensions: { code: "INTERNAL_SERVER_ERROR" },
                  },
                ],
              },
            };
          }
        },
      };
    },
  };
}

type OperationRequest = GraphQLRequestContextDidResolveOperation<RequestContext>;

/** Refuses what may not run; answers the pending audit write of a case-level read, if any. */
async function guardOperation(
  limits: QueryLimits,
  { document, operation, contextValue, request, schema }: OperationRequest,
): Promise<{ auditWrite: Promise<void> } | null> {
  if (!operation) return null; // Apollo refuses a document without the operation itself
  const depth = operationDepth(document, request.operationName);
  if (depth > limits.maxDepth) {
    throw new DomainError(
      "QUERY_TOO_COMPLEX",
      `The query nests ${depth} levels deep; at most ${limits.maxDepth} are allowed`,
      { http: { status: 400 } },
    );
  }
  const complexity = operationComplexity(
    schema,
    document,
    request.variables,
    request.operationName,
  );
  if (complexity > limits.maxComplexity) {
    const cost = Number.isFinite(complexity)
      ? `estimated cost is ${complexity}`
      : "fragments expand to too many fields";
    throw new DomainError(
      "QUERY_TOO_COMPLEX",
      `The query's ${cost}; at most ${limits.maxComplexity} is allowed (ask for smaller pages and fewer nested lists)`,
      { http: { status: 400 } },
    );
  }
  const { caller } = contextValue;
  const fields = rootFields(document, operation);
  for (const field of fields) {
    const name = field.name.value;
    if (name.startsWith("__")) continue; // introspection: governed by its own setting
    if (!mayUse(caller.role, operation.operation, name)) {
      throw new DomainError("FORBIDDEN", `${name}: not allowed for role ${caller.role}`, {
        http: { status: 403 },
      });
    }
  }
  const described = describe(schema, operation, fields, request.variables ?? {});
  for (const { field, args } of described) refuseNulCharacters(args, field);
  if (operation.operation === "mutation") {
    // `input.name` reads as `name`, like the registration rules name their fields.
    for (const { args } of described) {
      const { input, ...rest } = args;
      refuseDirectIdentifiers(input, "");
      refuseDirectIdentifiers(rest, "");
    }
  }
  const names = fields.map((f) => f.name.value);
  let action: AuditAction | null = null;
  if (names.some((n) => IMPORTS.has(n))) action = "IMPORT";
  else if (operation.operation === "query" && touchesCaseLevelData(schema, document))
    action = "CASE_READ";
  if (!action) return null;
  const written = audit(contextValue, action, {
    operation: request.operationName ?? null,
    fields: described,
  });
  if (action === "IMPORT") {
    await written;
    return null;
  }
  return { auditWrite: written }; // wrapped: an async function would wait for a bare promise
}
