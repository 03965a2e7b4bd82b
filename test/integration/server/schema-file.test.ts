import { readFile } from "node:fs/promises";
import path from "node:path";
import { printSchemaText } from "../../../api/server/schema-text";

describe("schema.graphql", () => {
  it("is the schema the code builds (run `npm run schema:print` after changing the API)", async () => {
    const committed = await readFile(path.join(__dirname, "../../../schema.graphql"), "utf8");
    expect(committed).toBe(await printSchemaText());
  });
});
