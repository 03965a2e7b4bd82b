import "reflect-metadata";
import { readConfig, openConfiguredDatabase, failureText } from "../platform";
import { seedDemoData } from "../demo";

/** `npm run seed`: migrates, then adds the demo data that is not there yet (idempotent). */
async function main() {
  const database = await openConfiguredDatabase(readConfig());
  try {
    await database.dataSource.runMigrations({ transaction: "each" });
    const summary = await seedDemoData(database.dataSource);
    console.log(summary ?? "demo data already present; nothing added");
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(failureText(error).text);
  process.exit(1);
});
