import DataLoader from "dataloader";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { readEntities } from "./row-hydration";
import { scoped, scopedCaseTeams, type TenantScope } from "./tenant-scope";

/** Rows grouped by a key, in their order. */
export function groupRows<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/**
 * The DataLoader shapes the domains build their loaders from: one statement per batch, in the
 * request's tenant scope (and, for case-level tables, its team scope).
 */
export function loaderBuilders(db: DataSource, scope: TenantScope) {
  /** Objects by id; null for an id that does not exist or is out of scope. */
  function byId<T extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<T>,
    tenantColumn: string,
  ) {
    return new DataLoader<string, T | null>(async (ids) => {
      const query = db
        .getRepository(entity)
        .createQueryBuilder("x")
        .where("x.id = ANY(:ids)", { ids: [...ids] });
      scopedCaseTeams(query, scope, db.getMetadata(entity).tableName);
      const rows = await readEntities(scoped(query, scope, tenantColumn));
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  /** The rows whose `column` is the key, ordered by `orderBy` then id. */
  function manyBy<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: string,
    keyOf: (row: T) => string,
    orderBy: string,
  ) {
    return new DataLoader<string, T[]>(async (keys) => {
      const query = db
        .getRepository(entity)
        .createQueryBuilder("x")
        .where(`x.${column} = ANY(:keys)`, { keys: [...keys] })
        .orderBy(`x.${orderBy}`, "ASC")
        .addOrderBy("x.id", "ASC");
      scopedCaseTeams(query, scope, db.getMetadata(entity).tableName);
      const rows = await readEntities(scoped(query, scope, "x.municipality_id"));
      const groups = groupRows(rows, keyOf);
      return keys.map((key) => groups.get(key) ?? []);
    });
  }

  /** One direction of a many-to-many link table: the links, then the objects through `target`. */
  function across<T extends { name: string }>(
    table: string,
    own: string,
    other: string,
    target: DataLoader<string, T | null>,
  ) {
    return new DataLoader<string, T[]>(async (keys) => {
      const links: { own: string; other: string }[] = await db.query(
        `SELECT ${own} AS own, ${other} AS other FROM ${table} WHERE ${other} = ANY($1)`,
        [[...keys]],
      );
      const objects = await target.loadMany(links.map((link) => link.own));
      const groups = new Map<string, T[]>();
      links.forEach((link, index) => {
        const object = objects[index];
        if (object === null || object instanceof Error) return;
        const list = groups.get(link.other) ?? [];
        list.push(object);
        groups.set(link.other, list);
      });
      const byName = (a: T, b: T) => a.name.localeCompare(b.name, "nl");
      return keys.map((key) => (groups.get(key) ?? []).sort(byName));
    });
  }

  /** Rows of an unscoped child table (the parent was scoped when loaded), grouped by `keyOf`. */
  function childrenOf<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: string,
    keyOf: (row: T) => string,
    order?: (a: T, b: T) => number,
  ) {
    return new DataLoader<string, T[]>(async (keys) => {
      const rows = await readEntities(
        db
          .getRepository(entity)
          .createQueryBuilder("x")
          .where(`x.${column} = ANY(:keys)`, { keys: [...keys] }),
      );
      if (order) rows.sort(order);
      const groups = groupRows(rows, keyOf);
      return keys.map((key) => groups.get(key) ?? []);
    });
  }

  return { byId, manyBy, across, childrenOf };
}
