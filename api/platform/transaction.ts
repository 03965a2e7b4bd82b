import { Field, ID, ObjectType } from "type-graphql";
import type { EntityManager } from "typeorm";
import type { RequestContext } from "./request-context";

@ObjectType({ description: "What a delete mutation answers: the id of the removed object." })
export class Deleted {
  @Field(() => ID)
  id: string;
}

/**
 * Runs a mutation as one transaction: all of it lands or none of it. Afterwards the
 * request's loaders start fresh, so the answer shows what was written.
 */
export async function inTransaction<T>(
  ctx: RequestContext,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  const result = await ctx.db.transaction(work);
  ctx.renewLoaders();
  return result;
}
