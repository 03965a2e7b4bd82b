import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { paginate, type Connection, type PageArgs } from "./pagination";
import { scoped, type TenantScope } from "./tenant-scope";

/**
 * The SQL a filter field adds when it is set (truthy): a condition on the list's alias in which
 * `:value` is the field's value, or a condition with a function that turns the value into the
 * parameter (a `contains` pattern).
 */
export type FilterSql = string | readonly [sql: string, parameter: (value: never) => unknown];

/** How one connection lists its objects: the table, its tenant column, its order, its filters. */
export interface ListSpec<T, F> {
  entity: EntityTarget<T>;
  alias: string;
  /** The column holding the municipality (`alias.municipality_id`; `alias.id` for municipalities). */
  tenantColumn: string;
  sort: { column: string; key: (row: T) => string };
  /** The SQL of each filter field (only the fields named here filter). */
  filters?: { [K in keyof F]?: FilterSql };
}

/**
 * One page of a connection: the objects in the caller's tenant scope that pass the filter fields
 * that are set, in keyset order (two statements: the page and the total count).
 */
export function listConnection<T extends ObjectLiteral & { id: string }, F extends object>(
  db: DataSource | EntityManager,
  scope: TenantScope,
  spec: ListSpec<T, F>,
  page: PageArgs,
  filter: F | null | undefined,
): Promise<Connection<T>> {
  const query = db.getRepository(spec.entity).createQueryBuilder(spec.alias);
  let index = 0;
  for (const [field, sql] of Object.entries(spec.filters ?? {}) as [keyof F, FilterSql][]) {
    const value = filter?.[field];
    if (!value) continue;
    const [condition, parameter] = typeof sql === "string" ? [sql, (v: unknown) => v] : sql;
    const name = `filter${index++}`;
    query.andWhere(condition.replace(/:value\b/g, `:${name}`), {
      [name]: (parameter as (v: unknown) => unknown)(value),
    });
  }
  return paginate(scoped(query, scope, spec.tenantColumn), page, spec.sort);
}
