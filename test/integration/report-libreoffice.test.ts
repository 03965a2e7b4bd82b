import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { seedDemoData } from "../../api/seed/demo";
import { recalculateToCsv, sofficeVersion } from "../support/libreoffice";
import { COMPARISON, download, exportReport } from "../support/report-helpers";
import { startTestServer, type TestServer } from "../support/test-server";

/**
 * The workbook recalculated by a real spreadsheet engine (LibreOffice headless, set to
 * recalculate every formula on load) gives the API's totals to the cent. Not skipped when
 * LibreOffice is missing: it fails and says how to install it.
 */
const cents = (text: string) => Math.round(Number(text) * 100);

function totalRow(rows: string[][], label: string, nth = 0): string[] {
  const found = rows.filter((row) => row[0] === label);
  if (!found[nth]) throw new Error(`no row ${label}`);
  return found[nth];
}

describe("accountability workbook recalculated in LibreOffice", () => {
  let t: TestServer;
  let dir: string;

  beforeAll(async () => {
    await sofficeVersion();
    dir = await mkdtemp(path.join(os.tmpdir(), "kwadrant-lo-"));
    t = await startTestServer({
      exportDir: path.join(dir, "exports"),
      reportWorker: { pollMs: 50 },
    });
    await seedDemoData(t.database.dataSource);
  }, 120000);
  afterAll(async () => {
    await t?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("recalculates every total to the API's figure", async () => {
    const [{ id: municipalityId }] = await t.database.dataSource.query(
      "SELECT id FROM municipality WHERE code = 'GM0193'",
    );
    const filter = { municipalityId, from: "2025-01-01", to: "2025-12-31" };
    const { job } = await exportReport(t, filter);
    expect(job.status).toBe("SUCCEEDED");
    const workbookFile = path.join(dir, "verantwoording.xlsx");
    await writeFile(workbookFile, (await download(t, job.downloadUrl)).body);

    // A control: a formula whose cached result is wrong must come back recalculated.
    const control = new ExcelJS.Workbook();
    const sheet = control.addWorksheet("S");
    sheet.getCell("A1").value = 2;
    sheet.getCell("B1").value = { formula: "A1+1", result: 99 };
    const controlFile = path.join(dir, "control.xlsx");
    await control.xlsx.writeFile(controlFile);

    const converted = await recalculateToCsv([workbookFile, controlFile]);
    expect(converted.get("control")!.get("S")![0]).toEqual(["2", "3"]);

    const sheets = converted.get("verantwoording")!;
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
    const api = (await t.ok(COMPARISON, { groupBy: "TEAM", filter })).effectComparison.total;
    const arrangements = (await t.ok(COMPARISON, { groupBy: "ARRANGEMENT", filter }))
      .effectComparison.total;

    const summary = totalRow(sheets.get("Samenvatting")!, "Totaal");
    expect(Number(summary[1])).toBe(api.cases);
    expect(cents(summary[4])).toBe(cents(api.nominal.costs));
    expect(cents(summary[5])).toBe(cents(api.nominal.returns));
    expect(cents(summary[6])).toBe(cents(api.nominal.net));
    expect(cents(summary[7])).toBe(cents(api.investment));
    expect(cents(summary[8])).toBe(cents(api.presentValue));
    expect(cents(summary[9])).toBe(cents(api.npv));
    expect(summary[10]).toBe(api.sroiRatio === null ? "" : String(Number(api.sroiRatio)));

    const timeline = totalRow(sheets.get("Tijdlijn")!, "Totaal");
    expect(cents(timeline[1])).toBe(cents(api.nominal.costs));
    expect(cents(timeline[2])).toBe(cents(api.nominal.returns));
    expect(cents(timeline[5])).toBe(cents(api.investment));
    expect(cents(timeline[6])).toBe(cents(api.presentValue));
    const periods = sheets.get("Tijdlijn")!.slice(2, -1);
    periods.forEach((row, index) => {
      expect(row[0]).toBe(api.timeline[index].period);
      expect(cents(row[1])).toBe(cents(api.timeline[index].costs));
      expect(cents(row[2])).toBe(cents(api.timeline[index].returns));
    });

    const pockets = sheets.get("Wie betaalt, wie baat")!;
    expect(cents(totalRow(pockets, "Totaal")[2])).toBe(cents(api.investment));
    expect(cents(totalRow(pockets, "Totaal")[3])).toBe(cents(api.presentValue));
    const matrix = totalRow(pockets, "Totaal", 1);
    expect(cents(matrix[matrix.length - 1])).toBe(cents(api.presentValue));

    const comparison = totalRow(sheets.get("Arrangementen")!, "Totaal");
    expect(cents(comparison[5])).toBe(cents(arrangements.investment));
    expect(cents(comparison[6])).toBe(cents(arrangements.presentValue));

    const cases = totalRow(sheets.get("Casussen")!, "Totaal");
    expect(Number(cases[1])).toBe(api.cases);
    expect(cents(cases[7])).toBe(cents(api.investment));
    expect(cents(cases[8])).toBe(cents(api.presentValue));
    const months = totalRow(sheets.get("Casusmaanden")!, "Totaal");
    expect(cents(months[4])).toBe(cents(api.nominal.costs));
    expect(cents(months[5])).toBe(cents(api.nominal.returns));
  }, 300000);
});
