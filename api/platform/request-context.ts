import type { DataSource } from "typeorm";
import { scopeOf, type Caller } from "./caller";
import { createLoaders, type Loaders } from "../server/loaders";
import type { TenantScope } from "./tenant-scope";

/**
 * What every resolver gets: the database, the caller (from the bearer token), the tenant scope
 * that follows from it and per-request loaders that apply that scope.
 */
export interface RequestContext {
  db: DataSource;
  caller: Caller;
  scope: TenantScope;
  loaders: Loaders;
}

export function createRequestContext(db: DataSource, caller: Caller): RequestContext {
  const scope = scopeOf(caller);
  return { db, caller, scope, loaders: createLoaders(db, scope) };
}
