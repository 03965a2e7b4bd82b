import type ExcelJS from "exceljs";
import { COUNT_FORMAT, HOURS_FORMAT, cents, centsToEuros } from "../cell-formats";
import type { Labels } from "../labels";
import type { AccountabilityReportData } from "../report-data";
import { FIRST_DATA_ROW, TableWriter, sheetOptions, type TitleBlock } from "../table";

/**
 * Kwadranten: intervention hours and cases per team and quadrant, for each quadrant model in
 * use (hours placed through the provision used or the arrangement's quadrant profile; hours
 * without a placement are "not placed"). Below the table, the hours per model as SUMIFS over it.
 * A case with work in two quadrants counts in both, so cases are not totalled.
 */
export function writeQuadrantSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  data: AccountabilityReportData,
  labels: Labels,
  heading: TitleBlock,
) {
  const sheet = workbook.addWorksheet(labels.sheetQuadrants, sheetOptions(1));
  const table = new TableWriter(
    sheet,
    [
      { header: labels.model, width: 40 },
      { header: labels.team, width: 28 },
      { header: labels.quadrantCode, width: 10 },
      { header: labels.quadrantName, width: 30 },
      { header: labels.hours, width: 12, format: HOURS_FORMAT },
      { header: labels.cases, width: 10, format: COUNT_FORMAT },
    ],
    heading,
  );
  for (const row of data.quadrants) {
    table.row([
      row.model,
      row.team,
      row.quadrantCode ?? labels.unplaced,
      row.quadrantName,
      Number(row.hours),
      row.cases,
    ]);
  }
  const last = Math.max(table.lastDataRow(), FIRST_DATA_ROW);
  table.total([labels.quadrantTotals]);
  const models = [...new Set(data.quadrants.map((row) => row.model))];
  for (const model of models) {
    const n = table.next;
    // Hours have two decimals: summed exactly in hundredths.
    const hundredths = data.quadrants
      .filter((row) => row.model === model)
      .reduce((sum, row) => sum + cents(row.hours), 0n);
    table.row([
      model,
      null,
      null,
      null,
      {
        formula: `ROUND(SUMIFS(E$${FIRST_DATA_ROW}:E$${last},A$${FIRST_DATA_ROW}:A$${last},A${n}),2)`,
        result: centsToEuros(hundredths),
      },
    ]);
  }
  table.commit();
}
