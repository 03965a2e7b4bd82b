import type { Database } from "../../schema/data-source";
import { startServer, type RunningServer, type ServerOptions } from "../../api/server";
import { openTestDatabase, truncateAll } from "./database";

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; [key: string]: unknown };
  }[];
  extensions?: { sqlStatements?: number };
}

export interface TestServer {
  url: string;
  database: Database;
  server: RunningServer;
  /** Sends one GraphQL operation over HTTP, as a client would. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error and returns data. */
  ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestServer(
  options: { production?: boolean } & ServerOptions = {},
): Promise<TestServer> {
  const database = await openTestDatabase();
  const production = options.production ?? false;
  const server = await startServer(
    { port: 0, host: "127.0.0.1", production, introspection: !production },
    database.dataSource,
    { importWorker: options.importWorker ?? { pollMs: 50 } },
  );
  const url = server.url.replace("localhost", "127.0.0.1");
  async function gql<T>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }
  return {
    url,
    database,
    server,
    gql,
    async ok<T>(query: string, variables?: Record<string, unknown>) {
      const result = await gql<T>(query, variables);
      if (result.errors?.length)
        throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as T;
    },
    reset: () => truncateAll(database),
    async stop() {
      await server.stop();
      await database.close();
    },
  };
}
