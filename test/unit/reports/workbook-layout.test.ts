import { syntheticCases, syntheticReportData } from "../../../bench/synthetic-report";
import { MONEY_FORMAT } from "../../../reports/cell-formats";
import { explainDiscount } from "../../../reports/explanations";
import { headerHeight, wrappedLines } from "../../../reports/table";
import { buildWorkbook, readWorkbook } from "../../support/report-helpers";

describe("workbook layout", () => {
  const options = { cases: 12, months: 12, teams: 3 };

  it("wraps header labels between words and makes the header row tall enough", async () => {
    expect(wrappedLines("Kosten", 16)).toBe(1);
    expect(wrappedLines("Opbrengsten (contante waarde, PV)", 16)).toBe(3);
    expect(wrappedLines("Terugverdienmaandcontant", 10)).toBe(3);
    expect(headerHeight([{ text: "Kosten", width: 16 }])).toBe(18);
    const workbook = await readWorkbook(
      await buildWorkbook(syntheticReportData(options), syntheticCases(options)),
    );
    const summary = workbook.getWorksheet("Samenvatting")!;
    // "Uren individueel (basisdatum t/m horizon)" in a column 13 wide: four lines
    expect(summary.getRow(4).height).toBe(4 * 15 + 3);
    expect(summary.getCell("C4").alignment).toMatchObject({ wrapText: true });
  });

  it("writes Arrangementen always, and the chosen grouping as a sheet of its own", async () => {
    const perTeam = { ...options, groupBy: "TEAM" as const };
    const workbook = await readWorkbook(
      await buildWorkbook(syntheticReportData(perTeam), syntheticCases(perTeam)),
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Samenvatting",
      "Tijdlijn",
      "Wie betaalt, wie baat",
      "Arrangementen",
      "Vergelijking per team",
      "Kwadranten",
      "Casussen",
      "Casusmaanden",
      "Prijslijst",
      "Aannames",
    ]);
    const cases = workbook.getWorksheet("Casussen")!;
    expect(cases.getCell("D4").value).toBe("Groep (team)");
    expect(cases.getCell("M4").value).toBe("Arrangement");
    expect(cases.getCell("D5").value).toBe("Wijkteam A");
    expect(cases.getCell("M5").value).toBe("Arrangement 0");
  });

  it("lists the adjustment factors with their sensitivity values and break-even on Aannames", async () => {
    const workbook = await readWorkbook(
      await buildWorkbook(syntheticReportData(options), syntheticCases(options)),
    );
    const rows = new Map<string, unknown[]>();
    workbook.getWorksheet("Aannames")!.eachRow((row) => {
      rows.set(
        String(row.getCell(1).value),
        [2, 3, 4, 5, 6].map((c) => row.getCell(c).value),
      );
    });
    expect(
      rows.get("Schulden gestabiliseerd (SCHULDEN_STABIEL) · deadweight (was toch gebeurd)"),
    ).toEqual([0.2, 0.3, 0.1, 0.6, "12 uitkomsten; duur (jaar) 2"]);
    expect(
      rows.get("Schulden gestabiliseerd (SCHULDEN_STABIEL) · weglek (leakage)")?.slice(0, 3),
    ).toEqual([0, 0.1, 0]);
    expect(
      rows.get("Schulden gestabiliseerd (SCHULDEN_STABIEL) · drop-off (afname per jaar)")?.[3],
    ).toBe("(geen)");
    expect(rows.get("Marge tot SROI 1,0")?.[0]).toBe(0.5);
    expect(String(rows.get("Gevoeligheid: pessimistisch")?.[4])).toContain(
      "deadweight, verplaatsing, attributie, drop-off en weglek) 0,1 hoger",
    );
    expect(String(rows.get("Disconteringsvoet per jaar")?.[4])).toContain(
      "2,25 % per jaar (MKBA-standaard)",
    );
  });

  it("explains the discount rate the figures were computed with", () => {
    const settings = syntheticReportData(options).settings;
    expect(
      explainDiscount({ ...settings, discountRate: "0.035", discountFirstYear: true }, "EN"),
    ).toBe(
      "3.5 % a year (HM Treasury Green Book), in yearly steps from the base date, the first year included: an amount in base year y counts ÷ (1 + 3.5 %)^y",
    );
    expect(explainDiscount({ ...settings, discountRate: "0.04" }, "NL")).toContain(
      "4 % per jaar, in jaarstappen",
    );
  });

  it("shows negative amounts the Dutch way: € -1.234,56 in red", () => {
    expect(MONEY_FORMAT).toBe("[$€-413] #,##0.00;[Red][$€-413] -#,##0.00");
  });
});
