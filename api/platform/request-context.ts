import type { DataSource } from "typeorm";
import type { Caller } from "./caller";
import { DEFAULT_MIN_GROUP_SIZE, disclosureRuleOf, type DisclosureRule } from "./disclosure";
import type { CreateLoaders, Loaders } from "./loader-registry";
import type { TenantScope } from "./tenant-scope";

/**
 * What every resolver gets: the database, the caller (from the bearer token), the tenant scope
 * that follows from it and per-request loaders that apply that scope.
 */
export interface RequestContext {
  db: DataSource;
  /**
   * Where the heavy read-only analyses read (comparisons, trends, substitution, hypothesis,
   * benchmark, reallocation): the read replica of DATABASE_READ_URL, else the same object as
   * `db`. It may trail the primary by the replication lag, so nothing that writes, and nothing
   * that must see this request's own writes, reads from it.
   */
  readDb: DataSource;
  caller: Caller;
  scope: TenantScope;
  loaders: Loaders;
  /** Which groups of an aggregate the caller may see (KWADRANT_MIN_GROUP_SIZE). */
  disclosure: DisclosureRule;
  /** Fresh loaders (after a mutation, so that the answer shows what was written). */
  renewLoaders(): void;
}

export function createRequestContext(
  db: DataSource,
  caller: Caller,
  scope: TenantScope,
  createLoaders: CreateLoaders,
  minGroupSize = DEFAULT_MIN_GROUP_SIZE,
  readDb: DataSource = db,
): RequestContext {
  return {
    db,
    readDb,
    caller,
    scope,
    disclosure: disclosureRuleOf(caller, minGroupSize),
    loaders: createLoaders(db, scope),
    renewLoaders() {
      this.loaders = createLoaders(db, scope);
    },
  };
}
