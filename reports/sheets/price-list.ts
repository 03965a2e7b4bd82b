import type ExcelJS from "exceljs";
import { FACTOR_FORMAT, MONEY_FORMAT, euros } from "../cell-formats";
import type { Labels } from "../labels";
import type { AccountabilityReportData } from "../report-data";
import { TableWriter, sheetOptions, type TitleBlock } from "../table";

/**
 * Prijslijst: every price item the cases used, with its price and price year, the index factor
 * that brought it to the report year, the price in the report year, who bears it, the value
 * type, the confidence grade and the source; the title block names the price-list version.
 */
export function writePriceListSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  data: AccountabilityReportData,
  labels: Labels,
  heading: TitleBlock,
) {
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
      { header: labels.bearer, width: 30 },
      { header: labels.valueType, width: 24 },
      { header: labels.grade, width: 16 },
      { header: labels.source, width: 40 },
    ],
    heading,
  );
  const bearers = new Map(data.stakeholders.map((s) => [s.code, `${s.name} (${s.code})`]));
  for (const item of data.priceItems) {
    table.row([
      item.code,
      item.name,
      labels.units[item.unit] ?? item.unit,
      euros(item.price),
      item.priceYear,
      Number(item.indexFactor),
      euros(item.indexedPrice),
      bearers.get(item.bearer) ?? item.bearer,
      labels.valueTypes[item.valueType] ?? item.valueType,
      item.grade,
      item.source,
    ]);
  }
  table.commit();
}
