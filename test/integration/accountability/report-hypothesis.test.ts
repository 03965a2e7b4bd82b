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
 * The Hypothese sheet of the accountability workbook: present when the export asks for it,
 * absent otherwise; its estimates and panel are quadrantHypothesis's answer for the report's
 * filter, and the panel's SUM totals are the sums of its rows.
 */
const HYPOTHESIS = `query($filter: CaseFilter, $lags: [Int!], $granularity: HypothesisGranularity,
    $unit: HypothesisUnit) {
  quadrantHypothesis(filter: $filter, lags: $lags, granularity: $granularity, unit: $unit) {
    units { id name }
    panel { unitId period effort demand }
    lags { lag nObservations nUnits nPeriods
      pearson { estimate lower upper pValue } spearman { estimate lower upper }
      fixedEffects { slope standardError lower upper pValue df }
      refused { code reason { nl en } } sentence { nl en } } } }`;

/** A cell's value, or the cached result of its formula. */
function valueOf(cell: ExcelJS.Cell): unknown {
  const value = cell.value as { formula?: string; result?: unknown } | null;
  return typeof value === "object" && value !== null && "formula" in value ? value.result : value;
}

/** A month cell (a date) back as "2025-03"; a quarter is text already. */
const periodOf = (value: unknown) =>
  value instanceof Date ? value.toISOString().slice(0, 7) : value;

/** Figures of up to four decimals as whole ten-thousandths, for exact sums. */
const tenThousandths = (value: unknown) => BigInt(Math.round(Number(value) * 10_000));

/** The panel's rows: from under its header to the first empty row. */
function panelRows(sheet: ExcelJS.Worksheet, title: string): ExcelJS.Row[] {
  const header = rowLabelled(sheet, title).number + 1;
  const rows: ExcelJS.Row[] = [];
  for (let n = header + 1; sheet.getRow(n).getCell(1).value !== null; n++) {
    rows.push(sheet.getRow(n));
  }
  return rows;
}

describe("the Hypothese sheet of the accountability workbook", () => {
  let t: TestServer;
  let zwolle: string;
  let dir: string;
  const period = { from: "2025-01-01", to: "2025-12-31" };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "kwadrant-hypothesis-"));
    // Its own export folder: another test's sweep of the shared one would take its files away.
    t = await startTestServer({ exportDir: dir });
    await seedDemoData(t.database.dataSource);
    [{ id: zwolle }] = await t.database.dataSource.query(
      "SELECT id FROM municipality WHERE code = 'GM0193'",
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
    expect(job.error).toBeNull();
    expect(job.status).toBe("SUCCEEDED");
    return readWorkbook((await download(t, job.downloadUrl)).body);
  }

  async function apiAnswer(variables: Record<string, unknown> = {}) {
    return (
      await t.ok(HYPOTHESIS, {
        filter: { municipalityId: zwolle, ...period },
        lags: [0, 3, 6],
        ...variables,
      })
    ).quadrantHypothesis;
  }

  it("writes quadrantHypothesis's estimates and panel for the report's filter", async () => {
    const workbook = await workbookOf({ hypothesis: {} });
    const sheet = workbook.getWorksheet("Hypothese")!;
    expect(sheet).toBeDefined();
    const names = workbook.worksheets.map((s) => s.name);
    expect(names.indexOf("Hypothese")).toBe(names.indexOf("Kwadranten") - 1);
    expect(sheet.getRow(1).getCell(1).value).toBe("Verantwoording Zwolle 2025");
    expect(sheet.getRow(4).getCell(1).value).toBe("Vertraging (maanden)");
    expect(sheet.getRow(4).getCell(12).value).toBe("Helling binnen de eenheid");

    const api = await apiAnswer();
    expect(api.lags).toHaveLength(3);
    api.lags.forEach((lag: any, index: number) => {
      const row = sheet.getRow(5 + index);
      expect([1, 2, 3, 4].map((c) => row.getCell(c).value)).toEqual([
        lag.lag,
        lag.nObservations,
        lag.nUnits,
        lag.nPeriods,
      ]);
      expect(lag.refused).toBeNull();
      const fe = lag.fixedEffects;
      expect([12, 13, 14, 15, 16, 17].map((c) => row.getCell(c).value)).toEqual([
        fe.slope,
        fe.standardError,
        fe.lower,
        fe.upper,
        fe.pValue,
        fe.df,
      ]);
      expect([5, 6, 7, 8].map((c) => row.getCell(c).value)).toEqual([
        lag.pearson.estimate,
        lag.pearson.lower,
        lag.pearson.upper,
        lag.pearson.pValue,
      ]);
      expect([9, 10, 11].map((c) => row.getCell(c).value)).toEqual([
        lag.spearman.estimate,
        lag.spearman.lower,
        lag.spearman.upper,
      ]);
      expect(row.getCell(18).value).toBeNull();
      expect(row.getCell(19).value).toBe(lag.sentence.nl);
    });
    expect(sheet.getRow(5 + api.lags.length).getCell(1).value).toBeNull();
    expect(
      rowLabelled(
        sheet,
        "Model: Netwerkkwadrant · inzet: werk in III, IV · vraag: nieuwe casussen met werk in I, II",
      ),
    ).toBeDefined();

    // The panel: the API's rows, in its order, with the unit's name.
    const title = "Panel: inzet en vraag per eenheid en periode";
    const header = sheet.getRow(rowLabelled(sheet, title).number + 1);
    expect([1, 2, 3, 4].map((c) => header.getCell(c).value)).toEqual([
      "Wijk",
      "Maand",
      "Inzet (uren)",
      "Vraag (nieuwe casussen)",
    ]);
    const rows = panelRows(sheet, title);
    const unitName = new Map(api.units.map((u: any) => [u.id, u.name]));
    expect(api.panel.length).toBeGreaterThan(12);
    expect(rows.map((row) => [1, 2, 3, 4].map((c) => periodOf(row.getCell(c).value)))).toEqual(
      api.panel.map((cell: any) => [
        unitName.get(cell.unitId),
        cell.period,
        cell.effort,
        cell.demand,
      ]),
    );

    // The total row sums the panel rows, as a formula whose cached result is their sum.
    const total = rowLabelled(sheet, "Totaal");
    expect(total.number).toBe(rows[rows.length - 1].number + 2);
    const [first, last] = [rows[0].number, rows[rows.length - 1].number];
    for (const [column, letter, key] of [
      [3, "C", "effort"],
      [4, "D", "demand"],
    ] as const) {
      expect(formulaOf(total.getCell(column)).formula).toBe(
        `ROUND(SUM(${letter}${first}:${letter}${last}),4)`,
      );
      const summed = rows.reduce((sum, row) => sum + tenThousandths(row.getCell(column).value), 0n);
      expect(tenThousandths(valueOf(total.getCell(column)))).toBe(summed);
      const apiSum = api.panel.reduce(
        (sum: bigint, cell: any) => sum + tenThousandths(cell[key]),
        0n,
      );
      expect(summed).toBe(apiSum);
      expect(summed).toBeGreaterThan(0n);
    }
  });

  it("leaves the sheet out unless asked, and writes it in English with a quarterly panel per team", async () => {
    const without = await workbookOf({});
    expect(without.getWorksheet("Hypothese")).toBeUndefined();
    expect(without.getWorksheet("Hypothesis")).toBeUndefined();

    const hypothesis = { lags: [0, 1], granularity: "QUARTER", unit: "TEAM" };
    const english = await workbookOf({ hypothesis }, "EN");
    expect(english.getWorksheet("Hypothese")).toBeUndefined();
    const sheet = english.getWorksheet("Hypothesis")!;
    expect(sheet.getRow(1).getCell(1).value).toBe("Accountability report Zwolle 2025");
    expect(sheet.getRow(4).getCell(1).value).toBe("Lag (quarters)");
    expect(sheet.getRow(4).getCell(3).value).toBe("Teams");

    const api = await apiAnswer(hypothesis);
    api.lags.forEach((lag: any, index: number) => {
      const row = sheet.getRow(5 + index);
      expect(row.getCell(1).value).toBe(lag.lag);
      expect(row.getCell(2).value).toBe(lag.nObservations);
      expect(row.getCell(18).value).toBe(lag.refused ? lag.refused.reason.en : null);
      expect(row.getCell(19).value).toBe(lag.sentence.en);
      expect(row.getCell(12).value).toBe(lag.fixedEffects ? lag.fixedEffects.slope : null);
    });
    // Zwolle's demo teams are too few for an estimate: the refusal says why, in English.
    expect(api.lags.some((lag: any) => lag.refused)).toBe(true);

    const title = "Panel: effort and demand per unit and period";
    expect(sheet.getRow(rowLabelled(sheet, title).number + 1).getCell(1).value).toBe("Team");
    const rows = panelRows(sheet, title);
    expect(rows.map((row) => row.getCell(2).value)).toEqual(api.panel.map((c: any) => c.period));
    expect(rows[0].getCell(2).value).toBe("2025-Q1");
    const total = rowLabelled(sheet, "Total");
    const summed = rows.reduce((sum, row) => sum + tenThousandths(row.getCell(3).value), 0n);
    expect(tenThousandths(valueOf(total.getCell(3)))).toBe(summed);
  });

  it("refuses bad lags and an unknown model when the export is asked for", async () => {
    const ask = (hypothesis: Record<string, unknown>) =>
      t.gql(
        `mutation($filter: ReportFilter!) { exportAccountabilityReport(filter: $filter) { id } }`,
        { filter: { municipalityId: zwolle, ...period, hypothesis } },
      );
    for (const [hypothesis, field] of [
      [{ lags: [0, 3, 3] }, "filter.hypothesis.lags[2]"],
      [{ lags: [37] }, "filter.hypothesis.lags[0]"],
      [{ lags: [] }, "filter.hypothesis.lags"],
      [{ modelId: "6f1e7a52-0c1d-4f7e-9a55-111111111111" }, "filter.hypothesis.modelId"],
    ] as const) {
      const result = await ask(hypothesis);
      expect(result.errors).toBeDefined();
      expect(JSON.stringify(result.errors![0])).toContain(field);
    }
  });

  it("adds the sheet from the command line with --hypothesis, and refuses lags that are no numbers", async () => {
    const out = path.join(dir, "hypothesis.xlsx");
    const args = ["--municipality", "GM0193", "--from", period.from, "--to", period.to];
    const progress = Object.assign(new PassThrough(), { isTTY: false }).resume();
    const io = { progress: progress as unknown as NodeJS.WriteStream, log: () => undefined };
    const run = (extra: string[]) =>
      runReportCommand(t.database.dataSource, [...args, "--out", out, ...extra], io);
    await expect(run(["--hypothesis-lags", "0,three"])).rejects.toThrow(
      new UsageError("--hypothesis-lags must be whole numbers separated by commas: 0,3,6"),
    );
    await expect(run(["--hypothesis", "--hypothesis-unit", "street"])).rejects.toThrow(
      new UsageError("--hypothesis-unit must be one of DISTRICT, TEAM"),
    );
    expect(await run(["--hypothesis"])).toBe(0);
    const workbook = await readWorkbook(await readFile(out));
    const sheet = workbook.getWorksheet("Hypothese")!;
    expect(sheet).toBeDefined();
    const api = await apiAnswer();
    expect(sheet.getRow(6).getCell(1).value).toBe(3);
    expect(sheet.getRow(6).getCell(12).value).toBe(api.lags[1].fixedEffects.slope);
    expect(panelRows(sheet, "Panel: inzet en vraag per eenheid en periode")).toHaveLength(
      api.panel.length,
    );
  });
});
