import { readConfig, readDatabaseReadUrl } from "../../../api/platform/config";

const PRIMARY = "postgres://kwadrant@db-primary:5432/kwadrant";
const REPLICA = "postgres://kwadrant@db-replica:5432/kwadrant";

describe("configuration: DATABASE_READ_URL", () => {
  it("is absent without it: the analyses read on the primary", () => {
    expect(readDatabaseReadUrl({ DATABASE_URL: PRIMARY })).toBeUndefined();
    expect(readConfig({ DATABASE_URL: PRIMARY }).databaseReadUrl).toBeUndefined();
    expect(readConfig({}).databaseReadUrl).toBeUndefined();
  });

  it("takes a postgres:// or postgresql:// URL beside DATABASE_URL", () => {
    expect(readConfig({ DATABASE_URL: PRIMARY, DATABASE_READ_URL: REPLICA }).databaseReadUrl).toBe(
      REPLICA,
    );
    const other = REPLICA.replace("postgres:", "postgresql:");
    expect(readDatabaseReadUrl({ DATABASE_URL: PRIMARY, DATABASE_READ_URL: ` ${other} ` })).toBe(
      other,
    );
  });

  it("is refused without DATABASE_URL (the embedded database has no replicas)", () => {
    expect(() => readConfig({ DATABASE_READ_URL: REPLICA })).toThrow(
      /DATABASE_READ_URL: only with DATABASE_URL/,
    );
  });

  it("is refused when it is not a postgres URL", () => {
    for (const value of ["mysql://db/kwadrant", "db-replica:5432", "http://db-replica/"]) {
      expect(() =>
        readDatabaseReadUrl({ DATABASE_URL: PRIMARY, DATABASE_READ_URL: value }),
      ).toThrow(/DATABASE_READ_URL: expected a postgres:\/\/ URL/);
    }
  });
});
