/**
 * The reference server of `npm run bench:graphql`, started by it as a child process:
 * PostGraphile 4 with its default options over the schema `public` of DATABASE_URL, on a plain
 * Node http server at PORT (/graphql). No auth, no plugins beyond the defaults. Only what is
 * off in a production deployment is switched off: GraphiQL and schema watching (both off by
 * default) and the per-query console log (`disableQueryLog`), which Kwadrant has no counterpart of.
 */
import "./postgraphile-one-graphql";
import http from "node:http";
import { postgraphile } from "postgraphile";

function main() {
  const url = process.env.DATABASE_URL;
  const port = Number(process.env.PORT);
  if (!url || !port) throw new Error("set DATABASE_URL and PORT");
  const middleware = postgraphile(url, "public", {
    graphiql: false,
    watchPg: false,
    disableQueryLog: true,
    retryOnInitFail: false,
  });
  const server = http.createServer(middleware);
  server.listen(port, "127.0.0.1", () => {
    console.log(`PostGraphile listens on http://127.0.0.1:${port}/graphql`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main();
