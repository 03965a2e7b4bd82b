import fs from "node:fs";
import path from "node:path";
import express from "express";

/** Paths the server answers itself; everything else under GET is the web application. */
const API_PATHS = /^\/(graphql|reports|health|auth|graphiql)(\/|$|\?|\.)/;
/** The web application's own routes under those paths: where the identity provider returns. */
const WEB_PATHS = new Set(["/auth/callback"]);

/** The project root: the nearest folder above this file with a package.json (source or dist/). */
function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export function defaultWebDir(): string {
  return path.join(projectRoot(), "dist", "web");
}

const NOT_BUILT = `<!doctype html><html lang="nl"><meta charset="utf-8"><title>Kwadrant</title>
<p>De webapplicatie is nog niet gebouwd: <code>npm run build</code> (of <code>npm start</code>).</p></html>`;

/**
 * GraphiQL, bundled from npm with the application (web/graphiql.html): works offline and sends
 * nothing anywhere but /graphql. Only where introspection is on, as it needs the schema.
 */
export function graphiqlPage(dir: string): express.RequestHandler {
  return (_req, res) => {
    const page = path.join(dir, "graphiql.html");
    res.setHeader("Cache-Control", "no-cache");
    if (!fs.existsSync(page)) {
      res.status(503).type("html").send(NOT_BUILT);
      return;
    }
    res.sendFile(page);
  };
}

/**
 * Serves the built single-page application (Vite's dist/web) at /, same origin as /graphql.
 * Hashed assets are cached for a year; index.html never, so a new build shows at once. A path
 * the application routes itself (/vergelijken, /casus/…) gets index.html.
 */
export function webApp(dir: string): express.Router {
  const router = express.Router();
  const index = path.join(dir, "index.html");
  router.use(
    "/assets",
    express.static(path.join(dir, "assets"), { immutable: true, maxAge: "365d", index: false }),
  );
  router.use(express.static(dir, { index: false, maxAge: 0 }));
  router.get(/.*/, (req, res, next) => {
    if ((API_PATHS.test(req.path) && !WEB_PATHS.has(req.path)) || !req.accepts("html"))
      return next();
    res.setHeader("Cache-Control", "no-cache");
    if (!fs.existsSync(index)) {
      res.status(503).type("html").send(NOT_BUILT);
      return;
    }
    res.sendFile(index);
  });
  return router;
}
