import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { syntheticCases, syntheticReportData } from "../../../bench/synthetic-report";
import {
  ReconciliationError,
  writeAccountabilityWorkbook,
  writeCaseCsv,
  type AccountabilityReportData,
  type CaseRowSource,
} from "../../../reports";
import { MONEY_FORMAT, columnLetter, euros } from "../../../reports/cell-formats";
import { mayDownload } from "../../../api/accountability/download-access";
import { Role } from "../../../schema/roles";

async function build(data: AccountabilityReportData, cases: CaseRowSource): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeAccountabilityWorkbook(data, cases, out);
  return Buffer.concat(chunks);
}

async function read(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as any);
  return workbook;
}

/** The row whose first cell is `label` (the total row). */
function rowOf(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  let found: ExcelJS.Row | null = null;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === label) found = row;
  });
  if (!found) throw new Error(`no row ${label} on ${sheet.name}`);
  return found;
}

function formula(cell: ExcelJS.Cell): { formula: string; result: unknown } {
  const value = cell.value as { formula?: string; result?: unknown };
  if (!value || typeof value.formula !== "string") {
    throw new Error(`${cell.address} holds no formula: ${JSON.stringify(cell.value)}`);
  }
  return { formula: value.formula, result: value.result };
}

describe("accountability workbook builder", () => {
  const options = { cases: 30, months: 24, teams: 3 };
  const data = syntheticReportData(options);
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = await read(await build(data, syntheticCases(options)));
  });

  it("has the nine sheets in order, in Dutch", () => {
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
  });

  it("totals the cockpit with SUM formulas whose cached results are the given totals", () => {
    const sheet = workbook.getWorksheet("Samenvatting")!;
    expect(sheet.getCell("A1").value).toBe("Verantwoording Proefstad 2025");
    expect(sheet.getCell("A4").value).toBe("Team");
    const total = rowOf(sheet, "Totaal");
    // one empty row between the data and the total
    const last = total.number - 2;
    expect(sheet.getRow(total.number - 1).getCell(1).value).toBeNull();
    expect(formula(total.getCell(2))).toEqual({ formula: `SUM(B5:B${last})`, result: 30 });
    expect(formula(total.getCell(5))).toEqual({
      formula: `ROUND(SUM(E5:E${last}),2)`,
      result: euros(data.total.nominalCosts),
    });
    expect(formula(total.getCell(9)).result).toBe(euros(data.total.presentValue));
    expect(formula(total.getCell(10))).toEqual({
      formula: `ROUND(I${total.number}-H${total.number},2)`,
      result: euros(data.total.npv),
    });
    expect(formula(total.getCell(11)).formula).toBe(
      `IF(H${total.number}=0,"",ROUND(I${total.number}/H${total.number},3))`,
    );
    expect(total.getCell(5).numFmt).toBe(MONEY_FORMAT);
    // the rows above add up to the cached total, to the cent
    let cents = 0;
    for (let r = 5; r <= last; r++) cents += Math.round(Number(sheet.getCell(`E${r}`).value) * 100);
    expect(cents).toBe(Math.round(euros(data.total.nominalCosts) * 100));
  });

  it("freezes the headers, filters the data rows only, and prints the summary sheets only", () => {
    const cases = workbook.getWorksheet("Casussen")!;
    // header and data rows only: sorting must not drag the total into the data
    expect(cases.autoFilter).toBe(`A4:L${4 + 30}`);
    expect(workbook.getWorksheet("Samenvatting")!.autoFilter).toBe("A4:O7");
    const caseSheets = ["Casussen", "Casusmaanden"];
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getColumn(1).width).toBeGreaterThan(5);
      if (caseSheets.includes(sheet.name)) {
        // a case sheet prints as a spreadsheet's default would: no fit, no repeated titles
        expect(sheet.pageSetup.fitToPage).toBeFalsy();
        expect(sheet.pageSetup.printTitlesRow).toBeUndefined();
        continue;
      }
      expect(sheet.pageSetup).toMatchObject({
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(sheet.pageSetup.printTitlesRow).toBe("1:4");
    }
  });

  it("starts every sheet with the title, the filter and the price list with its version", () => {
    for (const sheet of workbook.worksheets) {
      expect(sheet.getCell("A1").value).toBe("Verantwoording Proefstad 2025");
      expect(sheet.getCell("A2").value).toBe(
        "Gemeente: Proefstad (GM9999) · Periode: 2025 · Vergelijking per arrangement",
      );
      expect(String(sheet.getCell("A3").value)).toMatch(/^Prijslijst ".+" versie prijslijst 3 /);
    }
  });

  it("makes every period of the timeline SUMIFS over the case months, and the total their sum", () => {
    const sheet = workbook.getWorksheet("Tijdlijn")!;
    const first = formula(sheet.getCell("B5"));
    expect(first.formula).toBe("ROUND(SUMIFS('Casusmaanden'!$E:$E,'Casusmaanden'!$B:$B,$A5),2)");
    expect(first.result).toBe(euros(data.timeline[0].costs));
    const total = rowOf(sheet, "Totaal");
    expect(formula(total.getCell(6)).result).toBe(euros(data.total.investment));
    expect(formula(total.getCell(7)).result).toBe(euros(data.total.presentValue));
  });

  it("lists each case once, totals them to the cockpit's total, and the case months likewise", () => {
    const cases = workbook.getWorksheet("Casussen")!;
    const total = rowOf(cases, "Totaal");
    expect(total.number).toBe(5 + 30 + 1);
    expect(formula(total.getCell(2))).toEqual({ formula: "COUNTA(A5:A34)", result: 30 });
    expect(formula(total.getCell(8)).result).toBe(euros(data.total.investment));
    const months = workbook.getWorksheet("Casusmaanden")!;
    expect(formula(rowOf(months, "Totaal").getCell(5)).result).toBe(euros(data.total.nominalCosts));
  });

  it("balances who pays and who gains and sums the matrix to the PV of the returns", () => {
    const sheet = workbook.getWorksheet("Wie betaalt, wie baat")!;
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row) => {
      if (row.getCell(1).value === "Totaal") rows.push(row);
    });
    expect(formula(rows[0].getCell(3)).result).toBe(euros(data.total.investment));
    expect(formula(rows[0].getCell(4)).result).toBe(euros(data.total.presentValue));
    const grand = rows[1].getCell(3 + 2); // two beneficiaries, then the total column
    expect(formula(grand).result).toBe(euros(data.total.presentValue));
  });

  it("records the price list, the assumptions and the workbook properties", () => {
    const prices = workbook.getWorksheet("Prijslijst")!;
    expect(String(prices.getCell("A3").value)).toContain("versie prijslijst 3");
    expect(prices.getCell("A5").value).toBe("UUR_WIJKTEAM");
    expect(prices.getCell("F5").value).toBe(1.033);
    const assumptions = workbook.getWorksheet("Aannames")!;
    const values = new Map<string, unknown>();
    assumptions.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(values.get("Disconteringsvoet per jaar")).toBe(0.0225);
    expect(values.get("Optimisme-correctie C")).toBe(0.25);
    expect(values.get("Versie prijslijst")).toBe(3);
    expect(workbook.creator).toBe("controller@proefstad.nl");
    expect(workbook.created.toISOString()).toBe("2026-01-15T10:00:00.000Z");
    expect(workbook.title).toBe("Verantwoording Proefstad 2025");
    expect(workbook.description).toContain("Periode van: 2025-01-01");
    expect(workbook.subject).toContain("versie prijslijst 3");
  });

  it("writes English labels on request", async () => {
    const english = await read(await build({ ...data, language: "EN" }, syntheticCases(options)));
    expect(english.worksheets.map((s) => s.name)).toEqual([
      "Summary",
      "Timeline",
      "Who pays, who gains",
      "Arrangements",
      "Quadrants",
      "Cases",
      "Case months",
      "Price list",
      "Assumptions",
    ]);
    expect(english.getWorksheet("Summary")!.getCell("A1").value).toBe(
      "Accountability report Proefstad 2025",
    );
  });

  it("refuses to write a workbook whose rows do not add up to the total", async () => {
    const broken = { ...data, total: { ...data.total, investment: "0.01" } };
    await expect(build(broken, syntheticCases(options))).rejects.toThrow(ReconciliationError);
  });

  it("writes the case rows as Dutch CSV", async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    await writeCaseCsv(syntheticCases({ cases: 2, months: 3 }), "NL", out);
    const lines = Buffer.concat(chunks).toString("utf8").split("\r\n");
    expect(lines[0]).toMatch(
      /^\uFEFFCasusreferentie;Team;Wijk;Groep \(arrangement\);Kosten \(nominaal\)/,
    );
    expect(lines[1]).toMatch(/^SY-0000001;Wijkteam A;;Arrangement 0;\d+,\d{2};/);
  });

  it("names columns as a spreadsheet does", () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
  });
});

describe("who may download an export", () => {
  const owner = { municipalityId: "m1", requestedBy: "u1" };
  const caller = (role: Role, municipalityId: string | null) => ({ role, municipalityId });
  it("allows the municipality's finance officers and a platform admin", () => {
    expect(mayDownload(caller(Role.FINANCE, "m1"), owner)).toBe(true);
    expect(mayDownload(caller(Role.ADMIN, "m1"), owner)).toBe(true);
    expect(mayDownload(caller(Role.ADMIN, null), owner)).toBe(true);
  });
  it("refuses other roles, even the requester's, and other municipalities", () => {
    expect(mayDownload(caller(Role.ANALYST, "m1"), owner)).toBe(false);
    expect(mayDownload(caller(Role.TEAM_LEAD, "m1"), owner)).toBe(false);
    expect(mayDownload(caller(Role.PROFESSIONAL, "m1"), owner)).toBe(false);
    expect(mayDownload(caller(Role.FINANCE, "m2"), owner)).toBe(false);
    expect(mayDownload(caller(Role.ANALYST, null), owner)).toBe(false);
  });
});
