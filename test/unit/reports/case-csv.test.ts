import { writeCaseCsv, type CaseReportRow, type CaseRowSource } from "../../../reports";
import { collect } from "../../support/report-helpers";

/** CSV opened in a spreadsheet: text that looks like a formula must stay text. */
function row(overrides: Partial<CaseReportRow>): CaseReportRow {
  return {
    reference: "ZW-1",
    team: "Wijkteam",
    district: null,
    group: "Arrangement",
    arrangement: "Arrangement",
    nominalCosts: "-12.50",
    nominalReturns: "0.00",
    nominalNet: "12.50",
    investment: "-1234.56",
    presentValue: "0.00",
    npv: "1234.56",
    sroiRatio: null,
    paybackMonth: null,
    paybackPeriod: null,
    months: [],
    ...overrides,
  };
}

const source = (rows: CaseReportRow[]): CaseRowSource =>
  async function* () {
    yield* rows;
  };

describe("case CSV", () => {
  it("prefixes text cells that start like a formula, and leaves negative numbers numbers", async () => {
    const text = await collect((out) =>
      writeCaseCsv(
        source([
          row({
            reference: '=HYPERLINK("http://x","klik")',
            team: "+31 team",
            district: "@wijk",
            group: "-groep",
          }),
          row({ reference: "\tZW-2", team: "\rteam" }),
        ]),
        "NL",
        out,
      ),
    );
    const lines = text.split("\r\n");
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""http://x"",""klik"")";'+31 team;'@wijk;'-groep;-12,50;0,00;12,50;-1234,56;0,00;1234,56;;`,
    );
    expect(lines[2].startsWith("'\tZW-2;\"'\rteam\";")).toBe(true);
  });

  it("adds the arrangement when the report is grouped otherwise, in English with commas", async () => {
    const text = await collect((out) =>
      writeCaseCsv(source([row({ group: "Wijkteam", arrangement: "Budgetcursus" })]), "EN", out, {
        groupBy: "TEAM",
      }),
    );
    const [header, line] = text.split("\r\n");
    expect(header.startsWith("\uFEFFCase reference,Team,District,Group (team),")).toBe(true);
    expect(header.endsWith(",Arrangement")).toBe(true);
    expect(line).toBe(
      "ZW-1,Wijkteam,,Wijkteam,-12.50,0.00,12.50,-1234.56,0.00,1234.56,,,Budgetcursus",
    );
  });
});
