import type { DataSource } from "typeorm";
import { createLoaders, type Loaders } from "./loaders";
import type { TenantScope } from "./scope";

/** What every resolver gets: the database, the caller's tenant scope and per-request loaders. */
export interface RequestContext {
  db: DataSource;
  scope: TenantScope;
  loaders: Loaders;
}

export function createRequestContext(db: DataSource, scope: TenantScope): RequestContext {
  return { db, scope, loaders: createLoaders(db, scope) };
}
