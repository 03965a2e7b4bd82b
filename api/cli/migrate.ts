import "reflect-metadata";
import { readConfig, openConfiguredDatabase, failureText } from "../platform";

/** `npm run migrate`: applies pending migrations to the configured database. */
async function main() {
  const database = await openConfiguredDatabase(readConfig());
  try {
    const applied = await database.dataSource.runMigrations({ transaction: "each" });
    for (const migration of applied) console.log(`applied ${migration.name}`);
    console.log(
      applied.length ? `${applied.length} migration(s) applied` : "database is up to date",
    );
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(failureText(error).text);
  process.exit(1);
});
