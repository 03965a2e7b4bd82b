import http from "node:http";
import express from "express";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { printSchema } from "graphql";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import type { DataSource } from "typeorm";
import {
  type Config,
  createRequestContext,
  type RequestContext,
  makeErrorFormatter,
  scopeOf,
  type Caller,
  UnauthenticatedError,
  asGraphQLError,
  hasReadReplica,
  replicaHealth,
} from "../platform";
import { buildGraphQLSchema } from "./graphql-schema";
import {
  accessPlugin,
  authenticateRequest,
  createAuthenticator,
  createRateLimit,
  graphqlAuthMiddleware,
  jsonErrorHandler,
  rateLimitMiddleware,
  resolveJwtKeys,
  devSignInRouter,
  authConfigRouter,
  discoverOidc,
} from "../access";
import { defaultWebDir, graphiqlPage, webApp } from "./web-app";
import { createLoaders } from "./loaders";
import { statementScope, type StatementTally } from "../../schema/statement-counter";
import { startImportWorker, type ImportWorkerOptions } from "../imports";
import {
  createDownloadLinks,
  reportDownloadHandler,
  exportDirectory,
  startReportWorker,
} from "../accountability";
type ServerContext = RequestContext & { tally?: StatementTally };

/** Lexical tokens a GraphQL document may have; the largest legitimate query here has ~1,000. */
const MAX_QUERY_TOKENS = 5000;

/** Outside production, each response tells how many SQL statements it cost (for tests and tuning). */
function statementCountPlugin(): ApolloServerPlugin<ServerContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single" || !contextValue.tally) return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            sqlStatements: contextValue.tally.count,
          };
        },
      };
    },
  };
}

export interface RunningServer {
  app: express.Express;
  httpServer: http.Server;
  url: string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Options for the in-process import worker; `false` runs none (another replica does). */
  importWorker?: ImportWorkerOptions | false;
  /** Options for the in-process report export worker; `false` runs none. */
  reportWorker?: { pollMs?: number; replicaWaitMs?: number } | false;
  /** Folder of the exported workbooks; default KWADRANT_EXPORT_DIR (see report-files.ts). */
  exportDir?: string;
  /**
   * The read replica (DATABASE_READ_URL) for the heavy read-only analyses and the export's
   * figures; default the primary `db` itself.
   */
  readDb?: DataSource;
}

/** Settings the server reads; the security ones default as in config.ts (see README). */
export type ServerConfig = Pick<Config, "port" | "host" | "production" | "introspection"> &
  Partial<
    Pick<
      Config,
      | "maxBodyBytes"
      | "dataDir"
      | "jwtSecret"
      | "jwtPublicKey"
      | "jwksUrl"
      | "jwtIssuer"
      | "jwtAudience"
      | "rateLimitPerMinute"
      | "maxQueryDepth"
      | "maxQueryComplexity"
      | "devSignIn"
      | "webDir"
      | "linkSecret"
      | "linkMinutes"
      | "minGroupSize"
      | "oidc"
    >
  >;

export async function startServer(
  config: ServerConfig,
  db: DataSource,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const app = express();
  app.disable("x-powered-by");
  const readDb = options.readDb ?? db;
  // Refuses to start in production without a configured key (see auth/keys.ts).
  const jwtKeys = resolveJwtKeys({ ...config, dataDir: config.dataDir ?? "./data" });
  // The identity provider's keys and issuer, discovered once; the server does not start without.
  if (config.oidc) jwtKeys.oidc = await discoverOidc(config.oidc);
  app.locals.kwadrantAuthenticate = createAuthenticator(db, jwtKeys);
  const httpServer = http.createServer(app);
  const schema = await buildGraphQLSchema();
  const apollo = new ApolloServer<ServerContext>({
    schema,
    introspection: config.introspection,
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !config.production,
    // Without introspection, "Did you mean …" suggestions would reveal the schema bit by bit.
    hideSchemaDetailsFromClientErrors: !config.introspection,
    // Refuses oversized documents while parsing, before validation or any limit runs.
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    csrfPrevention: true,
    formatError: makeErrorFormatter(config.production),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's landing page loads from a CDN (and runs telemetry): GraphiQL at /graphiql instead.
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of answers here (each is the caller's own); the cache-control plugin
      // would otherwise wrap every field's resolver to compute a cache policy nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.production ? [] : [statementCountPlugin()]),
      accessPlugin({
        maxDepth: config.maxQueryDepth ?? 12,
        maxComplexity: config.maxQueryComplexity ?? 50000,
      }) as ApolloServerPlugin<ServerContext>,
    ],
  });
  await apollo.start();

  app.get("/health", async (_req, res) => {
    try {
      await db.query("SELECT 1");
      if (!hasReadReplica(db, readDb)) {
        res.json({ status: "ok", database: "up" });
        return;
      }
      // A replica down slows nothing but the analyses: degraded, yet still serving (200).
      const replica = await replicaHealth(db, readDb);
      res.json({
        status: replica.replica === "up" ? "ok" : "degraded",
        database: "up",
        ...replica,
      });
    } catch {
      res.status(503).json({ status: "unavailable", database: "down" });
    }
  });

  // The developer sign-in: never in production, and not beside an identity provider — there
  // users sign in where the municipality manages them, and a second way in would bypass it.
  const devSignIn = Boolean(config.devSignIn) && !config.production && !config.oidc;
  if (devSignIn) app.use("/auth/dev", devSignInRouter(db, jwtKeys));
  app.use(
    "/auth",
    authConfigRouter({
      oidc: config.oidc
        ? {
            issuer: jwtKeys.oidc?.issuer ?? config.oidc.issuer,
            clientId: config.oidc.clientId,
            scope: config.oidc.scope,
            audience: config.oidc.audience,
          }
        : null,
      devSignIn,
    }),
  );

  const exportDir = options.exportDir ?? exportDirectory();
  const downloadLinks = createDownloadLinks({
    linkSecret: config.linkSecret,
    jwtSecret: config.jwtSecret,
    minutes: config.linkMinutes ?? 5,
  });
  const rateLimit = createRateLimit(db, config.rateLimitPerMinute ?? 600);
  app.use("/reports", rateLimitMiddleware(rateLimit));
  app.use(
    reportDownloadHandler(db, {
      dir: exportDir,
      authenticate: authenticateRequest,
      auditDownloads: true,
      links: downloadLinks,
    }),
  );

  const webDir = config.webDir ?? defaultWebDir();
  if (config.introspection) {
    app.get("/graphiql", graphiqlPage(webDir));
    // GraphiQL reads the schema here rather than by its introspection query, which nests deeper
    // than the depth limit allows (and the limit holds for introspection too).
    const sdl = printSchema(schema);
    app.get("/graphiql/schema.graphql", async (req, res) => {
      try {
        await authenticateRequest(req);
      } catch {
        res.status(401).type("text").send("A valid bearer token is required");
        return;
      }
      res.type("text/plain").send(sdl);
    });
    // A browser opening /graphql finds the IDE; clients sending queries get the API.
    app.get("/graphql", (req, res, next) => {
      if (req.query.query === undefined && req.accepts(["json", "html"]) === "html")
        return res.redirect(302, "/graphiql");
      next();
    });
  }
  app.use(
    "/graphql",
    graphqlAuthMiddleware(rateLimit),
    express.json({ limit: config.maxBodyBytes ?? 16 * 1024 * 1024 }),
    (_req, _res, next) => statementScope.run({ count: 0 }, next),
    expressMiddleware(apollo, {
      // The caller comes from the bearer token; the tenant scope follows from it, and the scope
      // is the one place tenant isolation is decided.
      context: async ({ res }) => {
        const caller = res.locals.caller as Caller | undefined;
        if (!caller) throw asGraphQLError(new UnauthenticatedError());
        const context = createRequestContext(
          db,
          caller,
          scopeOf(caller),
          createLoaders,
          config.minGroupSize,
          readDb,
        );
        return Object.assign(context, { tally: statementScope.getStore(), downloadLinks });
      },
    }),
  );
  app.use(webApp(webDir));
  app.use(jsonErrorHandler(config.production));

  const importWorker =
    options.importWorker === false ? null : startImportWorker(db, options.importWorker);
  const reportWorker =
    options.reportWorker === false
      ? null
      : startReportWorker(db, { ...options.reportWorker, dir: exportDir, readDb });

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  return {
    app,
    httpServer,
    url: `http://localhost:${port}`,
    async stop() {
      await apollo.stop();
      // A running import is aborted between batches and queued again for the next start.
      await importWorker?.stop();
      await reportWorker?.stop();
    },
  };
}
