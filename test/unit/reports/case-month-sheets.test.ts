import { syntheticCases, syntheticReportData } from "../../../bench/synthetic-report";
import { ReconciliationError, SheetLimitError } from "../../../reports";
import { cents } from "../../../reports/cell-formats";
import { buildWorkbook, formulaOf, readWorkbook, rowLabelled } from "../../support/report-helpers";

/**
 * Excel holds 1,048,576 rows a sheet. The case months continue on further sheets, with the
 * Tijdlijn's SUMIFS covering every part; a Casussen sheet that would not fit is refused; and
 * the case months must reconcile with the Tijdlijn period by period. Small sheets stand in for
 * Excel's limit here.
 */
describe("case-month sheets", () => {
  const options = { cases: 30, months: 24, teams: 3 };

  it("continue on further sheets that the timeline's SUMIFS add up", async () => {
    const data = syntheticReportData(options);
    const workbook = await readWorkbook(
      await buildWorkbook(data, syntheticCases(options), { rowsPerSheet: 250 }),
    );
    const parts = ["Casusmaanden", "Casusmaanden (2)", "Casusmaanden (3)"];
    expect(workbook.worksheets.map((s) => s.name).filter((n) => n.startsWith("Casusm"))).toEqual(
      parts,
    );
    const rows = parts.map((name) => rowLabelled(workbook.getWorksheet(name)!, "Totaal").number);
    // 250 data rows, an empty row and the total; the last part holds the remaining 220
    expect(rows).toEqual([5 + 250 + 1, 5 + 250 + 1, 5 + 220 + 1]);
    const partTotals = parts.map((name) =>
      Math.round(
        Number(formulaOf(rowLabelled(workbook.getWorksheet(name)!, "Totaal").getCell(5)).result) *
          100,
      ),
    );
    expect(partTotals.reduce((a, b) => a + b, 0)).toBe(Number(cents(data.total.nominalCosts)));
    const first = formulaOf(workbook.getWorksheet("Tijdlijn")!.getCell("B5")).formula;
    expect(first).toBe(
      "ROUND(" +
        parts.map((name) => `SUMIFS('${name}'!$E:$E,'${name}'!$B:$B,$A5)`).join("+") +
        ",2)",
    );
  });

  it("refuses a Casussen sheet that would not fit, naming what to narrow", async () => {
    const data = syntheticReportData(options);
    await expect(
      buildWorkbook(data, syntheticCases(options), { rowsPerSheet: 20 }),
    ).rejects.toThrow(
      new SheetLimitError(
        "the report has 30 cases, more than one sheet holds (20): narrow the filter (team, district, arrangement or a shorter period)",
      ),
    );
  });

  it("refuses case months that do not give the timeline's figure of a period", async () => {
    const data = syntheticReportData(options);
    // one cent moved between two months: every total still agrees, two periods do not
    const timeline = data.timeline.map((row) => ({ ...row }));
    const shift = (index: number, delta: bigint) => {
      const value = cents(timeline[index].costs) + delta;
      timeline[index].costs = (Number(value) / 100).toFixed(2);
    };
    shift(2, 1n);
    shift(3, -1n);
    await expect(buildWorkbook({ ...data, timeline }, syntheticCases(options))).rejects.toThrow(
      /Tijdlijn 2025-03 costs: the case months give/,
    );
  });

  it("refuses a discounted cumulative balance that does not add up", async () => {
    const data = syntheticReportData(options);
    const timeline = data.timeline.map((row) => ({ ...row }));
    timeline[5].discountedCumulative = "0.01";
    await expect(buildWorkbook({ ...data, timeline }, syntheticCases(options))).rejects.toThrow(
      ReconciliationError,
    );
  });

  it("refuses case months that differ in number from those counted", async () => {
    const data = { ...syntheticReportData(options), caseMonthRows: 30 * 24 - 1 };
    await expect(buildWorkbook(data, syntheticCases(options))).rejects.toThrow(/719 counted/);
  });
});
