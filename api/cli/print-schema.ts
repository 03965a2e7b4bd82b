import "reflect-metadata";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { printSchemaText } from "../server";

/** `npm run schema:print`: writes schema.graphql, the reviewed contract of the API. */
async function main() {
  const target = path.resolve(__dirname, "../../../schema.graphql");
  await writeFile(target, await printSchemaText());
  console.log(`wrote ${target}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
