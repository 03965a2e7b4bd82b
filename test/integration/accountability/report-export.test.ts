import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { seedDemoData } from "../../../api/demo/demo";
import { MODEL_A_ID } from "../../../migrations/1763900100000-QuadrantModels";
import { MONEY_FORMAT } from "../../../reports/cell-formats";
import { startTestServer, type TestServer } from "../../support/test-server";
import {
  COMPARISON,
  caseEffects,
  download,
  euro,
  exportReport,
  formulaOf,
  readWorkbook,
  rowLabelled,
} from "../../support/report-helpers";

/** A month of the API ("2025-03") as the workbook's date cell: its first day, midnight UTC. */
const monthDate = (period: string) =>
  new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1));

/**
 * Accountability workbooks end to end: a year of Zwolle's demo data exported over GraphQL,
 * built by the worker, downloaded over HTTP, read back with exceljs, and every total compared
 * with the API's figure for the same filter, to the cent.
 */
describe("accountability workbook export", () => {
  let t: TestServer;
  let dir: string;
  let zwolle: string;
  const period = { from: "2025-01-01", to: "2025-12-31" };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "kwadrant-reports-"));
    t = await startTestServer({ exportDir: dir, reportWorker: { pollMs: 50 } });
    await seedDemoData(t.database.dataSource);
    [{ id: zwolle }] = await t.database.dataSource.query(
      "SELECT id FROM municipality WHERE code = 'GM0193'",
    );
  }, 120000);
  afterAll(async () => {
    await t.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("exports a year of one municipality whose every total equals the API's, to the cent", async () => {
    const { job, seen } = await exportReport(t, { municipalityId: zwolle, ...period });
    expect(job).toMatchObject({ status: "SUCCEEDED", progress: 1, error: null, language: "NL" });
    expect(job.downloadUrl).toBe(`/reports/${job.id}.xlsx`);
    expect(job.csvUrl).toBe(`/reports/${job.id}.csv`);
    // downloadable for KWADRANT_EXPORT_RETENTION_DAYS (30) from when it finished
    const times = (
      await t.ok(`query($id: ID!) { reportExport(id: $id) { finishedAt expiresAt attempts } }`, {
        id: job.id,
      })
    ).reportExport;
    expect(Date.parse(times.expiresAt) - Date.parse(times.finishedAt)).toBe(30 * 86400 * 1000);
    expect(times.attempts).toBe(1);
    expect(seen[0]).toBe(0);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);

    const { response, body } = await download(t, job.downloadUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Verantwoording Zwolle 2025.xlsx"; filename*=UTF-8''Verantwoording%20Zwolle%202025.xlsx`,
    );
    const workbook = await readWorkbook(body);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Samenvatting",
      "Tijdlijn",
      "Wie betaalt, wie baat",
      "Arrangementen",
      "Kwadranten",
      "Casussen",
      "Casusmaanden",
      "Prijslijst",
      "Aannames",
    ]);

    const filter = { municipalityId: zwolle, ...period };
    const perTeam = (await t.ok(COMPARISON, { groupBy: "TEAM", filter })).effectComparison;
    const perArrangement = (await t.ok(COMPARISON, { groupBy: "ARRANGEMENT", filter }))
      .effectComparison;
    const api = perTeam.total;
    expect(api.cases).toBeGreaterThan(10);
    expect(job.cases).toBe(api.cases);

    // Samenvatting: team rows are the API's groups; the total row is formulas with the API's total.
    const summary = workbook.getWorksheet("Samenvatting")!;
    expect(summary.getCell("A1").value).toBe("Verantwoording Zwolle 2025");
    perTeam.groups.forEach((group: any, index: number) => {
      const row = summary.getRow(5 + index);
      expect(row.getCell(1).value).toBe(group.label);
      expect(row.getCell(2).value).toBe(group.cases);
      expect(row.getCell(8).value).toBe(euro(group.investment));
      expect(row.getCell(9).value).toBe(euro(group.presentValue));
    });
    const total = rowLabelled(summary, "Totaal");
    // after the team rows, one empty row, then the total
    expect(total.number).toBe(5 + perTeam.groups.length + 1);
    const lastTeam = total.number - 2;
    const cached = (column: number) => formulaOf(total.getCell(column)).result;
    expect(formulaOf(total.getCell(2))).toEqual({
      formula: `SUM(B5:B${lastTeam})`,
      result: api.cases,
    });
    expect(formulaOf(total.getCell(5)).formula).toBe(`ROUND(SUM(E5:E${lastTeam}),2)`);
    expect(cached(5)).toBe(euro(api.nominal.costs));
    expect(cached(6)).toBe(euro(api.nominal.returns));
    expect(cached(7)).toBe(euro(api.nominal.net));
    expect(cached(8)).toBe(euro(api.investment));
    expect(cached(9)).toBe(euro(api.presentValue));
    expect(cached(10)).toBe(euro(api.npv));
    expect(cached(11)).toBe(api.sroiRatio === null ? "" : Number(api.sroiRatio));
    expect(total.getCell(12).value).toBe(api.ratioLow === null ? null : Number(api.ratioLow));
    expect(total.getCell(13).value).toBe(api.ratioHigh === null ? null : Number(api.ratioHigh));
    // the payback month as a date: month n is the n-th month of the total's timeline
    expect(total.getCell(14).value).toEqual(
      api.paybackMonth === null ? null : monthDate(api.timeline[api.paybackMonth - 1].period),
    );
    expect(total.getCell(14).numFmt).toBe("[$-413]mmm yyyy");
    expect(total.getCell(8).numFmt).toBe(MONEY_FORMAT);
    // …and the rows above add up to it, to the cent
    let cents = 0;
    for (let r = 5; r <= lastTeam; r++)
      cents += Math.round(Number(summary.getCell(r, 8).value) * 100);
    expect(cents).toBe(Math.round(euro(api.investment) * 100));
    // hours, individual and collective apart, sum over the teams
    const hours = formulaOf(total.getCell(3));
    expect(hours.formula).toBe(`SUM(C5:C${lastTeam})`);
    expect(Number(hours.result) + Number(formulaOf(total.getCell(4)).result)).toBeGreaterThan(0);

    // Tijdlijn: periods are SUMIFS over the case months; the totals are the API's.
    const timeline = workbook.getWorksheet("Tijdlijn")!;
    expect(timeline.getCell("A5").value).toEqual(monthDate(api.timeline[0].period));
    expect(formulaOf(timeline.getCell("B5")).result).toBe(euro(api.timeline[0].costs));
    const timelineTotal = rowLabelled(timeline, "Totaal");
    expect(formulaOf(timelineTotal.getCell(2)).result).toBe(euro(api.nominal.costs));
    expect(formulaOf(timelineTotal.getCell(3)).result).toBe(euro(api.nominal.returns));
    expect(formulaOf(timelineTotal.getCell(6)).result).toBe(euro(api.investment));
    expect(formulaOf(timelineTotal.getCell(7)).result).toBe(euro(api.presentValue));

    // Wie betaalt, wie baat: the balance per stakeholder, the matrix summing to the PV.
    const pockets = workbook.getWorksheet("Wie betaalt, wie baat")!;
    api.byStakeholder.forEach((row: any, index: number) => {
      expect(pockets.getCell(5 + index, 1).value).toBe(row.stakeholder);
      expect(pockets.getCell(5 + index, 3).value).toBe(euro(row.pays));
      expect(pockets.getCell(5 + index, 4).value).toBe(euro(row.gains));
    });
    const balance = rowLabelled(pockets, "Totaal", 0);
    expect(formulaOf(balance.getCell(3)).result).toBe(euro(api.investment));
    expect(formulaOf(balance.getCell(4)).result).toBe(euro(api.presentValue));
    const matrixTotal = rowLabelled(pockets, "Totaal", 1);
    const grand = matrixTotal.getCell(matrixTotal.cellCount);
    expect(formulaOf(grand).result).toBe(euro(api.presentValue));

    // Arrangementen: per arrangement, with the API's figures and totals.
    const arrangements = workbook.getWorksheet("Arrangementen")!;
    perArrangement.groups.forEach((group: any, index: number) => {
      expect(arrangements.getCell(5 + index, 1).value).toBe(group.label);
      expect(arrangements.getCell(5 + index, 2).value).toBe(group.cases);
      expect(arrangements.getCell(5 + index, 6).value).toBe(euro(group.investment));
    });
    const arrangementTotal = rowLabelled(arrangements, "Totaal");
    expect(formulaOf(arrangementTotal.getCell(6)).result).toBe(
      euro(perArrangement.total.investment),
    );
    expect(formulaOf(arrangementTotal.getCell(7)).result).toBe(
      euro(perArrangement.total.presentValue),
    );

    // Casussen: one row per case, pseudonymous references, adding up to the API's total.
    const cases = workbook.getWorksheet("Casussen")!;
    const casesTotal = rowLabelled(cases, "Totaal");
    expect(casesTotal.number).toBe(5 + api.cases + 1);
    expect(formulaOf(casesTotal.getCell(2)).result).toBe(api.cases);
    expect(formulaOf(casesTotal.getCell(8)).result).toBe(euro(api.investment));
    expect(formulaOf(casesTotal.getCell(9)).result).toBe(euro(api.presentValue));
    expect(String(cases.getCell("A5").value)).toMatch(/^ZW-/);
    const months = workbook.getWorksheet("Casusmaanden")!;
    expect(formulaOf(rowLabelled(months, "Totaal").getCell(5)).result).toBe(
      euro(api.nominal.costs),
    );

    // Kwadranten: both built-in models, hours per team and quadrant.
    const quadrants = workbook.getWorksheet("Kwadranten")!;
    const models = new Set<string>();
    quadrants.eachRow((row, number) => {
      if (number > 4 && typeof row.getCell(5).value === "number")
        models.add(String(row.getCell(1).value));
    });
    expect(models.size).toBeGreaterThanOrEqual(2);

    // Prijslijst: every price item used, with year, index, source and grade; the version.
    const prices = workbook.getWorksheet("Prijslijst")!;
    expect(String(prices.getCell("A3").value)).toContain(
      `versie prijslijst ${perTeam.pricing.versionNumber}`,
    );
    const codes: string[] = [];
    prices.eachRow((row, number) => {
      if (number > 4) codes.push(String(row.getCell(1).value));
    });
    expect(codes).toEqual(perTeam.pricing.itemsUsed);

    // Aannames and the workbook properties record the filter and the settings.
    const assumptions = new Map<string, unknown>();
    workbook
      .getWorksheet("Aannames")!
      .eachRow((row) => assumptions.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(assumptions.get("Periode van")).toEqual(new Date(Date.UTC(2025, 0, 1)));
    expect(assumptions.get("Versie prijslijst")).toBe(perTeam.pricing.versionNumber);
    expect(assumptions.get("Disconteringsvoet per jaar")).toBe(0.0225);
    expect(workbook.title).toBe("Verantwoording Zwolle 2025");
    expect(workbook.description).toContain("Periode tot en met: 2025-12-31");
    expect(workbook.subject).toContain(`versie prijslijst ${perTeam.pricing.versionNumber}`);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
      expect(sheet.getCell("A1").value).toBe("Verantwoording Zwolle 2025");
      if (sheet.name.startsWith("Casus")) expect(sheet.pageSetup.fitToPage).toBeFalsy();
      else expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1 });
    }

    // The CSV of the case rows: a header and one line per case, each with the figures the API
    // gives for that case under the report's settings.
    const csv = await download(t, job.csvUrl);
    expect(csv.response.status).toBe(200);
    expect(csv.response.headers.get("content-disposition")).toContain(
      'filename="Verantwoording Zwolle 2025 Casussen.csv"',
    );
    const lines = csv.body.toString("utf8").trim().split("\r\n");
    expect(lines).toHaveLength(1 + api.cases);
    expect(lines[0]).toContain("Casusreferentie;Team;Wijk;Groep (arrangement)");
    const settings = {
      baseDate: perTeam.settingsUsed.baseDate,
      horizonMonths: perTeam.settingsUsed.horizonMonths,
    };
    const apiCases = await caseEffects(t, filter, settings);
    expect(apiCases.size).toBe(api.cases);
    const decimal = (text: string) => (text === "" ? null : text.replace(",", "."));
    for (const line of lines.slice(1)) {
      const cells = line.split(";");
      const effect = apiCases.get(cells[0]);
      expect(effect).toBeDefined();
      expect(cells.slice(4, 12).map(decimal)).toEqual([
        effect.nominal.costs,
        effect.nominal.returns,
        effect.nominal.net,
        effect.investment,
        effect.presentValue,
        effect.npv,
        effect.sroiRatio,
        effect.paybackMonth === null ? null : String(effect.paybackMonth),
      ]);
    }
  }, 240000);

  it("narrows to one team, in English, and still reconciles with the API", async () => {
    const [{ id: teamId }] = await t.database.dataSource.query(
      "SELECT id FROM team WHERE municipality_id = $1 ORDER BY name LIMIT 1",
      [zwolle],
    );
    const { job } = await exportReport(
      t,
      { municipalityId: zwolle, ...period, teamId, groupBy: "DISTRICT", granularity: "QUARTER" },
      "EN",
    );
    expect(job.status).toBe("SUCCEEDED");
    const api = (
      await t.ok(COMPARISON, {
        groupBy: "TEAM",
        filter: { municipalityId: zwolle, ...period, teamId },
      })
    ).effectComparison.total;
    const workbook = await readWorkbook((await download(t, job.downloadUrl)).body);
    expect(workbook.worksheets[3].name).toBe("Arrangements");
    expect(workbook.worksheets[4].name).toBe("Comparison per district");
    const total = rowLabelled(workbook.getWorksheet("Summary")!, "Total");
    expect(formulaOf(total.getCell(2)).result).toBe(api.cases);
    expect(formulaOf(total.getCell(9)).result).toBe(euro(api.presentValue));
    const timeline = workbook.getWorksheet("Timeline")!;
    expect(String(timeline.getCell("A5").value)).toMatch(/^\d{4}-Q[1-4]$/);
    expect(formulaOf(timeline.getCell("B5")).formula).toContain("'Case months'!$C:$C");

    // Group labels in English: the API's Dutch labels of groups without a name, translated.
    const dutch = (
      await t.ok(COMPARISON, {
        groupBy: "ARRANGEMENT",
        filter: { municipalityId: zwolle, ...period, teamId },
      })
    ).effectComparison.groups.map((g: any) => g.label);
    const labels = (name: string) => {
      const found: string[] = [];
      workbook.getWorksheet(name)!.eachRow((row, n) => {
        if (n > 4 && row.getCell(2).value !== null) found.push(String(row.getCell(1).value));
      });
      return found;
    };
    const english = labels("Arrangements");
    expect(english.includes("(no arrangement)")).toBe(dutch.includes("(zonder arrangement)"));
    const everything = workbook.worksheets.flatMap((sheet) => {
      const texts: string[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
      return texts;
    });
    for (const text of ["(zonder arrangement)", "(zonder wijk)", "(niet geplaatst)", "(geen)"]) {
      expect(everything).not.toContain(text);
    }
    const prices = workbook.getWorksheet("Price list")!;
    expect([
      "hour",
      "day",
      "month",
      "event",
      "trajectory",
      "day part",
      "session",
      "placement",
      "contact",
      "week",
      "year",
      "person",
    ]).toContain(prices.getCell("C5").value);
    expect(String(prices.getCell("I5").value)).toMatch(/^(fiscal|economic|social) \(/);
  }, 240000);

  it("groups per quadrant with the quadrants' English names, per year", async () => {
    const { job } = await exportReport(
      t,
      { municipalityId: zwolle, ...period, groupBy: "QUADRANT", granularity: "YEAR" },
      "EN",
    );
    expect(job.status).toBe("SUCCEEDED");
    const workbook = await readWorkbook((await download(t, job.downloadUrl)).body);
    const names: { code: string; name_en: string }[] = await t.database.dataSource.query(
      `SELECT q.code, q.name_en FROM quadrant q WHERE q.model_id = $1`,
      [MODEL_A_ID],
    );
    const expected = new Set([
      ...names.map((q) => `${q.code} ${q.name_en}`),
      "e (on the x axis)",
      "f (on the y axis)",
      "ef (at the origin)",
      "(not placed)",
    ]);
    const sheet = workbook.getWorksheet("Comparison per quadrant")!;
    const groups: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 4 && row.getCell(1).value !== "Total" && row.getCell(1).value !== null)
        groups.push(String(row.getCell(1).value));
    });
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) expect(expected.has(group)).toBe(true);
    expect(workbook.getWorksheet("Timeline")!.getCell("A5").value).toBe(2025);
  }, 240000);

  it("groups a case with several arrangements under the one filtered on, and says so", async () => {
    const db = t.database.dataSource;
    // a case of the first arrangement that gets a second one later
    const [first] = await db.query(
      `SELECT ca.case_id, ca.arrangement_id, to_char(ca.started_on + 1, 'YYYY-MM-DD') AS later
         FROM case_arrangement ca JOIN case_record c ON c.id = ca.case_id
        WHERE c.municipality_id = $1 ORDER BY c.reference LIMIT 1`,
      [zwolle],
    );
    const [second] = await db.query(
      "SELECT id, name FROM arrangement WHERE municipality_id = $1 AND id <> $2 ORDER BY name LIMIT 1",
      [zwolle, first.arrangement_id],
    );
    await t.ok(
      `mutation($input: ApplyArrangementInput!) { applyArrangement(input: $input) { id } }`,
      { input: { caseId: first.case_id, arrangementId: second.id, startedOn: first.later } },
    );
    const filter = { municipalityId: zwolle, ...period, arrangementId: second.id };
    const api = (await t.ok(COMPARISON, { groupBy: "ARRANGEMENT", filter })).effectComparison;
    // every case of the filter counts under the filtered arrangement, the first one's too
    expect(api.groups.map((g: any) => g.label)).toEqual([second.name]);
    const { job } = await exportReport(t, filter);
    expect(job.status).toBe("SUCCEEDED");
    const workbook = await readWorkbook((await download(t, job.downloadUrl)).body);
    const arrangements = workbook.getWorksheet("Arrangementen")!;
    expect(arrangements.getCell("A5").value).toBe(second.name);
    expect(arrangements.getCell("B5").value).toBe(api.total.cases);
    const rule = rowLabelled(workbook.getWorksheet("Aannames")!, "Arrangement van een casus");
    expect(rule.getCell(2).value).toBe(second.name);
    expect(String(rule.getCell(6).value)).toContain("elke casus telt bij dat arrangement");
  }, 240000);

  it("refuses bad filters naming the field, and serves no unknown export", async () => {
    const ask = (filter: Record<string, unknown>) =>
      t.gql(
        `mutation($filter: ReportFilter!) { exportAccountabilityReport(filter: $filter) { id } }`,
        { filter },
      );
    const backwards = await ask({ municipalityId: zwolle, from: "2025-12-31", to: "2025-01-01" });
    expect(backwards.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "filter.to",
    });
    const unknownTeam = await ask({
      municipalityId: zwolle,
      ...period,
      teamId: "00000000-0000-4000-8000-000000000001",
    });
    expect(unknownTeam.errors?.[0].extensions).toMatchObject({
      code: "NOT_FOUND",
      field: "filter.teamId",
    });
    const [{ n }] = await t.database.dataSource.query(
      "SELECT count(*)::int AS n FROM report_export WHERE status = 'QUEUED'",
    );
    expect(n).toBe(0);
    const missing = await download(t, "/reports/00000000-0000-4000-8000-000000000001.xlsx");
    expect(missing.response.status).toBe(404);
  });

  it("serves the file only to the municipality's finance officers, analysts and admins", async () => {
    const { job } = await exportReport(t, { municipalityId: zwolle, ...period });
    expect(job.status).toBe("SUCCEEDED");
    const [{ id: nieuwegein }] = await t.database.dataSource.query(
      "SELECT id FROM municipality WHERE code = 'GM0356'",
    );
    const [{ id: team }] = await t.database.dataSource.query(
      "SELECT id FROM team WHERE municipality_id = $1 LIMIT 1",
      [zwolle],
    );
    const as = async (role: string, municipality?: string, teams?: string[]) => ({
      authorization: `Bearer ${await t.tokenFor(role as any, municipality, teams)}`,
    });
    const status = async (headers: Record<string, string>) =>
      (await download(t, job.downloadUrl, headers)).response.status;
    expect(await status({})).toBe(401);
    expect(await status({ authorization: "Bearer not-a-token" })).toBe(401);
    expect(await status(await as("FINANCE", zwolle))).toBe(200);
    expect(await status(t.headers)).toBe(200);
    // others see no difference between this export and one that does not exist
    expect(await status(await as("ANALYST", zwolle))).toBe(404);
    expect(await status(await as("TEAM_LEAD", zwolle, [team]))).toBe(404);
    expect(await status(await as("FINANCE", nieuwegein))).toBe(404);
    expect(await status(await as("ANALYST", nieuwegein))).toBe(404);
    // nor can they see it over GraphQL
    const other = await t.as("FINANCE", nieuwegein);
    const seen = await other.gql(`query($id: ID!) { reportExport(id: $id) { id } }`, {
      id: job.id,
    });
    expect(seen.data?.reportExport ?? null).toBeNull();
    // asking and downloading are in the audit log
    const actions: { action: string }[] = await t.database.dataSource.query(
      "SELECT action FROM audit_event WHERE detail->>'reportExportId' = $1 ORDER BY at",
      [job.id],
    );
    expect(actions.map((a) => a.action)).toEqual(["EXPORT", "DOWNLOAD", "DOWNLOAD"]);
  });
});
