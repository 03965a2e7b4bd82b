import { syntheticCases, syntheticReportData } from "../../../bench/synthetic-report";
import { ReconciliationError, type HypothesisTable } from "../../../reports";
import { buildWorkbook, readWorkbook, rowLabelled } from "../../support/report-helpers";

/** The Hypothese sheet from plain data: a refused lag, month cells, and its reconciliation. */
const options = { cases: 6, months: 3, teams: 2 };
const sentence = { nl: "Te weinig wijken.", en: "Too few districts." };
const hypothesis: HypothesisTable = {
  model: "Netwerkkwadrant",
  unit: "DISTRICT",
  granularity: "MONTH",
  effortQuadrants: ["III", "IV"],
  demandQuadrants: ["I", "II"],
  lags: [
    {
      lag: 3,
      observations: 4,
      units: 2,
      periods: 2,
      pearson: null,
      spearman: null,
      withinUnit: null,
      refusal: { nl: "te weinig wijken (2, minstens 3)", en: "too few districts (2, at least 3)" },
      sentence,
    },
  ],
  panel: [
    { unit: "Assendorp", period: "2025-01", effort: 1.25, demand: 2 },
    { unit: "Assendorp", period: "2025-02", effort: 0.1, demand: 0 },
    { unit: "Berkum", period: "2025-01", effort: 0.2, demand: 1 },
    { unit: "Berkum", period: "2025-02", effort: 3.0001, demand: 4 },
  ],
  total: { effort: "4.5501", demand: "7.0000" },
};

describe("the Hypothese sheet", () => {
  it("writes a refused lag with its reason, months as dates and totals that sum the panel", async () => {
    const data = { ...syntheticReportData(options), hypothesis };
    const workbook = await readWorkbook(await buildWorkbook(data, syntheticCases(options)));
    const sheet = workbook.getWorksheet("Hypothese")!;
    expect(sheet.getRow(5).getCell(12).value).toBeNull();
    expect(sheet.getRow(5).getCell(18).value).toBe("te weinig wijken (2, minstens 3)");
    expect(sheet.getRow(5).getCell(19).value).toBe(sentence.nl);
    const first = sheet.getRow(rowLabelled(sheet, "Wijk").number + 1);
    expect(first.getCell(2).value).toEqual(new Date(Date.UTC(2025, 0, 1)));
    expect(first.getCell(2).numFmt).toBe("[$-413]mmm yyyy");
    const total = rowLabelled(sheet, "Totaal");
    expect(total.getCell(3).value).toEqual({
      formula: `ROUND(SUM(C${first.number}:C${first.number + 3}),4)`,
      result: 4.5501,
    });
  });

  it("refuses a panel whose rows do not add up to its total, or a figure past four decimals", async () => {
    for (const broken of [
      { ...hypothesis, total: { effort: "4.5502", demand: "7.0000" } },
      { ...hypothesis, total: { effort: "4.5501", demand: "6.0000" } },
      {
        ...hypothesis,
        panel: [{ ...hypothesis.panel[0], effort: 1.25001 }, ...hypothesis.panel.slice(1)],
      },
    ]) {
      const data = { ...syntheticReportData(options), hypothesis: broken };
      const built = buildWorkbook(data, syntheticCases(options));
      await expect(built).rejects.toThrow(ReconciliationError);
      await expect(built).rejects.toThrow(/^Hypothese /);
    }
  });
});
