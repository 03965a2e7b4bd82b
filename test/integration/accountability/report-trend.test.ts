import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import type ExcelJS from "exceljs";
import { runReportCommand, UsageError } from "../../../api/cli/report-command";
import { seedDemoData } from "../../../api/demo/demo";
import {
  download,
  exportReport,
  formulaOf,
  readWorkbook,
  rowLabelled,
} from "../../support/report-helpers";
import { startTestServer, type TestServer } from "../../support/test-server";

/**
 * The Trend sheet of the accountability workbook: present when the export asks for a trend,
 * absent otherwise; its rows are effectTrend's cohorts, and its totals reconcile with the
 * comparison sheet's groups and the cockpit, to the cent.
 */
const TREND = `query($groupBy: EffectGroupBy!, $cohort: CohortGranularity!, $filter: CaseFilter) {
  effectTrend(groupBy: $groupBy, cohort: $cohort, filter: $filter) {
    cases groups { label cases investment presentValue
      cohorts { period cases investment presentValue npv sroiRatio costPerCase cohortPaybackMonth } }
    total { cases investment presentValue } } }`;

/** A cell's number, whether written as a value or as a formula with its cached result. */
function numberOf(cell: ExcelJS.Cell): number {
  const value = cell.value as number | { result: number } | null;
  return typeof value === "object" && value !== null ? Number(value.result) : Number(value);
}
const cents = (value: number) => BigInt(Math.round(value * 100));

/** The data rows of a table: from row 5 to the first empty row. */
function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  for (let n = 5; sheet.getRow(n).getCell(1).value !== null; n++) rows.push(sheet.getRow(n));
  return rows;
}

describe("the Trend sheet of the accountability workbook", () => {
  let t: TestServer;
  let zwolle: string;
  let noord: string;
  let dir: string;
  const period = { from: "2025-01-01", to: "2025-12-31" };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "kwadrant-trend-"));
    // Its own export folder: another test's sweep of the shared one would take its files away.
    t = await startTestServer({ exportDir: dir });
    await seedDemoData(t.database.dataSource);
    [{ id: zwolle }] = await t.database.dataSource.query(
      "SELECT id FROM municipality WHERE code = 'GM0193'",
    );
    [{ id: noord }] = await t.database.dataSource.query(
      "SELECT id FROM team WHERE name = 'Wijkteam Noord' AND municipality_id = $1",
      [zwolle],
    );
  }, 120_000);
  afterAll(async () => {
    await t?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function workbookOf(filter: Record<string, unknown>, language = "NL") {
    const { job } = await exportReport(
      t,
      { municipalityId: zwolle, ...period, ...filter },
      language,
    );
    expect(job.status).toBe("SUCCEEDED");
    return readWorkbook((await download(t, job.downloadUrl)).body);
  }

  it("writes effectTrend's cohorts per arrangement, reconciling with Arrangementen", async () => {
    const filter = { teamId: noord, groupBy: "ARRANGEMENT", trend: "QUARTER" };
    const workbook = await workbookOf(filter);
    const sheet = workbook.getWorksheet("Trend")!;
    expect(sheet).toBeDefined();
    const names = workbook.worksheets.map((s) => s.name);
    expect(names.indexOf("Trend")).toBe(names.indexOf("Arrangementen") + 1);
    expect(sheet.getRow(4).getCell(2).value).toBe("Cohort (geopend in) (kwartaal)");

    const api = (
      await t.ok(TREND, {
        groupBy: "ARRANGEMENT",
        cohort: "QUARTER",
        filter: { municipalityId: zwolle, ...period, teamId: noord },
      })
    ).effectTrend;
    // One data row per group × cohort, in the API's order, with the API's figures.
    const rows = dataRows(sheet);
    const cells = api.groups.flatMap((g: any) => g.cohorts.map((c: any) => ({ group: g, c })));
    expect(api.groups.length).toBeGreaterThan(1);
    expect(cells.length).toBeGreaterThan(api.groups.length);
    expect(rows).toHaveLength(cells.length);
    rows.forEach((row, index) => {
      const { group, c } = cells[index];
      expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]).toEqual([
        group.label,
        c.period,
        c.cases,
      ]);
      expect(cents(numberOf(row.getCell(7)))).toBe(BigInt(c.investment.replace(".", "")));
      expect(cents(numberOf(row.getCell(8)))).toBe(BigInt(c.presentValue.replace(".", "")));
      expect(cents(numberOf(row.getCell(9)))).toBe(BigInt(c.npv.replace(".", "")));
      expect(numberOf(row.getCell(11))).toBe(Number(c.costPerCase));
      expect(row.getCell(12).value).toBe(c.cohortPaybackMonth);
      expect(formulaOf(row.getCell(10)).formula).toBe(
        `IF(G${row.number}=0,"",ROUND(H${row.number}/G${row.number},3))`,
      );
    });

    // The total row sums the data rows and is the cockpit's total.
    const total = rowLabelled(sheet, "Totaal");
    const last = rows[rows.length - 1].number;
    expect(formulaOf(total.getCell(7)).formula).toBe(`ROUND(SUM(G5:G${last}),2)`);
    const summaryTotal = rowLabelled(workbook.getWorksheet("Samenvatting")!, "Totaal");
    expect(numberOf(total.getCell(3))).toBe(api.cases);
    expect(numberOf(total.getCell(3))).toBe(numberOf(summaryTotal.getCell(2)));

    // Per group: SUMIFS over its cohort rows, equal to its row on Arrangementen, checked there.
    const comparison = workbook.getWorksheet("Arrangementen")!;
    for (const [index, group] of api.groups.entries()) {
      const own = rows.filter((row) => row.getCell(1).value === group.label);
      const perGroup = rowLabelled(sheet, group.label, own.length);
      expect(perGroup.getCell(2).value).toBe("(alle cohorten)");
      const other = comparison.getRow(5 + index);
      expect(other.getCell(1).value).toBe(group.label);
      for (const [column, otherColumn] of [
        [3, 2],
        [4, 3],
        [5, 4],
        [7, 6],
        [8, 7],
      ]) {
        const summed = own.reduce((sum, row) => sum + cents(numberOf(row.getCell(column))), 0n);
        expect(summed).toBe(cents(numberOf(perGroup.getCell(column))));
        expect(summed).toBe(cents(numberOf(other.getCell(otherColumn))));
      }
      expect(formulaOf(perGroup.getCell(7)).formula).toBe(
        `ROUND(SUMIFS(G$5:G$${last},A$5:A$${last},A${perGroup.number}),2)`,
      );
      const check = formulaOf(perGroup.getCell(13));
      expect(check.result).toBe("ja");
      expect(check.formula).toContain(`'Arrangementen'!F${5 + index}`);
    }
  });

  it("leaves the sheet out when no trend is asked, and names it in English", async () => {
    const without = await workbookOf({ teamId: noord });
    expect(without.getWorksheet("Trend")).toBeUndefined();
    const english = await workbookOf({ teamId: noord, groupBy: "DISTRICT", trend: "YEAR" }, "EN");
    const sheet = english.getWorksheet("Trend")!;
    expect(sheet.getRow(4).getCell(1).value).toBe("Group (district)");
    expect(sheet.getRow(4).getCell(2).value).toBe("Cohort (opened in) (year)");
    expect(rowLabelled(sheet, "Total").getCell(3).value).toMatchObject({
      result: numberOf(rowLabelled(english.getWorksheet("Summary")!, "Total").getCell(2)),
    });
    expect(rowLabelled(sheet, "Per group, over all cohorts")).toBeDefined();
  });

  it("refuses a trend that is not a quarter or a year", async () => {
    const result = await t.gql(
      `mutation($filter: ReportFilter!) { exportAccountabilityReport(filter: $filter) { id } }`,
      { filter: { municipalityId: zwolle, ...period, trend: "MONTH" } },
    );
    expect(result.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(result.errors![0].message).toMatch(/CohortGranularity/);
  });

  it("adds the sheet from the command line with --trend, and refuses --trend month", async () => {
    const out = path.join(dir, "trend.xlsx");
    const args = ["--municipality", "GM0193", "--from", period.from, "--to", period.to];
    const progress = Object.assign(new PassThrough(), { isTTY: false }).resume();
    const io = { progress: progress as unknown as NodeJS.WriteStream, log: () => undefined };
    const run = (extra: string[]) =>
      runReportCommand(t.database.dataSource, [...args, "--out", out, ...extra], io);
    await expect(run(["--team", "Wijkteam Noord", "--trend", "month"])).rejects.toThrow(
      new UsageError("--trend must be one of QUARTER, YEAR"),
    );
    expect(await run(["--team", "Wijkteam Noord", "--trend", "year"])).toBe(0);
    const workbook = await readWorkbook(await readFile(out));
    expect(workbook.getWorksheet("Trend")).toBeDefined();
  });
});
