import { seedDemoData } from "../../../api/demo/demo";
import { readEntities } from "../../../api/platform/row-hydration";
import type { Database } from "../../../schema/data-source";
import { openTestDatabase } from "../../support/database";

/**
 * The loaders' and connection pages' own hydration must give exactly what TypeORM's `getMany`
 * gives: for every entity of the schema, over the demo data (dates, timestamps, decimals,
 * enums, arrays, JSON and nulls), the same objects of the same class.
 */
describe("readEntities", () => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase();
    await seedDemoData(database.dataSource);
  }, 120000);

  afterAll(() => database.close());

  it("equals getMany for every entity, row by row", async () => {
    const db = database.dataSource;
    const compared: string[] = [];
    for (const metadata of db.entityMetadatas) {
      if (metadata.tableType !== "regular") continue;
      const query = () => {
        const select = db.getRepository(metadata.target).createQueryBuilder("x").limit(500);
        for (const column of metadata.primaryColumns) select.addOrderBy(`x.${column.propertyName}`);
        return select;
      };
      const expected = await query().getMany();
      const actual = await readEntities(query());
      expect(actual).toStrictEqual(expected);
      if (expected.length) compared.push(metadata.tableName);
    }
    // The demo data fills the tables the nested reads go through.
    for (const table of ["municipality", "team", "member", "case_record", "support_activity"])
      expect(compared).toContain(table);
  }, 120000);
});
