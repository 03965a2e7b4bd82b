/**
 * Imported first by bench/postgraphile-server.ts: makes every module of PostGraphile load the
 * same copy of `graphql` (and of `graphile-build`). PostGraphile 4 wants graphql 15 while
 * Kwadrant uses 16, so npm installs graphql 15 twice (under postgraphile/ and under
 * graphile-build-pg/) and leaves graphql-parse-resolve-info on the top-level 16; mixed, every
 * query fails with "Cannot use GraphQLScalarType "Int" from another module or realm". Requests
 * for these packages are sent to the copies next to postgraphile itself.
 */
import Module from "node:module";
import path from "node:path";

const POSTGRAPHILE = path.dirname(require.resolve("postgraphile/package.json"));
const SHARED = ["graphql", "graphile-build"].map((name) => ({
  name,
  dir: path.dirname(require.resolve(`${name}/package.json`, { paths: [POSTGRAPHILE] })),
}));

const modules = Module as unknown as {
  _resolveFilename: (request: string, ...rest: unknown[]) => string;
};
const resolve = modules._resolveFilename;
modules._resolveFilename = function (request: string, ...rest: unknown[]) {
  for (const { name, dir } of SHARED) {
    if (request === name || request.startsWith(`${name}/`))
      return resolve.call(this, dir + request.slice(name.length), ...rest);
  }
  return resolve.call(this, request, ...rest);
};
