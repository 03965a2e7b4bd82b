import type { DataSource } from "typeorm";
import type { TenantScope } from "./tenant-scope";

/**
 * The per-request DataLoaders of every domain. The interface starts empty: each domain adds its
 * loaders to it (declaration merging, in its `loaders.ts`) and hands its factory to the server,
 * which composes them (`composeLoaders`). The platform itself knows no domain.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/**
 * Makes one domain's loaders for one request, in the request's tenant scope. It may build on
 * the loaders of the domains composed before it (a provision's districts go through the
 * organisation's district loader, so that a request loads each district once).
 */
type LoaderFactory<L extends object = object, Before = any> = (
  db: DataSource,
  scope: TenantScope,
  before: Before,
) => L;

/** What the server hands each request: all the domains' loaders at once. */
export type CreateLoaders<L extends object = Loaders> = (db: DataSource, scope: TenantScope) => L;

type Intersection<T extends readonly unknown[]> = T extends readonly [infer H, ...infer R]
  ? H & Intersection<R>
  : object;

/**
 * One factory of all the domains' loaders, each given those composed before it. Its type is the intersection of theirs, so a server
 * that forgets a domain's factory does not compile where it expects `Loaders`.
 */
export function composeLoaders<F extends readonly LoaderFactory[]>(
  ...factories: F
): CreateLoaders<Intersection<{ [K in keyof F]: ReturnType<F[K]> }>> {
  return (db, scope) => {
    const loaders = {};
    for (const factory of factories) Object.assign(loaders, factory(db, scope, loaders));
    return loaders as Intersection<{ [K in keyof F]: ReturnType<F[K]> }>;
  };
}
