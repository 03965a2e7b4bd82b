import type { Writable } from "node:stream";
import { once } from "node:events";
import type { CaseRowSource, GroupBy } from "./report-data";
import { labelsFor, type Language } from "./labels";

/**
 * The case rows as CSV, for tools that prefer it: one row per case, the same figures as the
 * Casussen sheet. Dutch CSV conventions for NL (semicolon, decimal comma), plain CSV for EN
 * (comma, decimal point); UTF-8 with a byte-order mark so Excel reads the accents.
 *
 * A text cell that starts with = + - @ (or a tab or carriage return) would be read as a formula
 * by a spreadsheet (CSV injection), so it gets a leading apostrophe. Numbers are written as
 * numbers: a negative amount stays a negative number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvText(text: string | null, separator: string): string {
  if (text === null) return "";
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[";,\n\r]/.test(safe) || safe.includes(separator)
    ? `"${safe.replace(/"/g, '""')}"`
    : safe;
}

export interface CaseCsvOptions {
  /** The report's grouping: another than per arrangement adds an arrangement column. */
  groupBy?: GroupBy;
  /** Called after each case row (may throw to stop the writing). */
  onRow?: (done: number) => void;
}

export async function writeCaseCsv(
  cases: CaseRowSource,
  language: Language,
  output: Writable,
  options: CaseCsvOptions = {},
): Promise<void> {
  const labels = labelsFor(language);
  const separator = language === "NL" ? ";" : ",";
  const groupBy = options.groupBy ?? "ARRANGEMENT";
  const withArrangement = groupBy !== "ARRANGEMENT";
  const number = (value: string | number | null) =>
    value === null ? "" : language === "NL" ? String(value).replace(".", ",") : String(value);
  const text = (value: string | null) => csvText(value, separator);
  const write = async (line: string) => {
    if (!output.write(line + "\r\n")) await once(output, "drain");
  };
  await write(
    "\uFEFF" +
      [
        labels.reference,
        labels.team,
        labels.district,
        `${labels.group} (${labels[`groupBy${groupBy}`]})`,
        labels.nominalCosts,
        labels.nominalReturns,
        labels.nominalNet,
        labels.investment,
        labels.presentValue,
        labels.npv,
        labels.sroiRatio,
        labels.paybackMonth,
        ...(withArrangement ? [labels.arrangement] : []),
      ]
        .map(text)
        .join(separator),
  );
  let done = 0;
  for await (const row of cases()) {
    await write(
      [
        text(row.reference),
        text(row.team),
        text(row.district),
        text(row.group),
        number(row.nominalCosts),
        number(row.nominalReturns),
        number(row.nominalNet),
        number(row.investment),
        number(row.presentValue),
        number(row.npv),
        number(row.sroiRatio),
        number(row.paybackMonth),
        ...(withArrangement ? [text(row.arrangement)] : []),
      ].join(separator),
    );
    options.onRow?.(++done);
  }
}
