import type ExcelJS from "exceljs";
import { FACTOR_FORMAT, MONEY_FORMAT, euros } from "../cell-formats";
import type { Labels } from "../labels";
import type { AccountabilityReportData } from "../report-data";
import { TableWriter, sheetOptions } from "../table";

/**
 * Prijslijst: every price item the cases used, with its price and price year, the index factor
 * that brought it to the report year, the price in the report year, who bears it, the value
 * type, the confidence grade and the source; the title names the price-list version.
 */
export function writePriceListSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  data: AccountabilityReportData,
  labels: Labels,
) {
  const list = data.priceList;
  const sheet = workbook.addWorksheet(labels.sheetPrices, sheetOptions(1));
  const table = new TableWriter(
    sheet,
    [
      { header: labels.code, width: 22 },
      { header: labels.name, width: 34 },
      { header: labels.unit, width: 10 },
      { header: labels.price, width: 15, format: MONEY_FORMAT },
      { header: labels.priceYear, width: 10 },
      { header: labels.indexFactor, width: 12, format: FACTOR_FORMAT },
      { header: labels.indexedPrice, width: 15, format: MONEY_FORMAT },
      { header: labels.bearer, width: 22 },
      { header: labels.valueType, width: 24 },
      { header: labels.grade, width: 16 },
      { header: labels.source, width: 40 },
    ],
    `${labels.priceList} "${list.name}" ${labels.priceListVersion.toLowerCase()} ${list.version} (${labels.listStatuses[list.status] ?? list.status}) — ${labels.reportYear.toLowerCase()} ${list.reportYear}, ${labels.indexName.toLowerCase()} ${list.indexName}`,
  );
  for (const item of data.priceItems) {
    table.row([
      item.code,
      item.name,
      labels.units[item.unit] ?? item.unit,
      euros(item.price),
      item.priceYear,
      Number(item.indexFactor),
      euros(item.indexedPrice),
      item.bearer,
      labels.valueTypes[item.valueType] ?? item.valueType,
      item.grade,
      item.source,
    ]);
  }
  table.commit();
}
