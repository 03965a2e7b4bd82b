import http from "node:http";
import express from "express";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import type { DataSource } from "typeorm";
import type { Config } from "./config";
import { createRequestContext, type RequestContext } from "./context";
import { makeErrorFormatter } from "./error-format";
import { buildGraphQLSchema } from "./graphql-schema";
import { PLATFORM_SCOPE } from "./scope";
import { statementScope, type StatementTally } from "../schema/statement-counter";
import { startImportWorker, type ImportWorkerOptions } from "./jobs/import-worker";

type ServerContext = RequestContext & { tally?: StatementTally };

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
}

export async function startServer(
  config: Pick<Config, "port" | "host" | "production" | "introspection"> &
    Partial<Pick<Config, "maxBodyBytes">>,
  db: DataSource,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const schema = await buildGraphQLSchema();
  const apollo = new ApolloServer<ServerContext>({
    schema,
    introspection: config.introspection,
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !config.production,
    formatError: makeErrorFormatter(config.production),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      config.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
      ...(config.production ? [] : [statementCountPlugin()]),
    ],
  });
  await apollo.start();

  app.get("/health", async (_req, res) => {
    try {
      await db.query("SELECT 1");
      res.json({ status: "ok", database: "up" });
    } catch {
      res.status(503).json({ status: "unavailable", database: "down" });
    }
  });

  app.use(
    "/graphql",
    express.json({ limit: config.maxBodyBytes ?? 16 * 1024 * 1024 }),
    (_req, _res, next) => statementScope.run({ count: 0 }, next),
    expressMiddleware(apollo, {
      // Until authentication lands every request has the platform scope; the scope is the one
      // place tenant isolation is decided, so every query already goes through it.
      context: async () => ({
        ...createRequestContext(db, PLATFORM_SCOPE),
        tally: statementScope.getStore(),
      }),
    }),
  );

  const importWorker =
    options.importWorker === false ? null : startImportWorker(db, options.importWorker);

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
    },
  };
}
