import "reflect-metadata";
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../../schema/data-source";

/** Migrates one embedded database and saves it as the template every test file starts from. */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return;
  const templatePath = path.join(os.tmpdir(), `kwadrant-test-template-${process.pid}.tar.gz`);
  process.env.KWADRANT_TEMPLATE = templatePath;
  const database = await openDatabase({ dataDir: "memory://" });
  await database.dataSource.runMigrations({ transaction: "each" });
  const dump = await database.pglite!.dumpDataDir("gzip");
  await writeFile(templatePath, Buffer.from(await dump.arrayBuffer()));
  await database.close();
}
