import "reflect-metadata";
import { readConfig, openConfiguredDatabase, failureText } from "../platform";
import { startServer } from "./server";
import { seedDemoData } from "../demo";
import { developmentTokens, resolveJwtKeys } from "../access";

async function main() {
  const config = readConfig();
  const database = await openConfiguredDatabase(config, { replica: true });
  const where = config.databaseUrl
    ? `PostgreSQL (DATABASE_URL${config.databaseReadUrl ? "; analyses on the replica of DATABASE_READ_URL" : ""})`
    : `embedded PGlite in ${config.dataDir}`;
  console.log(`Database: ${where}`);
  if (config.migrateOnStart) {
    const applied = await database.dataSource.runMigrations({ transaction: "each" });
    console.log(`Migrations: ${applied.length} applied`);
  }
  if (config.seedOnStart && !config.databaseUrl) {
    const seeded = await seedDemoData(database.dataSource, { onlyIfEmpty: true });
    if (seeded) console.log(`Demo data: ${seeded}`);
  }
  const server = await startServer(config, database.dataSource, {
    readDb: database.readDataSource,
  });
  console.log(`Kwadrant listens on ${server.url}/graphql (health: ${server.url}/health)`);
  if (!config.production && !config.databaseUrl) {
    const tokens = await developmentTokens(database.dataSource, resolveJwtKeys(config));
    if (tokens.length) {
      console.log("Development tokens (12 h; `npm run token` mints more with this data folder):");
      for (const { label, token } of tokens) console.log(`  ${label}\n    ${token}`);
    }
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing open requests, then closing the database`);
    const force = setTimeout(() => {
      console.error("Shutdown took too long; exiting");
      process.exit(1);
    }, config.shutdownGraceMs);
    force.unref();
    await server.stop();
    await database.close();
    console.log("Stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error) => {
  console.error(failureText(error).text);
  process.exit(1);
});
