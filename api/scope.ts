import type { SelectQueryBuilder, ObjectLiteral } from "typeorm";

/**
 * Which municipalities (tenants) a request may see. Every read and write goes through it, so
 * that no request reads another municipality's data. Authentication decides it per request.
 */
export type TenantScope = { kind: "all" } | { kind: "municipalities"; ids: readonly string[] };

export const PLATFORM_SCOPE: TenantScope = { kind: "all" };

export function canSee(scope: TenantScope, municipalityId: string): boolean {
  return scope.kind === "all" || scope.ids.includes(municipalityId);
}

/** Restricts a query to the scope; `column` is the qualified municipality id column. */
export function scoped<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  scope: TenantScope,
  column: string,
): SelectQueryBuilder<T> {
  if (scope.kind === "all") return query;
  return query.andWhere(`${column} = ANY(:scopeIds)`, { scopeIds: [...scope.ids] });
}

/** Quadrant models: the built-in ones are shared by all; the others belong to a municipality. */
export function scopedModels<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  scope: TenantScope,
  alias = "x",
): SelectQueryBuilder<T> {
  if (scope.kind === "all") return query;
  return query.andWhere(`(${alias}.built_in OR ${alias}.municipality_id = ANY(:scopeIds))`, {
    scopeIds: [...scope.ids],
  });
}
