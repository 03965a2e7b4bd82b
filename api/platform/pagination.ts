import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { Max, Min, IsOptional } from "class-validator";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { BadInputError } from "./errors";
import { readEntities } from "./row-hydration";

/** Largest page a connection returns (KWADRANT_MAX_PAGE_SIZE, default 100). */
export const MAX_PAGE_SIZE = Number(process.env.KWADRANT_MAX_PAGE_SIZE || 100);

/** Page size of a connection asked for without `first`. */
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  @IsOptional()
  @Min(1, { message: "must be at least 1" })
  @Max(MAX_PAGE_SIZE, { message: `must be at most ${MAX_PAGE_SIZE}` })
  first?: number;

  @Field(() => String, { nullable: true, description: "Cursor: return the items after this one." })
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the Relay connection type for a node type (TeamConnection, TeamEdge …). */
export function ConnectionType<T extends object>(node: ClassType<T>) {
  @ObjectType(`${node.name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${node.name}Connection`)
  class ConnectionClass {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: "Number of items matching the filter, over all pages." })
    totalCount: number;
  }
  return ConnectionClass;
}

function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString("base64url");
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === "string")) {
      return value as [string, string];
    }
  } catch {
    // fall through to the error below
  }
  throw new BadInputError("after", "not a cursor returned by this connection");
}

/**
 * Keyset pagination ordered by (sortColumn, id): stable under inserts, and one statement for
 * the page plus one for the total count.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  args: PageArgs,
  sort: { column: string; key: (row: T) => string },
): Promise<Connection<T>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const alias = query.alias;
  const totalCount = await query.clone().getCount();
  const page = query.clone();
  if (args.after) {
    const [key, id] = decodeCursor(args.after);
    page.andWhere(`(${sort.column}, ${alias}.id) > (:afterKey, :afterId)`, {
      afterKey: key,
      afterId: id,
    });
  }
  const rows = await readEntities(
    page
      .orderBy(sort.column, "ASC")
      .addOrderBy(`${alias}.id`, "ASC")
      .limit(first + 1),
  );
  const hasNextPage = rows.length > first;
  const edges = rows
    .slice(0, first)
    .map((node) => ({ cursor: encodeCursor(sort.key(node), node.id), node }));
  return {
    edges,
    pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    totalCount,
  };
}
