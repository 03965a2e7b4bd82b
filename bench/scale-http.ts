import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { startServer, type RunningServer } from "../api/server/server";
import { signJwt } from "../api/access/jwt";
import { Role } from "../schema/roles";

/**
 * The real server over HTTP on the bench database (no import or report worker: the bench
 * drives those itself), with an ANALYST token of the large municipality. Outside production
 * every response says how many SQL statements it cost (extensions.sqlStatements).
 */
export interface BenchServer {
  server: RunningServer;
  gql(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data: any; statements: number }>;
}

export async function startBenchServer(
  db: DataSource,
  municipalityId: string,
): Promise<BenchServer> {
  const jwtSecret = randomBytes(32).toString("hex");
  const server = await startServer(
    {
      port: 0,
      host: "127.0.0.1",
      production: false,
      introspection: false,
      jwtSecret,
      rateLimitPerMinute: 1_000_000,
    },
    db,
    { importWorker: false, reportWorker: false },
  );
  const token = await signJwt(new TextEncoder().encode(jwtSecret), {
    sub: "bench-analyst",
    role: Role.ANALYST,
    municipality: municipalityId,
  });
  const url = `${server.url.replace("localhost", "127.0.0.1")}/graphql`;
  return {
    server,
    async gql(query, variables) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as {
        data?: any;
        errors?: unknown[];
        extensions?: { sqlStatements?: number };
      };
      if (body.errors?.length)
        throw new Error(`GraphQL: ${JSON.stringify(body.errors).slice(0, 800)}`);
      return { data: body.data, statements: body.extensions?.sqlStatements ?? -1 };
    },
  };
}

export const COMPARISON_QUERY = `query Comparison($m: ID!) {
  effectComparison(groupBy: ARRANGEMENT, filter: { municipalityId: $m }) {
    cases unpricedActivities unpricedOutcomes
    groups { key label cases investment presentValue npv sroiRatio }
    total { cases investment presentValue npv sroiRatio }
  }
}`;

export const SUBSTITUTION_QUERY = `query Substitution($m: ID!) {
  substitution(municipalityId: $m, from: "2024-01-01", to: "2026-12-31", granularity: QUARTER) {
    rows { period careLayer scenario hours units costs }
    totals { careLayer scenario hours units costs }
    unpricedActivities
  }
}`;

export const CASE_PAGE_QUERY = `query CasePage($m: ID!) {
  cases(first: 100, filter: { municipalityId: $m }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id reference openedOn closedOn kind problemDomains
      team { id name } district { id name }
      arrangements { id startedOn endedOn arrangement { id name form } }
      activities { id scenario activityDate hours units recurMonths collective priceItemCode member { id name role } }
      outcomes { id scenario outcomeDate description priceItemCode quantity durationYears recurMonths }
    } }
  }
}`;
