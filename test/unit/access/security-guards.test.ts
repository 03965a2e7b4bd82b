import { parse } from "graphql";
import { refuseDirectIdentifiers } from "../../../api/access/privacy-guard";
import { mayUse } from "../../../api/access/permissions";
import { Role } from "../../../schema/roles";
import { scopeOf } from "../../../api/platform/caller";
import { operationDepth } from "../../../api/access/query-depth";
import { readConfig } from "../../../api/platform/config";

describe("privacy guard over mutation arguments", () => {
  it("refuses BSN-like numbers and e-mail addresses at any depth, naming the path", () => {
    expect(() =>
      refuseDirectIdentifiers({ name: "Wijkteam 1", items: [{ note: "ok" }] }, ""),
    ).not.toThrow();
    expect(() => refuseDirectIdentifiers({ items: [{ note: "bsn 1112.22.333" }] }, "")).toThrow(
      /^items\[0\]\.note: must not contain a BSN-like number/,
    );
    expect(() => refuseDirectIdentifiers({ label: "a.b@c.nl" }, "")).toThrow(
      /^label: must not contain an e-mail/,
    );
  });

  it("leaves ids, numbers, file contents and case references to their own rules", () => {
    expect(() =>
      refuseDirectIdentifiers(
        {
          id: "0a000000-0000-4000-8000-00000000000a",
          // nine digits failing the eleven-test, and longer amounts, are no BSN
          amount: "123456789",
          total: "1112223330",
          price: "111222333.50",
          contentBase64: "MTExMjIyMzMz",
          reference: "111222333",
        },
        "",
      ),
    ).not.toThrow();
  });

  it("refuses a bare BSN-like number standing alone as a value", () => {
    expect(() => refuseDirectIdentifiers({ input: { name: "111222333" } }, "")).toThrow(
      /^input\.name: must not contain a BSN-like number/,
    );
    expect(() => refuseDirectIdentifiers({ note: "111 222 333" }, "")).toThrow(/^note: .*BSN/);
  });
});

describe("roles and scope", () => {
  it("derives the scope from the caller", () => {
    const base = { subject: "s", tokenId: "t", via: "jwt" as const };
    expect(scopeOf({ ...base, role: Role.ADMIN, municipalityId: null, teamIds: [] })).toEqual({
      kind: "all",
    });
    expect(scopeOf({ ...base, role: Role.ANALYST, municipalityId: "m", teamIds: ["x"] })).toEqual({
      kind: "municipalities",
      ids: ["m"],
    });
    expect(scopeOf({ ...base, role: Role.TEAM_LEAD, municipalityId: "m", teamIds: ["x"] })).toEqual(
      {
        kind: "municipalities",
        ids: ["m"],
        caseTeamIds: ["x"],
      },
    );
  });

  it("makes unlisted fields ADMIN-only", () => {
    expect(mayUse(Role.ADMIN, "query", "somethingNew")).toBe(true);
    expect(mayUse(Role.ANALYST, "query", "somethingNew")).toBe(false);
    expect(mayUse(Role.PROFESSIONAL, "mutation", "recordSupport")).toBe(true);
    expect(mayUse(Role.PROFESSIONAL, "mutation", "createCase")).toBe(false);
  });
});

describe("query depth", () => {
  it("counts nesting through fragments and inline fragments", () => {
    expect(operationDepth(parse("{ a { b { c } } }"))).toBe(3);
    expect(
      operationDepth(parse("{ a { ...F } } fragment F on T { b { ... on T { c { d } } } }")),
    ).toBe(4);
    expect(operationDepth(parse("{ a { ...F } } fragment F on T { b { ...F } }"))).toBe(Infinity);
  });
});

describe("introspection setting", () => {
  const introspection = (env: NodeJS.ProcessEnv) => readConfig(env).introspection;

  it("is off in production unless KWADRANT_INTROSPECTION turns it on", () => {
    expect(introspection({ NODE_ENV: "production" })).toBe(false);
    expect(introspection({ NODE_ENV: "production", KWADRANT_INTROSPECTION: "" })).toBe(false);
    expect(introspection({ NODE_ENV: "production", KWADRANT_INTROSPECTION: "false" })).toBe(false);
    expect(introspection({ NODE_ENV: "production", KWADRANT_INTROSPECTION: "true" })).toBe(true);
  });

  it("is on outside production unless turned off", () => {
    expect(introspection({})).toBe(true);
    expect(introspection({ NODE_ENV: "development" })).toBe(true);
    expect(introspection({ NODE_ENV: "test", KWADRANT_INTROSPECTION: "false" })).toBe(false);
    expect(introspection({ KWADRANT_INTROSPECTION: "0" })).toBe(false);
  });
});
