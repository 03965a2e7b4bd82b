import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { seedDemoData } from "../../../api/demo/demo";
import { claimNextReport } from "../../../api/accountability/report-claim";
import { runReportJob } from "../../../api/accountability/report-run";
import { MONEY_FORMAT, dateCell, dayFormat, monthFormat } from "../../../reports/cell-formats";
import { formulaMismatches, recalculateToCsv, sofficeVersion } from "../../support/libreoffice";
import { COMPARISON, download, EXPORT_JOB, readWorkbook } from "../../support/report-helpers";
import { startTestServer, type TestServer } from "../../support/test-server";

/**
 * Workbooks recalculated by a real spreadsheet engine (LibreOffice headless, set to recalculate
 * every formula on load): every formula of every sheet recalculates to the figure the file
 * shows, and the totals are the API's, to the cent — per team, per row (net, NPV), per month,
 * quarter and year, in Dutch and English, with the comparison per the chosen grouping, and with
 * the case months spread over several sheets. Not skipped when LibreOffice is missing: it fails
 * and says how to install it.
 */
const cents = (text: string) => Math.round(Number(text) * 100);

function totalRow(rows: string[][], label: string, nth = 0): string[] {
  const found = rows.filter((row) => row[0] === label);
  if (!found[nth]) throw new Error(`no row ${label}`);
  return found[nth];
}

describe("accountability workbooks recalculated in LibreOffice", () => {
  let t: TestServer;
  let dir: string;
  let municipalityId: string;
  const period = { from: "2025-01-01", to: "2025-12-31" };

  beforeAll(async () => {
    await sofficeVersion();
    dir = await mkdtemp(path.join(os.tmpdir(), "kwadrant-lo-"));
    // The test runs the claimed exports itself, so that it can shrink the sheets.
    t = await startTestServer({ exportDir: path.join(dir, "exports"), reportWorker: false });
    await seedDemoData(t.database.dataSource);
    [{ id: municipalityId }] = await t.database.dataSource.query(
      "SELECT id FROM municipality WHERE code = 'GM0193'",
    );
  }, 120000);
  afterAll(async () => {
    await t?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Asks for an export over GraphQL, builds it as a worker does, and downloads it. */
  async function exportFile(
    name: string,
    filter: Record<string, unknown>,
    language: string,
    rowsPerSheet?: number,
  ): Promise<string> {
    const { id } = (
      await t.ok(
        `mutation($filter: ReportFilter!, $language: Language) {
          exportAccountabilityReport(filter: $filter, language: $language) { id } }`,
        { filter, language },
      )
    ).exportAccountabilityReport;
    const claimed = (await claimNextReport(t.database.dataSource))!;
    expect(claimed.job.id).toBe(id);
    expect(
      await runReportJob(t.database.dataSource, claimed, path.join(dir, "exports"), {
        rowsPerSheet,
      }),
    ).toBe("SUCCEEDED");
    const job = (await t.ok(`query($id: ID!) { reportExport(id: $id) { ${EXPORT_JOB} } }`, { id }))
      .reportExport;
    const file = path.join(dir, `${name}.xlsx`);
    await writeFile(file, (await download(t, job.downloadUrl)).body);
    return file;
  }

  it("recalculates every formula of every sheet to the figure the file shows, and to the API's", async () => {
    const [{ id: teamId }] = await t.database.dataSource.query(
      "SELECT id FROM team WHERE municipality_id = $1 ORDER BY name LIMIT 1",
      [municipalityId],
    );
    const dutch = await exportFile("maand", { municipalityId, ...period }, "NL");
    const english = await exportFile(
      "quarter",
      { municipalityId, ...period, teamId, groupBy: "DISTRICT", granularity: "QUARTER" },
      "EN",
    );
    // the case months of a year spread over several sheets (small ones, standing in for Excel's limit)
    const cases = (await readWorkbook(await readFile(dutch))).getWorksheet("Casusmaanden")!;
    const monthRows = cases.rowCount - 6; // title block, header, empty row, total
    const perSheet = Math.max(1000, Math.ceil(monthRows / 3));
    const yearly = await exportFile(
      "jaar",
      { municipalityId, ...period, groupBy: "TEAM", granularity: "YEAR" },
      "NL",
      perSheet,
    );

    // A control: a formula whose cached result is wrong must come back recalculated.
    const control = new ExcelJS.Workbook();
    const sheet = control.addWorksheet("S");
    sheet.getCell("A1").value = 2;
    sheet.getCell("B1").value = { formula: "A1+1", result: 99 };
    const controlFile = path.join(dir, "control.xlsx");
    await control.xlsx.writeFile(controlFile);

    const converted = await recalculateToCsv([dutch, english, yearly, controlFile]);
    expect(converted.get("control")!.get("S")![0]).toEqual(["2", "3"]);

    for (const [file, base] of [
      [dutch, "maand"],
      [english, "quarter"],
      [yearly, "jaar"],
    ]) {
      const workbook = await readWorkbook(await readFile(file));
      const { formulas, mismatches } = formulaMismatches(workbook, converted.get(base)!);
      expect(formulas).toBeGreaterThan(100);
      expect(mismatches).toEqual([]);
    }

    // Dutch, per month: the sheets, and the totals the API gives.
    const sheets = converted.get("maand")!;
    expect([...sheets.keys()].sort()).toEqual(
      [
        "Aannames",
        "Arrangementen",
        "Casusmaanden",
        "Casussen",
        "Kwadranten",
        "Prijslijst",
        "Samenvatting",
        "Tijdlijn",
        "Wie betaalt, wie baat",
      ].sort(),
    );
    const filter = { municipalityId, ...period };
    const perTeam = (await t.ok(COMPARISON, { groupBy: "TEAM", filter })).effectComparison;
    const api = perTeam.total;
    const summaryRows = sheets.get("Samenvatting")!;
    perTeam.groups.forEach((group: any, index: number) => {
      const row = summaryRows[4 + index];
      expect(row[0]).toBe(group.label);
      expect(Number(row[1])).toBe(group.cases);
      expect(cents(row[6])).toBe(cents(group.nominal.net));
      expect(cents(row[9])).toBe(cents(group.npv));
    });
    const summary = totalRow(summaryRows, "Totaal");
    expect(Number(summary[1])).toBe(api.cases);
    expect(cents(summary[4])).toBe(cents(api.nominal.costs));
    expect(cents(summary[6])).toBe(cents(api.nominal.net));
    expect(cents(summary[7])).toBe(cents(api.investment));
    expect(cents(summary[8])).toBe(cents(api.presentValue));
    expect(cents(summary[9])).toBe(cents(api.npv));
    expect(summary[10]).toBe(api.sroiRatio === null ? "" : String(Number(api.sroiRatio)));
    const periods = sheets.get("Tijdlijn")!.slice(4, 4 + api.timeline.length);
    periods.forEach((row, index) => {
      // a month is a date cell: the CSV (values, not as shown) writes its first day, DD-MM-YYYY
      const [year, month] = api.timeline[index].period.split("-");
      expect(row[0]).toBe(`01-${month}-${year}`);
      expect(cents(row[1])).toBe(cents(api.timeline[index].costs));
      expect(cents(row[2])).toBe(cents(api.timeline[index].returns));
    });
    const matrix = totalRow(sheets.get("Wie betaalt, wie baat")!, "Totaal", 1);
    expect(cents(matrix[matrix.length - 1])).toBe(cents(api.presentValue));
    const caseRows = sheets.get("Casussen")!;
    expect(cents(totalRow(caseRows, "Totaal")[8])).toBe(cents(api.presentValue));
    // each case row's net and NPV are formulas over the row
    const firstCase = caseRows[4];
    expect(cents(firstCase[6])).toBe(cents(firstCase[5]) - cents(firstCase[4]));
    expect(cents(firstCase[9])).toBe(cents(firstCase[8]) - cents(firstCase[7]));

    // English, one team, per quarter, with the comparison per district beside Arrangements.
    const quarter = converted.get("quarter")!;
    expect(quarter.has("Arrangements")).toBe(true);
    expect(quarter.has("Comparison per district")).toBe(true);
    const teamApi = (await t.ok(COMPARISON, { groupBy: "DISTRICT", filter: { ...filter, teamId } }))
      .effectComparison.total;
    const districts = totalRow(quarter.get("Comparison per district")!, "Total");
    expect(cents(districts[6])).toBe(cents(teamApi.presentValue));
    expect(quarter.get("Timeline")![4][0]).toMatch(/^2025-Q1$/);
    expect(cents(totalRow(quarter.get("Timeline")!, "Total")[6])).toBe(cents(teamApi.presentValue));

    // Per year, per team, with the case months on several sheets that the Tijdlijn adds up.
    const year = converted.get("jaar")!;
    const parts = [...year.keys()].filter((name) => name.startsWith("Casusmaanden"));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(year.has("Vergelijking per team")).toBe(true);
    const years = totalRow(year.get("Tijdlijn")!, "Totaal");
    expect(cents(years[1])).toBe(cents(api.nominal.costs));
    expect(cents(years[6])).toBe(cents(api.presentValue));
    const partSum = parts.reduce(
      (sum, name) => sum + cents(totalRow(year.get(name)!, "Totaal")[4]),
      0,
    );
    expect(partSum).toBe(cents(api.nominal.costs));
  }, 600000);

  it("shows amounts and months the Dutch way in a Dutch spreadsheet: € 1.234,56, mrt 2026", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    [1234.56, -1234.56, 0].forEach((value, index) => {
      const cell = sheet.getCell(1, index + 1);
      cell.value = value;
      cell.numFmt = MONEY_FORMAT;
    });
    const dates: [Date, string][] = [
      [dateCell("2026-03"), monthFormat("NL")],
      [dateCell("2026-03"), monthFormat("EN")],
      [dateCell("2025-01-01"), dayFormat("NL")],
    ];
    dates.forEach(([value, format], index) => {
      const cell = sheet.getCell(2, index + 1);
      cell.value = value;
      cell.numFmt = format;
    });
    const file = path.join(dir, "money.xlsx");
    await workbook.xlsx.writeFile(file);
    const shown = await recalculateToCsv([file], { shownInDutch: true });
    expect(shown.get("money")!.get("S")![0]).toEqual(["€ 1.234,56", "€ -1.234,56", "€ 0,00"]);
    expect(shown.get("money")!.get("S")![1]).toEqual(["mrt 2026", "Mar 2026", "1 januari 2025"]);
  }, 120000);
});
