// Dependency rules of Kwadrant, checked by `npm run lint` (dependency-cruiser). See README "Layout".
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      severity: "error",
      comment:
        "Modules form a tree of layers: no module may reach itself again, type imports included.",
      from: {},
      to: { circular: true },
    },
    {
      name: "calculators-are-pure",
      severity: "error",
      comment:
        "calculators/ takes plain data and returns plain data: it imports itself, decimal.js and jstat (distributions) only.",
      from: { path: "^calculators/" },
      to: { pathNot: ["^calculators/", "^node_modules/decimal\\.js/", "^node_modules/jstat/"] },
    },
    {
      name: "charts-are-pure",
      comment:
        "charts/ holds the ECharts option builders shared by web/ and the workbook: plain TypeScript, no DOM, no React, no ECharts modules; it imports itself only.",
      severity: "error",
      from: { path: "^charts/" },
      to: { pathNot: "^charts/" },
    },
    {
      name: "reports-are-pure",
      severity: "error",
      comment:
        "reports/ builds workbooks from plain data: never from api/, the model or the database.",
      from: { path: "^reports/" },
      to: {
        path: [
          "^api/",
          "^schema/",
          "^migrations/",
          "^node_modules/(typeorm|pg|@electric-sql|type-graphql|graphql|dataloader)/",
        ],
      },
    },
    {
      name: "domains-through-their-door",
      severity: "error",
      comment:
        "A folder of api/ (a domain, platform, server, cli, demo) is entered through its index.ts only.",
      from: { path: "^api/([^/]+)/" },
      to: { path: "^api/([^/]+)/", pathNot: ["^api/$1/", "^api/[^/]+/index\\.ts$"] },
    },
    {
      name: "platform-knows-no-domain",
      severity: "error",
      comment: "The platform is what every domain stands on; it imports none of them.",
      from: { path: "^api/platform/" },
      to: { path: "^api/", pathNot: "^api/platform/" },
    },
    {
      name: "model-knows-no-api",
      severity: "error",
      comment: "schema/ (entities, inputs, enums) is below api/ and does not import it.",
      from: { path: "^(schema|migrations)/" },
      to: { path: "^(api|reports|bench|test)/" },
    },
    {
      name: "migrations-stand-alone",
      severity: "error",
      comment:
        "A migration is a frozen step: only the data source runs them, and tests prepare databases with them.",
      from: { pathNot: ["^migrations/", "^schema/data-source\\.ts$", "^test/support/"] },
      to: { path: "^migrations/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
    },
    reporterOptions: {
      archi: {
        collapsePattern:
          "^(api/[^/]+|calculators/[^/]+|reports|schema|migrations|node_modules/[^/]+)",
      },
    },
  },
};
