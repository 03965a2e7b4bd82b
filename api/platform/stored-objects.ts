import { randomUUID } from "node:crypto";
import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { BadInputError, ConflictError, NotFoundError } from "./errors";
import { scoped, scopedCaseTeams, type TenantScope } from "./tenant-scope";

/** An id as the API gives it out (any case; stored lower-case). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** TypeORM answers an UPDATE or DELETE … RETURNING with [rows, affected count]. */
export function returnedRows<T>(result: T[] | [T[], number]): T[] {
  return Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]);
}

/** Refuses an id that is not a UUID before it reaches SQL. */
export function requireId(field: string, value: string): string {
  if (!UUID.test(value)) throw new BadInputError(field, `"${value}" is not a valid id`);
  return value.toLowerCase();
}

/** Loads an object the caller may see, or refuses as NOT_FOUND (also when it is out of scope). */
export async function findVisible<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  typeName: string,
  id: string,
  scope: TenantScope,
  field = "id",
  tenantColumn = "x.municipality_id",
): Promise<T> {
  requireId(field, id);
  const found = await visibleQuery(em, entity, id, scope, tenantColumn).getOne();
  if (!found) throw new NotFoundError(typeName, id, field);
  return found;
}

/** The query (alias `x`) for one object by id, limited to what the caller may see. */
export function visibleQuery<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  scope: TenantScope,
  tenantColumn = "x.municipality_id",
): SelectQueryBuilder<T> {
  const repository = em.getRepository(entity);
  const query = repository.createQueryBuilder("x").where("x.id = :id", { id });
  // Case-level rows of another team are as invisible to a team-bound caller as foreign ones.
  scopedCaseTeams(query, scope, repository.metadata.tableName);
  return scoped(query, scope, tenantColumn);
}

/**
 * Optimistic concurrency: applies `changes` only when the stored version still equals the one
 * the caller read; otherwise refuses with CONFLICT so that no one overwrites unseen changes.
 */
export async function updateVersioned<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  typeName: string,
  id: string,
  version: number,
  changes: Partial<T>,
  scope: TenantScope,
  tenantColumn = "x.municipality_id",
): Promise<T> {
  const current = await findVisible(em, entity, typeName, id, scope, "id", tenantColumn);
  const result = await em
    .createQueryBuilder()
    .update(entity)
    .set(changes as never)
    .where("id = :id AND version = :version", { id, version })
    .execute();
  if (!result.affected) {
    throw new ConflictError(
      `${typeName} ${id} was changed by someone else: you sent version ${version}, the stored version is ${current.version}. Reload and apply your change again.`,
      { currentVersion: current.version },
    );
  }
  return findVisible(em, entity, typeName, id, scope, "id", tenantColumn);
}

/** Deletes when the version matches (if given); refuses with CONFLICT otherwise. */
export async function deleteVersioned<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  typeName: string,
  id: string,
  version: number | undefined,
  scope: TenantScope,
  tenantColumn = "x.municipality_id",
): Promise<T> {
  const current = await findVisible(em, entity, typeName, id, scope, "id", tenantColumn);
  if (version !== undefined && current.version !== version) {
    throw new ConflictError(
      `${typeName} ${id} was changed by someone else: you sent version ${version}, the stored version is ${current.version}.`,
      { currentVersion: current.version },
    );
  }
  const result = await em
    .createQueryBuilder()
    .delete()
    .from(entity)
    .where("id = :id AND version = :version", { id, version: current.version })
    .execute();
  if (!result.affected) {
    throw new ConflictError(`${typeName} ${id} was changed by someone else while deleting it.`);
  }
  return current;
}

/** Inserts one row (id chosen here) and returns it with the columns the database filled in. */
export async function insertRow<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  values: Omit<T, "id" | "version" | "createdAt" | "updatedAt">,
  id: string = randomUUID(),
): Promise<T> {
  const row = em.create(entity, { ...values, id } as never) as T;
  await em.insert(entity, row as never);
  return row;
}
