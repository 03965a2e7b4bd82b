import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { reportFile } from "../../../api/accountability/report-files";
import { startTestServer, type TestServer } from "../../support/test-server";
import { createCase } from "../../support/registration-fixtures";
import { codeOf, snapshot, twoMunicipalities, type World } from "../../support/security-fixtures";

/**
 * Hardening of issue 7 beyond the first cut: limits that fragments and plain lists cannot
 * dodge, aggregates that team-bound roles cannot narrow to single cases, identifiers in price
 * lists, erased cases that take no new data, downloads inside the rate limit, no schema hints
 * in production and a parser token limit.
 */
const post = (t: TestServer, body: unknown, headers: Record<string, string> = t.headers) =>
  t.raw("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

describe("security hardening (default limits, development mode)", () => {
  let t: TestServer;
  let w: World;

  beforeAll(async () => {
    t = await startTestServer();
    w = await twoMunicipalities(t);
    // a published price list, so that the own municipality's aggregates answer
    await t.ok(
      `mutation($m: ID!) { createStakeholder(input: { municipalityId: $m, code: "WMO", kind: MUNICIPALITY_WMO, name: "Wmo" }) { id } }`,
      { m: w.own.id },
    );
    const list = (
      await t.ok(
        `mutation($m: ID!) { createPriceList(input: { municipalityId: $m, name: "Prijslijst", validFrom: "2025-01-01" }) { id } }`,
        { m: w.own.id },
      )
    ).createPriceList;
    const filled = await t.ok(
      `mutation($id: ID!, $items: [PriceItemInput!]!) { addPriceItems(priceListId: $id, items: $items) { version } }`,
      {
        id: list.id,
        items: [
          {
            code: "UUR",
            name: "Uur",
            unit: "HOUR",
            price: "80.00",
            priceYear: 2025,
            bearerCode: "WMO",
            valueType: "FISCAL",
            grade: "A",
            source: "CBS",
          },
        ],
      },
    );
    await t.ok(`mutation($id: ID!, $v: Int!) { publishPriceList(id: $id, version: $v) { id } }`, {
      id: list.id,
      v: filled.addPriceItems.version,
    });
  });
  afterAll(() => t.stop());

  it("refuses a document whose fragments fan out exponentially, promptly", async () => {
    const fragments = Array.from({ length: 30 }, (_, i) =>
      i < 29
        ? `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`
        : `fragment F29 on Query { municipalities { edges { node { id } } } }`,
    );
    const response = await post(t, { query: `query { ...F0 } ${fragments.join(" ")}` });
    const body = (await response.json()) as any;
    expect([response.status, body.errors?.[0]?.extensions?.code]).toEqual([
      400,
      "QUERY_TOO_COMPLEX",
    ]);
    expect(body.data).toBeUndefined();
    // the control: the same fragments, not fanned out, are fine
    const flat = await post(t, {
      query: `query { ...F0 } fragment F0 on Query { ...F1 } fragment F1 on Query { municipalities { edges { node { id } } } }`,
    });
    expect(flat.status).toBe(200);
  });

  it("counts plain lists and connections without `first` as full pages", async () => {
    const nestedLists = `teams { members { team { members { team { members { team { members { id } } } } } } } }`;
    for (const query of [
      `{ municipality(code: "GM0193") { ${nestedLists} } }`, // 10 levels deep
      `{ municipalities { edges { node { ${nestedLists} } } } }`, // 12 levels deep
    ]) {
      const response = await post(t, { query });
      const body = (await response.json()) as any;
      expect([query, response.status, body.errors?.[0]?.extensions?.code]).toEqual([
        query,
        400,
        "QUERY_TOO_COMPLEX",
      ]);
      // within the depth limit: it is the estimated cost that refuses it
      expect(body.errors[0].message).not.toMatch(/levels deep/);
    }
    // the control: one level of plain lists is cheap
    const shallow = await t.gql(`{ municipality(code: "GM0193") { teams { members { name } } } }`);
    expect(shallow.errors).toBeUndefined();
    expect(shallow.data.municipality.teams).toHaveLength(2);
  });

  it("refuses a TEAM_LEAD's aggregates narrowed to case references; ANALYST may", async () => {
    const aggregates = [
      `{ effectComparison(groupBy: TEAM, filter: { referenceContains: "ZW-2025-0002" }) { cases } }`,
      `{ selfRelianceChange(filter: { referenceContains: "ZW-2025-0002" }) { domain cases } }`,
    ];
    const lead = await t.as("TEAM_LEAD", w.own.id, [w.own.team.id]);
    const analyst = await t.as("ANALYST", w.own.id);
    for (const query of aggregates) {
      const refused = await lead.gql(query);
      expect([query, codeOf(refused)]).toEqual([query, "BAD_USER_INPUT"]);
      expect(refused.errors?.[0].message).toMatch(/^filter\.referenceContains: /);
      expect(refused.data ?? null).toBeNull();
      const allowed = await analyst.gql(query);
      expect([query, allowed.errors]).toEqual([query, undefined]);
    }
    // its own teams' cases it may still find by reference
    const own = await lead.ok(
      `{ cases(first: 10, filter: { referenceContains: "ZW-2025" }) { edges { node { reference } } } }`,
    );
    expect(own.cases.edges.map((e: any) => e.node.reference)).toEqual(["ZW-2025-0001"]);
  });

  it("refuses a BSN-like number standing alone or in a price list's name", async () => {
    const finance = await t.as("FINANCE", w.own.id);
    const create = (name: string) =>
      finance.gql(
        `mutation($m: ID!, $name: String!) { createPriceList(input: { municipalityId: $m, name: $name, validFrom: "2025-01-01" }) { id } }`,
        { m: w.own.id, name },
      );
    const before = await snapshot(t);
    for (const name of ["111222333", "Prijslijst 111222333", "111.222.333"]) {
      const result = await create(name);
      expect([name, codeOf(result)]).toEqual([name, "BAD_USER_INPUT"]);
      expect(result.errors?.[0].message).toMatch(/name: .*BSN/);
      expect(JSON.stringify(result)).not.toContain("111222333");
    }
    expect(await snapshot(t)).toEqual(before);
    // the control: numbers that are no BSN are names like any other
    const fine = await create("Prijslijst 2025 (versie 123456789)");
    expect(fine.errors).toBeUndefined();
    await t.ok(`mutation($id: ID!) { deletePriceList(id: $id) { id } }`, {
      id: fine.data.createPriceList.id,
    });
  });

  it("refuses e-mail addresses and BSNs in imported price items, writing nothing", async () => {
    const list = (
      await t.ok(
        `mutation($m: ID!) { createPriceList(input: { municipalityId: $m, name: "Concept", validFrom: "2025-01-01" }) { id } }`,
        { m: w.own.id },
      )
    ).createPriceList;
    const finance = await t.as("FINANCE", w.own.id);
    const header = "code;naam;eenheid;prijs;prijsjaar;bron;drager;waardetype;betrouwbaarheid";
    for (const [row, column] of [
      ["UUR;Uur van jan@example.nl;uur;80,00;2025;CBS;WMO;fiscaal;A", "name"],
      ["UUR;Uur 111222333;uur;80,00;2025;CBS;WMO;fiscaal;A", "name"],
      ["UUR;Uur;uur;80,00;2025;mail piet@example.org;WMO;fiscaal;A", "source"],
      ["UUR;Uur;uur;80,00;2025;dossier 1112.22.333;WMO;fiscaal;A", "source"],
    ]) {
      const before = await snapshot(t);
      const result = await finance.gql(
        `mutation($id: ID!, $file: ImportFileInput!) { importPriceItems(priceListId: $id, file: $file) { rowsImported problems { row column value reason } } }`,
        {
          id: list.id,
          file: {
            filename: "prijzen.csv",
            contentBase64: Buffer.from(`${header}\n${row}`).toString("base64"),
          },
        },
      );
      expect(JSON.stringify(result)).not.toMatch(/jan@|piet@|111222333|1112\.22\.333/);
      if (result.errors) {
        expect([row, codeOf(result)]).toEqual([row, "BAD_USER_INPUT"]);
      } else {
        const report = result.data.importPriceItems;
        expect([row, report.rowsImported]).toEqual([row, 0]);
        expect(report.problems.map((p: any) => [p.row, p.column])).toContainEqual([2, column]);
      }
      expect(await snapshot(t)).toEqual(before);
    }
  });

  it("refuses every write to an erased case (CONFLICT), and unbundles it both ways", async () => {
    const lead = await t.as("TEAM_LEAD", w.own.id, [w.own.team.id]);
    const arrangement = (
      await t.ok(
        `mutation($m: ID!) { createArrangement(input: { municipalityId: $m, name: "Maatjes", form: INDIVIDUAL_SUPPORT, components: [{ role: VOLUNTEER, plannedHoursPerMonth: "2" }] }) { id } }`,
        { m: w.own.id },
      )
    ).createArrangement;
    const issue = await createCase(t, w.own.team.id, "ZW-K-2025-07", { kind: "COLLECTIVE_ISSUE" });
    const request = await createCase(t, w.own.team.id, "ZW-2025-0700");
    const other = await createCase(t, w.own.team.id, "ZW-2025-0701");
    const bundle = `mutation($i: ID!, $r: [ID!]!) { bundleCases(issueId: $i, requestIds: $r) { id } }`;
    await lead.ok(bundle, { i: issue.id, r: [request.id, other.id] });
    const links = (id: string) =>
      t.database.dataSource.query(
        `SELECT count(*)::int AS n FROM case_bundle WHERE issue_id = $1 OR request_id = $1`,
        [id],
      );
    expect((await links(issue.id))[0].n).toBe(2);

    // erasing the bundling issue removes its links too, not only links where it is a request
    await lead.ok(`mutation($id: ID!) { eraseCase(id: $id, reason: "verzoek inwoner") { id } }`, {
      id: issue.id,
    });
    expect((await links(issue.id))[0].n).toBe(0);
    await lead.ok(`mutation($id: ID!) { eraseCase(id: $id, reason: "verzoek inwoner") { id } }`, {
      id: request.id,
    });
    const erased = await t.ok(`query($id: ID!) { case(id: $id) { version } }`, { id: request.id });
    const newIssue = await createCase(t, w.own.team.id, "ZW-K-2025-08", {
      kind: "COLLECTIVE_ISSUE",
    });

    const writes: [string, string, Record<string, unknown>][] = [
      [
        "updateCase",
        `mutation($id: ID!, $v: Int!) { updateCase(input: { id: $id, version: $v, closedOn: "2025-06-01" }) { id } }`,
        { id: request.id, v: erased.case.version },
      ],
      [
        "recordSupport",
        `mutation($id: ID!) { recordSupport(input: { caseId: $id, activityDate: "2025-02-01", hours: "1", role: SOCIAL_WORKER }) { id } }`,
        { id: request.id },
      ],
      [
        "recordOutcome",
        `mutation($id: ID!) { recordOutcome(input: { caseId: $id, outcomeDate: "2025-06-01", description: "Werk", quantity: "1" }) { id } }`,
        { id: request.id },
      ],
      [
        "applyArrangement",
        `mutation($id: ID!, $a: ID!) { applyArrangement(input: { caseId: $id, arrangementId: $a, startedOn: "2025-02-01" }) { id } }`,
        { id: request.id, a: arrangement.id },
      ],
      [
        "recordAssessment",
        `mutation($id: ID!) { recordAssessment(input: { caseId: $id, assessedOn: "2025-07-01", scores: [{ domain: HOUSING, score: 3 }] }) { id } }`,
        { id: request.id },
      ],
      ["bundleCases (request)", bundle, { i: newIssue.id, r: [request.id] }],
      ["bundleCases (issue)", bundle, { i: issue.id, r: [other.id] }],
    ];
    const before = await snapshot(t);
    for (const [name, mutation, variables] of writes) {
      const result = await lead.gql(mutation, variables);
      expect([name, codeOf(result), result.data ?? null]).toEqual([name, "CONFLICT", null]);
      expect(result.errors?.[0].message).not.toContain("ZW-2025-0700");
    }
    expect(await snapshot(t)).toEqual(before);
    // the control: the case that was not erased still takes data
    await lead.ok(writes[1][1], { id: other.id });
  });

  it("outside production, an unknown field's error suggests the right one (what production hides)", async () => {
    const result = await t.gql(`{ municipalitie(code: "GM0193") { id } }`);
    expect(codeOf(result)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(result.errors?.[0].message).toMatch(/Did you mean/);
  });

  it("refuses a document of more than 5,000 tokens while parsing, running none of it", async () => {
    const padding = Array.from({ length: 2600 }, (_, i) => `a${i}: __typename`).join(" ");
    const before = await snapshot(t);
    const response = await post(t, {
      query: `mutation { createMunicipality(input: { code: "GM0999", name: "Nergenshuizen" }) { id } ${padding} }`,
    });
    const body = (await response.json()) as any;
    expect(response.status).toBe(400);
    expect(body.errors?.[0].message).toMatch(/tokens/);
    expect(body.data).toBeUndefined();
    expect(await snapshot(t)).toEqual(before);
    // the control: a long but smaller document runs
    const smaller = Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(" ");
    expect((await post(t, { query: `{ ${smaller} }` })).status).toBe(200);
  });
});

describe("security hardening (production, rate limit 3 per minute)", () => {
  let t: TestServer;
  let municipalityId: string;
  let exportDir: string;
  let exportId: string;

  beforeAll(async () => {
    exportDir = await mkdtemp(path.join(os.tmpdir(), "kwadrant-hardening-exports-"));
    t = await startTestServer({
      production: true,
      exportDir,
      reportWorker: false,
      config: { rateLimitPerMinute: 3 },
    });
    // straight into the database: the ADMIN token has only 3 requests a minute here
    const db = t.database.dataSource;
    [{ id: municipalityId }] = await db.query(
      `INSERT INTO municipality (code, name) VALUES ('GM0193', 'Zwolle') RETURNING id`,
    );
    const [row] = await db.query(
      `INSERT INTO report_export (municipality_id, language, filter, status, finished_at)
       VALUES ($1, 'NL', '{}', 'SUCCEEDED', now()) RETURNING id`,
      [municipalityId],
    );
    exportId = row.id;
    await writeFile(reportFile(exportDir, exportId, "xlsx"), "workbook");
  });
  afterAll(async () => {
    await t.stop();
    await rm(exportDir, { recursive: true, force: true });
  });

  it("counts report downloads towards the token's rate limit", async () => {
    // the limit counts per calendar minute: start well inside one
    const seconds = new Date().getSeconds();
    if (seconds >= 50) await new Promise((resolve) => setTimeout(resolve, (61 - seconds) * 1000));
    const finance = await t.as("FINANCE", municipalityId);
    const auth = { authorization: `Bearer ${finance.token}` };
    const download = () => t.raw(`/reports/${exportId}.xlsx`, { headers: auth });
    const statuses = [
      (await post(t, { query: "{ __typename }" }, auth)).status,
      (await download()).status,
      (await download()).status,
    ];
    expect(statuses).toEqual([200, 200, 200]);
    const fourth = await download();
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(((await fourth.json()) as any).errors[0].extensions.code).toBe("RATE_LIMITED");
    const fifth = await post(t, { query: "{ __typename }" }, auth);
    expect(fifth.status).toBe(429);
    // another token has its own count
    const other = await t.as("FINANCE", municipalityId);
    const otherDownload = await t.raw(`/reports/${exportId}.xlsx`, {
      headers: { authorization: `Bearer ${other.token}` },
    });
    expect(otherDownload.status).toBe(200);
  });

  it("gives no 'Did you mean' hints about the schema", async () => {
    const result = await (await t.as("ADMIN")).gql(`{ municipalitie(code: "GM0193") { id } }`);
    expect(codeOf(result)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(result.errors?.[0].message).toMatch(/municipalitie/);
    expect(JSON.stringify(result)).not.toMatch(/Did you mean|"municipality"|municipalities/);
  });
});
