import { startTestServer, type GraphQLClient, type TestServer } from "../../support/test-server";
import {
  codeOf,
  expectNoneOf,
  MISSING_ID,
  normalised,
  snapshot,
} from "../../support/security-fixtures";
import { foreignSecrets, richWorld, type RichWorld } from "../../support/security-world";
import {
  foreignIdProbes,
  MUNICIPAL_ROLES,
  READERS,
  type MunicipalRole,
} from "../../support/security-probes";

/**
 * Another municipality's ids, sent by every municipal role: by id, and as arguments inside
 * queries. Each answer must be exactly the answer for an id of nothing (README: "Another
 * municipality's object answers NOT_FOUND (or null), exactly as one that does not exist"),
 * and the same question about the own municipality (the control) must show its data.
 */
const ROLES = MUNICIPAL_ROLES;

describe("security: another municipality's ids", () => {
  let t: TestServer;
  let w: RichWorld;
  let secrets: string[];

  beforeAll(async () => {
    // Tenant isolation in a world of a few cases: disclosure control would hide every group here
    // (it has its own test, analyses/disclosure-control.test.ts).
    t = await startTestServer({ config: { minGroupSize: 1 } });
    w = await richWorld(t);
    secrets = foreignSecrets(w);
  });
  afterAll(() => t.stop());

  const client = (role: MunicipalRole): Promise<GraphQLClient> =>
    t.as(role, w.own.id, role === "TEAM_LEAD" || role === "PROFESSIONAL" ? [w.own.team.id] : []);

  /** field → [foreign id, own id, roles that may ask] */
  function byId(): [string, string, string, readonly MunicipalRole[]][] {
    const f = w.foreignData;
    const o = w.ownData;
    return [
      ["municipality", w.foreign.id, w.own.id, ROLES],
      ["district", w.foreign.district.id, w.own.district.id, ROLES],
      ["team", w.foreign.team.id, w.own.team.id, ROLES],
      ["member", w.foreign.member.id, w.own.member.id, ROLES],
      ["arrangement", f.arrangementId, o.arrangementId, ROLES],
      ["provision", f.provisionId, o.provisionId, ROLES],
      ["quadrantModel", f.modelId, o.modelId, ROLES],
      ["positionSurvey", f.surveyId, o.surveyId, READERS],
      ["priceList", f.priceListId, o.priceListId, ROLES],
      ["case", w.foreignCase.id, w.ownCase.id, ROLES],
      ["importJob", f.importJobId, o.importJobId, ["ANALYST"]],
      ["reportExport", f.reportExportId, o.reportExportId, ["FINANCE"]],
    ];
  }

  it.each(ROLES)(
    "%s reads every kind of foreign object by id as if it did not exist",
    async (role) => {
      const c = await client(role);
      for (const [field, foreignId, ownId, allowed] of byId()) {
        const ask = (id: string) => c.gql(`query($id: ID!) { ${field}(id: $id) { id } }`, { id });
        const [foreign, missing, own] = await Promise.all([
          ask(foreignId),
          ask(MISSING_ID),
          ask(ownId),
        ]);
        expect([field, normalised(foreign, [foreignId])]).toEqual([
          field,
          normalised(missing, [MISSING_ID]),
        ]);
        expectNoneOf(
          foreign,
          secrets.filter((secret) => secret !== foreignId),
          field,
        );
        if (allowed.includes(role)) {
          expect([field, foreign.errors, foreign.data?.[field]]).toEqual([field, undefined, null]);
          expect([field, own.data?.[field]?.id]).toEqual([field, ownId]); // control
        } else {
          expect([field, codeOf(foreign), codeOf(own)]).toEqual([field, "FORBIDDEN", "FORBIDDEN"]);
        }
      }
      const byCode = (code: string) => c.gql(`{ municipality(code: "${code}") { id name } }`);
      const [foreign, missing, own] = await Promise.all([
        byCode("GM0344"),
        byCode("GM9999"),
        byCode("GM0193"),
      ]);
      expect(foreign).toEqual(missing);
      expect(foreign.data.municipality).toBeNull();
      expect(own.data.municipality.name).toBe("Zwolle");
    },
  );

  it.each(ROLES)("%s gets nothing through a foreign id inside a query", async (role) => {
    const c = await client(role);
    const before = await snapshot(t);
    for (const probe of foreignIdProbes(w)) {
      const { name, query, foreign, own } = probe;
      // the same variables with each foreign id replaced by an id of nothing
      const foreignIds = secrets.filter((id) => JSON.stringify(foreign).includes(id));
      let missingText = JSON.stringify(foreign);
      for (const id of foreignIds) missingText = missingText.split(id).join(MISSING_ID);
      const [viaForeign, viaMissing, viaOwn] = await Promise.all([
        c.gql(query, foreign),
        c.gql(query, JSON.parse(missingText)),
        c.gql(query, own),
      ]);
      // an error may repeat the id that was sent, nothing else
      const others = secrets.filter((secret) => !foreignIds.includes(secret));
      expectNoneOf(viaForeign, others, name);
      expect([name, normalised(viaForeign, foreignIds)]).toEqual([
        name,
        normalised(viaMissing, [MISSING_ID]),
      ]);
      if (!probe.roles.includes(role)) {
        expect([name, codeOf(viaForeign), codeOf(viaOwn)]).toEqual([
          name,
          "FORBIDDEN",
          "FORBIDDEN",
        ]);
        continue;
      }
      expect([name, codeOf(viaForeign)]).toEqual([name, probe.refusal]);
      const shown = viaOwn.errors ? viaOwn.errors : probe.shows(viaOwn.data);
      expect([name, shown]).toEqual([name, probe.expected]);
    }
    expect(await snapshot(t)).toEqual(before);
  });
});
