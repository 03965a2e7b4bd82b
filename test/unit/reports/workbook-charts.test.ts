import type ExcelJS from "exceljs";
import { syntheticCases, syntheticReportData } from "../../../bench/synthetic-report";
import { ChartFontError } from "../../../reports/chart-images";
import { MONEY_FORMAT } from "../../../reports/cell-formats";
import { buildWorkbook, readWorkbook } from "../../support/report-helpers";

/**
 * The cockpit's charts in the workbook, read back as a spreadsheet reads them: pictures on
 * Samenvatting with their figures beside them, and the dates and names a controller reads.
 */
const options = { cases: 30, months: 24, teams: 3 };
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(png: Buffer) {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The row whose cell in `column` reads `text`. */
function rowWith(sheet: ExcelJS.Worksheet, column: number, text: string): number {
  let found = 0;
  sheet.eachRow((row, number) => {
    if (!found && row.getCell(column).value === text) found = number;
  });
  if (!found) throw new Error(`no "${text}" in column ${column} of ${sheet.name}`);
  return found;
}

describe("workbook charts", () => {
  const data = syntheticReportData(options);
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = await readWorkbook(await buildWorkbook(data, syntheticCases(options)));
  });

  it("places three chart pictures under the Samenvatting table, each under its caption", () => {
    const summary = workbook.getWorksheet("Samenvatting")!;
    const images = summary.getImages();
    expect(images).toHaveLength(3);
    const total = rowWith(summary, 1, "Totaal");
    const captions = [
      "Grafiek: cumulatief saldo, nominaal en contant",
      "Grafiek: SROI-ratio per arrangement, met de bandbreedte laag–hoog",
      "Grafiek: wie betaalt × wie baat (contante waarde van de baten)",
    ].map((caption) => rowWith(summary, 1, caption));
    expect(captions[0]).toBe(total + 3); // two empty rows under the total
    images.forEach((image, index) => {
      // 0-based anchor: the row under the caption, column A
      expect(image.range.tl.nativeCol).toBe(0);
      expect(image.range.tl.nativeRow).toBe(captions[index]);
      const png = workbook.getImage(Number(image.imageId)).buffer as unknown as Buffer;
      expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      // drawn at twice its size on the sheet, so it stays sharp when zoomed or printed
      expect(pngSize(png)).toEqual({ width: 1720, height: 720 });
    });
    for (const sheet of workbook.worksheets.filter((s) => s.name !== "Samenvatting")) {
      expect(sheet.getImages()).toHaveLength(0);
    }
  });

  it("puts each chart's figures beside it: the timeline's cumulative balances", () => {
    const summary = workbook.getWorksheet("Samenvatting")!;
    const caption = rowWith(
      summary,
      8,
      "De cijfers van de grafiek (De rijen staan op blad Tijdlijn)",
    );
    expect(summary.getCell(caption + 1, 8).value).toBe("Periode");
    data.timeline.forEach((period, index) => {
      const row = summary.getRow(caption + 2 + index);
      const [year, month] = period.period.split("-").map(Number);
      expect(row.getCell(8).value).toEqual(new Date(Date.UTC(year, month - 1, 1)));
      expect(row.getCell(8).numFmt).toBe("[$-413]mmm yyyy");
      expect(row.getCell(9).value).toBe(Number(period.cumulative));
      expect(row.getCell(10).value).toBe(Number(period.discountedCumulative));
      expect(row.getCell(9).numFmt).toBe(MONEY_FORMAT);
    });
  });

  it("…the SROI ratio per arrangement with its range, and who pays × who gains by name", () => {
    const summary = workbook.getWorksheet("Samenvatting")!;
    const sroi = rowWith(
      summary,
      8,
      "De cijfers van de grafiek (De rijen staan op blad Arrangementen)",
    );
    data.comparisons[0].rows.forEach((group, index) => {
      const row = summary.getRow(sroi + 2 + index);
      expect(row.getCell(8).value).toBe(group.label);
      expect(row.getCell(9).value).toBe(Number(group.sroiRatio));
      expect(row.getCell(10).value).toBe(Number(group.ratioLow));
      expect(row.getCell(11).value).toBe(Number(group.ratioHigh));
    });
    const matrix = rowWith(
      summary,
      8,
      "De cijfers van de grafiek (De rijen staan op blad Wie betaalt, wie baat)",
    );
    const header = summary.getRow(matrix + 1);
    expect([9, 10].map((c) => header.getCell(c).value)).toEqual([
      "Gemeente (Wmo)",
      "Zorgverzekeraar",
    ]);
    const cells = summary.getRow(matrix + 2);
    expect(cells.getCell(8).value).toBe("Gemeente (Wmo)");
    const sum = [9, 10].reduce((s, c) => s + Math.round(Number(cells.getCell(c).value) * 100), 0);
    expect(sum).toBe(Math.round(Number(data.total.presentValue) * 100));
  });

  it("names the stakeholders in the matrix of Wie betaalt, wie baat", () => {
    const sheet = workbook.getWorksheet("Wie betaalt, wie baat")!;
    const header = rowWith(sheet, 1, "Betaler ↓ / begunstigde →");
    expect(sheet.getCell(header, 3).value).toBe("Gemeente (Wmo)");
    expect(sheet.getCell(header, 4).value).toBe("Zorgverzekeraar");
  });

  it("writes payback months and periods as dates in a Dutch format", () => {
    const summary = workbook.getWorksheet("Samenvatting")!;
    // synthetic teams pay back in month 14 of a timeline starting January 2025: February 2026
    expect(summary.getCell("N5").value).toEqual(new Date(Date.UTC(2026, 1, 1)));
    expect(summary.getCell("N5").numFmt).toBe("[$-413]mmm yyyy");
    expect(summary.getCell("O5").value).toEqual(new Date(Date.UTC(2026, 3, 1)));
    const months = workbook.getWorksheet("Casusmaanden")!;
    expect(months.getCell("B5").value).toBeInstanceOf(Date);
    expect(months.getCell("B5").numFmt).toBe("[$-413]mmm yyyy");
    expect(months.getCell("D5").value).toBe(2025);
    const assumptions = workbook.getWorksheet("Aannames")!;
    const from = rowWith(assumptions, 1, "Periode van");
    expect(assumptions.getCell(from, 2).value).toEqual(new Date(Date.UTC(2025, 0, 1)));
    expect(assumptions.getCell(from, 2).numFmt).toBe("[$-413]d mmmm yyyy");
  });

  it("uses the English locale for dates in an English workbook", async () => {
    const english = await readWorkbook(
      await buildWorkbook({ ...data, language: "EN" }, syntheticCases(options)),
    );
    expect(english.getWorksheet("Summary")!.getCell("N5").numFmt).toBe("[$-809]mmm yyyy");
    expect(english.getWorksheet("Timeline")!.getCell("A5").numFmt).toBe("[$-809]mmm yyyy");
    expect(english.getWorksheet("Summary")!.getImages()).toHaveLength(3);
  });

  it("refuses to write charts without their font, and says which package gives it", async () => {
    const failure = buildWorkbook(data, syntheticCases(options), {
      chartFont: "/nonexistent/DejaVuSans.ttf",
    });
    await expect(failure).rejects.toThrow(ChartFontError);
    await expect(failure).rejects.toThrow(/fonts-dejavu-core.*KWADRANT_CHART_FONT/);
  });
});
