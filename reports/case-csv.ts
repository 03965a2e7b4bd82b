import type { Writable } from "node:stream";
import { once } from "node:events";
import type { CaseRowSource } from "./report-data";
import { labelsFor, type Language } from "./labels";

/**
 * The case rows as CSV, for tools that prefer it: one row per case, the same figures as the
 * Casussen sheet. Dutch CSV conventions for NL (semicolon, decimal comma), plain CSV for EN
 * (comma, decimal point); UTF-8 with a byte-order mark so Excel reads the accents.
 */
export async function writeCaseCsv(
  cases: CaseRowSource,
  language: Language,
  output: Writable,
): Promise<void> {
  const labels = labelsFor(language);
  const separator = language === "NL" ? ";" : ",";
  const number = (text: string | number | null) =>
    text === null ? "" : language === "NL" ? String(text).replace(".", ",") : String(text);
  const quote = (text: string | null) => {
    if (text === null) return "";
    return /[";,\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const write = async (line: string) => {
    if (!output.write(line + "\r\n")) await once(output, "drain");
  };
  await write(
    "\uFEFF" +
      [
        labels.reference,
        labels.team,
        labels.district,
        labels.group,
        labels.nominalCosts,
        labels.nominalReturns,
        labels.nominalNet,
        labels.investment,
        labels.presentValue,
        labels.npv,
        labels.sroiRatio,
        labels.paybackMonth,
      ]
        .map(quote)
        .join(separator),
  );
  for await (const row of cases()) {
    await write(
      [
        quote(row.reference),
        quote(row.team),
        quote(row.district),
        quote(row.group),
        number(row.nominalCosts),
        number(row.nominalReturns),
        number(row.nominalNet),
        number(row.investment),
        number(row.presentValue),
        number(row.npv),
        number(row.sroiRatio),
        number(row.paybackMonth),
      ].join(separator),
    );
  }
}
