import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata";
import { DriverUtils } from "typeorm/driver/DriverUtils";

/**
 * Entities from a plain single-table select, hydrated by a plan compiled once per entity
 * instead of TypeORM's general transformer (which groups rows for joins, looks up relations and
 * runs the class's field initialisers per row: about a tenth of a nested read's CPU, measured
 * with bench:graphql). The values are TypeORM's own (`prepareHydratedValue`), so an entity read
 * here equals one read by `getMany`; only the columns whose type TypeORM converts pay for it.
 */

interface ColumnPlan {
  key: string;
  property: string;
  /** TypeORM's conversion of the raw value, for the types it converts; else the value as is. */
  convert: ((value: unknown) => unknown) | null;
  /** A transformer also sees null. */
  convertsNull: boolean;
}

interface EntityPlan {
  prototype: object;
  columns: ColumnPlan[];
}

/** Types whose raw value from pg TypeORM passes through unchanged (see PostgresDriver). */
const AS_IS = new Set<unknown>([
  "uuid",
  "varchar",
  "character varying",
  "text",
  "int",
  "integer",
  "int4",
  "smallint",
  "numeric",
  "decimal",
  "jsonb",
  "json",
  "boolean",
  "bool",
  Number,
  String,
]);

const plans = new WeakMap<EntityMetadata, Map<string, EntityPlan | null>>();

function convertsAsIs(column: ColumnMetadata): boolean {
  return !column.transformer && !column.isArray && AS_IS.has(column.type);
}

/** The plan of `metadata` under `alias`, or null when its shape needs TypeORM's transformer. */
function compilePlan(query: SelectQueryBuilder<ObjectLiteral>, metadata: EntityMetadata) {
  const simple =
    typeof metadata.target === "function" &&
    metadata.embeddeds.length === 0 &&
    metadata.relationIds.length === 0 &&
    metadata.afterLoadListeners.length === 0 &&
    metadata.lazyRelations.length === 0 &&
    !metadata.discriminatorColumn;
  if (!simple) return null;
  const { driver } = query.connection;
  const alias = query.alias;
  const columns = metadata.columns.map((column) => ({
    key: DriverUtils.buildAlias(driver, undefined, alias, column.databaseName),
    property: column.propertyName,
    convert: convertsAsIs(column)
      ? null
      : (value: unknown) => driver.prepareHydratedValue(value, column),
    convertsNull: Boolean(column.transformer),
  }));
  return { prototype: (metadata.target as { prototype: object }).prototype, columns };
}

function planOf(query: SelectQueryBuilder<ObjectLiteral>): EntityPlan | null {
  const { expressionMap } = query;
  const metadata = expressionMap.mainAlias?.hasMetadata ? expressionMap.mainAlias.metadata : null;
  if (!metadata || expressionMap.joinAttributes.length > 0 || expressionMap.selects.length > 1)
    return null;
  let byAlias = plans.get(metadata);
  if (!byAlias) plans.set(metadata, (byAlias = new Map()));
  let plan = byAlias.get(query.alias);
  if (plan === undefined) byAlias.set(query.alias, (plan = compilePlan(query, metadata)));
  return plan;
}

function hydrate<T>(plan: EntityPlan, raw: Record<string, unknown>): T {
  const entity = Object.create(plan.prototype) as Record<string, unknown>;
  for (const { key, property, convert, convertsNull } of plan.columns) {
    const value = raw[key];
    if (value === undefined) continue;
    entity[property] = convert && (value !== null || convertsNull) ? convert(value) : value;
  }
  return entity as T;
}

/** `query.getMany()` for a select of one entity's columns; other shapes go to TypeORM. */
export async function readEntities<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
): Promise<T[]> {
  const plan = planOf(query as SelectQueryBuilder<ObjectLiteral>);
  if (!plan) return query.getMany();
  const rows: Record<string, unknown>[] = await query.getRawMany();
  return rows.map((raw) => hydrate<T>(plan, raw));
}
