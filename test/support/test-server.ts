import { randomBytes } from "node:crypto";
import type { Database } from "../../schema/data-source";
import {
  startServer,
  type RunningServer,
  type ServerConfig,
  type ServerOptions,
} from "../../api/server/server";
import { signJwt } from "../../api/access/jwt";
import { Role } from "../../schema/roles";
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
  /** The ADMIN bearer token gql and ok send. */
  token: string;
  /** Headers that authenticate as the default ADMIN (for fetch of other routes). */
  headers: Record<string, string>;
  /** The JWT secret the server verifies with (to forge tokens in attack tests). */
  jwtSecret: string;
  /** Mints a token for a role (and municipality, teams) with the server's secret. */
  tokenFor(
    role: Role | keyof typeof Role,
    municipalityId?: string,
    teamIds?: string[],
  ): Promise<string>;
  /** A client that sends another role's token: `await t.as("ANALYST", municipalityId)`. */
  as(
    role: Role | keyof typeof Role,
    municipalityId?: string,
    teamIds?: string[],
  ): Promise<GraphQLClient>;
  /** A client with a given bearer token (or none: null). */
  withToken(token: string | null): GraphQLClient;
  /** Plain fetch against the server, for header and body attacks. */
  raw(path: string, init?: RequestInit): Promise<Response>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export interface GraphQLClient {
  token: string | null;
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export async function startTestServer(
  options: {
    production?: boolean;
    config?: Partial<ServerConfig>;
    /** A streaming replica of TEST_DATABASE_URL's server: the analyses read there. */
    readUrl?: string;
  } & ServerOptions = {},
): Promise<TestServer> {
  const database = await openTestDatabase({ readUrl: options.readUrl });
  const production = options.production ?? false;
  const jwtSecret = options.config?.jwtSecret ?? randomBytes(32).toString("hex");
  const server = await startServer(
    {
      port: 0,
      host: "127.0.0.1",
      production,
      introspection: !production,
      jwtSecret,
      // Suites send many requests with one token; the rate-limit test sets its own limit.
      rateLimitPerMinute: 1_000_000,
      ...options.config,
    },
    database.dataSource,
    {
      importWorker: options.importWorker ?? { pollMs: 50 },
      reportWorker: options.reportWorker,
      exportDir: options.exportDir,
      readDb: database.readDataSource,
    },
  );
  const url = server.url.replace("localhost", "127.0.0.1");
  const secret = new TextEncoder().encode(jwtSecret);
  function tokenFor(role: Role | keyof typeof Role, municipalityId?: string, teamIds?: string[]) {
    return signJwt(
      secret,
      {
        sub: `test-${role.toLowerCase()}`,
        role: role as Role,
        municipality: municipalityId,
        teams: teamIds,
      },
      { issuer: options.config?.jwtIssuer, audience: options.config?.jwtAudience },
    );
  }
  function withToken(token: string | null): GraphQLClient {
    async function gql<T>(
      query: string,
      variables?: Record<string, unknown>,
    ): Promise<GraphQLResponse<T>> {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    }
    return {
      token,
      gql,
      async ok<T>(query: string, variables?: Record<string, unknown>) {
        const result = await gql<T>(query, variables);
        if (result.errors?.length)
          throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
        return result.data as T;
      },
    };
  }
  const token = await tokenFor(Role.ADMIN);
  const admin = withToken(token);
  return {
    url,
    database,
    server,
    gql: admin.gql,
    ok: admin.ok,
    token,
    headers: { authorization: `Bearer ${token}` },
    jwtSecret,
    tokenFor,
    async as(role, municipalityId, teamIds) {
      return withToken(await tokenFor(role, municipalityId, teamIds));
    },
    withToken,
    raw: (path, init) => fetch(`${url}${path}`, init),
    reset: () => truncateAll(database),
    async stop() {
      await server.stop();
      await database.close();
    },
  };
}
