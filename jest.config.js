const transform = {
  "^.+\\.ts$": [
    "@swc/jest",
    {
      jsc: {
        parser: { syntax: "typescript", decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: "es2022",
      },
      // Dynamic import() stays native: jose is an ES module only (see api/access/jose.ts).
      module: { type: "commonjs", ignoreDynamic: true },
    },
  ],
};

const shared = {
  testEnvironment: "node",
  transform,
  setupFiles: ["reflect-metadata"],
  testTimeout: 60000,
};

/**
 * Two projects: unit tests run on plain data and start at once; integration tests start the
 * real server on a real database, from a template that global setup migrates once per run
 * (only when an integration test is selected: `npx jest test/unit` migrates nothing).
 * @type {import('jest').Config}
 */
module.exports = {
  testTimeout: 60000,
  maxWorkers: process.env.CI ? 2 : "50%",
  projects: [
    { ...shared, displayName: "unit", roots: ["<rootDir>/test/unit"], testMatch: ["**/*.test.ts"] },
    {
      ...shared,
      displayName: "integration",
      roots: ["<rootDir>/test/integration"],
      testMatch: ["**/*.test.ts"],
      globalSetup: "<rootDir>/test/support/global-setup.ts",
      globalTeardown: "<rootDir>/test/support/global-teardown.ts",
    },
  ],
};
