import { Arg, Ctx, ID, Int, Mutation, Resolver, type ClassType } from "type-graphql";
import type { ObjectLiteral } from "typeorm";
import type { RequestContext } from "./request-context";
import { deleteVersioned } from "./stored-objects";
import { Deleted, inTransaction } from "./transaction";

/** What a `delete<Type>(id, version)` mutation deletes, and how it is described. */
interface DeleteMutationSpec<T extends ObjectLiteral> {
  entity: ClassType<T>;
  /** The GraphQL type name, used in errors ("District … does not exist"). */
  typeName: string;
  /** The mutation's name; `delete<typeName>` by default. */
  name?: string;
  description?: string;
  /** The column holding the municipality (`x.id` for municipalities themselves). */
  tenantColumn?: string;
}

/**
 * A resolver base with the versioned delete of one type: `delete<Type>(id: ID!, version: Int)`
 * in one transaction, refused with CONFLICT when the version is stale and NOT_FOUND when the
 * object is not the caller's to see. Extend it: `class TeamResolver extends DeleteMutation(…)`.
 */
export function DeleteMutation<T extends ObjectLiteral>(spec: DeleteMutationSpec<T>) {
  @Resolver()
  abstract class VersionedDelete {
    @Mutation(() => Deleted, {
      name: spec.name ?? `delete${spec.typeName}`,
      ...(spec.description ? { description: spec.description } : {}),
    })
    deleteVersioned(
      @Ctx() ctx: RequestContext,
      @Arg("id", () => ID) id: string,
      @Arg("version", () => Int, { nullable: true }) version?: number,
    ) {
      return inTransaction(ctx, (em) =>
        deleteVersioned(em, spec.entity, spec.typeName, id, version, ctx.scope, spec.tenantColumn),
      );
    }
  }
  return VersionedDelete;
}
