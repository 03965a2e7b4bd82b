import { startTestServer, type TestServer } from "../../support/test-server";
import { codeOf, snapshot, twoMunicipalities, type World } from "../../support/security-fixtures";

/**
 * Injection strings in filters and in imported files: SQL, LIKE wildcards, backslashes,
 * unicode and null bytes. Each is plain text: a filter finds nothing (or is refused cleanly as
 * BAD_USER_INPUT), an import is refused with its problems named, every table stays intact and
 * nothing is written.
 */
const INJECTIONS = [
  "'; DROP TABLE case_record; --",
  "%' OR '1'='1",
  "' OR 1=1 --",
  "\\",
  "\\'; SELECT pg_sleep(5); --",
  "%",
  "_",
  "ZW%0001",
  "ZW_2025",
  "ZW-2025-0001') UNION SELECT id, reference FROM case_record --",
  "Zwölle ☃ 𝔘𝔱𝔯𝔢𝔠𝔥𝔱 \u202e\u200b",
];
/** PostgreSQL text cannot hold NUL: these must be refused as bad input, not fail the server. */
const NULL_BYTES = ["ZW-2025\u00000001", "\u0000", "Noord\u0000' OR '1'='1"];

describe("security: injection strings in filters and imports", () => {
  let t: TestServer;
  let w: World;

  beforeAll(async () => {
    t = await startTestServer({ importWorker: { pollMs: 50 } });
    w = await twoMunicipalities(t);
  });
  afterAll(() => t.stop());

  /** A clean answer: nothing found, or refused as bad input; never a server error. */
  function clean(result: any, count: (data: any) => number, text: string) {
    const code = codeOf(result);
    expect([text, code]).toEqual([text, expect.stringMatching(/^(none|BAD_USER_INPUT)$/)]);
    if (code === "none") expect([text, count(result.data)]).toEqual([text, 0]);
    expect(JSON.stringify(result)).not.toMatch(/UT-2025|ZW-2025-000|syntax error|SELECT/);
  }

  async function attackFilters(texts: string[]) {
    const analyst = await t.as("ANALYST", w.own.id);
    const lead = await t.as("TEAM_LEAD", w.own.id, [w.own.team.id]);
    const before = await snapshot(t);
    for (const text of texts) {
      for (const c of [analyst, lead]) {
        const cases = await c.gql(
          `query($text: String!) { cases(first: 100, filter: { referenceContains: $text }) { totalCount edges { node { reference } } } }`,
          { text },
        );
        clean(cases, (d) => d.cases.totalCount, text);
      }
      const teams = await analyst.gql(
        `query($text: String!) { teams(first: 100, filter: { nameContains: $text }) { totalCount edges { node { name } } } }`,
        { text },
      );
      clean(teams, (d) => d.teams.totalCount, text);
      const audit = await t.gql(
        `query($text: String!) {
          byAction: auditEvents(first: 100, filter: { action: $text }) { totalCount }
          byActor: auditEvents(first: 100, filter: { actor: $text }) { totalCount } }`,
        { text },
      );
      clean(audit, (d) => d.byAction.totalCount + d.byActor.totalCount, text);
      const byMunicipality = await t.gql(
        `query($text: ID!) { auditEvents(first: 100, filter: { municipalityId: $text }) { totalCount } }`,
        { text },
      );
      expect([text, codeOf(byMunicipality)]).toEqual([text, "BAD_USER_INPUT"]);
    }
    expect(await snapshot(t)).toEqual(before);
  }

  it("finds nothing with injection strings in case, team and audit filters", async () => {
    await attackFilters(INJECTIONS);
    // the controls: the same filters find what they should, and wildcards are not wildcards
    const analyst = await t.as("ANALYST", w.own.id);
    const found = await analyst.ok(`{
      all: cases(first: 100, filter: { referenceContains: "zw-2025" }) { totalCount }
      one: cases(first: 100, filter: { referenceContains: "-0001" }) { totalCount }
      teams(first: 100, filter: { nameContains: "noord" }) { totalCount } }`);
    expect(found).toEqual({
      all: { totalCount: 2 },
      one: { totalCount: 1 },
      teams: { totalCount: 1 },
    });
    const logins = await t.ok(
      `{ auditEvents(first: 100, filter: { action: "TOKEN_LOGIN" }) { totalCount } }`,
    );
    expect(logins.auditEvents.totalCount).toBeGreaterThan(0);
  });

  it("refuses null bytes in filters as bad input, not as a server error", async () => {
    await attackFilters(NULL_BYTES);
  });

  it("refuses a price-item file with injection strings and null bytes, writing nothing", async () => {
    const list = (
      await t.ok(
        `mutation($m: ID!) { createPriceList(input: { municipalityId: $m, name: "Concept", validFrom: "2025-01-01" }) { id } }`,
        { m: w.own.id },
      )
    ).createPriceList;
    await t.ok(
      `mutation($m: ID!) { createStakeholder(input: { municipalityId: $m, code: "WMO", kind: MUNICIPALITY_WMO, name: "Wmo" }) { id } }`,
      { m: w.own.id },
    );
    const texts = [...INJECTIONS, ...NULL_BYTES];
    const rows = texts.map(
      (text, i) =>
        `${quote(text)};${quote(`Tarief ${i} ${text}`)};uur;10,00;2025;${quote(text)};WMO;fiscaal;A`,
    );
    const csv = [
      "code;naam;eenheid;prijs;prijsjaar;bron;drager;waardetype;betrouwbaarheid",
      ...rows,
    ].join("\n");
    const finance = await t.as("FINANCE", w.own.id);
    const before = await snapshot(t);
    const result = await finance.gql(
      `mutation($id: ID!, $file: ImportFileInput!) { importPriceItems(priceListId: $id, file: $file) { rowsRead rowsImported problems { row column } } }`,
      {
        id: list.id,
        file: { filename: "tarieven.csv", contentBase64: Buffer.from(csv).toString("base64") },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.importPriceItems).toMatchObject({ rowsRead: texts.length, rowsImported: 0 });
    // the codes are refused (codes are capitals, digits and _), each with its row named
    const codeRows = result.data.importPriceItems.problems
      .filter((p: any) => p.column === "code")
      .map((p: any) => p.row);
    expect(new Set(codeRows).size).toBeGreaterThanOrEqual(texts.length - 2);
    expect(await snapshot(t)).toEqual(before);
  });

  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

  /** Imports the texts as case references (CASES) or as the case and description of activities. */
  async function attackImport(kind: "CASES" | "ACTIVITIES", texts: string[]) {
    const csv =
      kind === "CASES"
        ? [
            "Casusnummer;Teamnaam;Soort;Startdatum;Leefgebieden",
            ...texts.map(
              (text) => `${quote(text)};Wijkteam Noord;hulpvraag;2025-03-01;huisvesting`,
            ),
          ].join("\n")
        : [
            "Extern_ID;Casusnummer;Datum;Uren;Rol;Omschrijving",
            ...texts.map(
              (text, i) =>
                `act-${i};${quote(text)};2025-03-01;1;maatschappelijk werker;${quote(text)}`,
            ),
          ].join("\n");
    await t.database.dataSource.query("DELETE FROM import_job");
    const before = await snapshot(t);
    const queued = await t.gql(
      `mutation($m: ID!, $kind: ImportKind!, $file: ImportFileInput!) { importRegistrations(municipalityId: $m, kind: $kind, file: $file) { id } }`,
      {
        m: w.own.id,
        kind,
        file: { filename: "aanval.csv", contentBase64: Buffer.from(csv).toString("base64") },
      },
    );
    expect(queued.errors).toBeUndefined();
    let job: any;
    for (let i = 0; i < 400; i++) {
      job = (
        await t.ok(
          `query($id: ID!) { importJob(id: $id) { status rowsInserted error problems { row } } }`,
          {
            id: queued.data.importRegistrations.id,
          },
        )
      ).importJob;
      if (job.status === "SUCCEEDED" || job.status === "FAILED") break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // refused with its problems named, not stopped by an unexpected error
    expect(job).toMatchObject({ status: "FAILED", rowsInserted: 0 });
    expect(job.error).toMatch(/^\d+ problems? in the file; nothing was written$/);
    expect(job.problems.length).toBeGreaterThan(0);
    await t.database.dataSource.query("DELETE FROM import_job");
    expect(await snapshot(t)).toEqual(before);
    const [{ n }] = await t.database.dataSource.query("SELECT count(*)::int AS n FROM case_record");
    expect(n).toBe(3);
  }

  it.each(["CASES", "ACTIVITIES"] as const)(
    "refuses a %s registration file with injection strings, writing nothing",
    (kind) => attackImport(kind, INJECTIONS),
  );

  it.each(["CASES", "ACTIVITIES"] as const)(
    "refuses a %s registration file with null bytes row by row, writing nothing",
    (kind) => attackImport(kind, NULL_BYTES),
  );
});
