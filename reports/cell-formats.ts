/**
 * Number formats and value conversions of the workbook.
 *
 * Number formats in an .xlsx file are locale-neutral: in the file `,` is the thousands separator
 * and `.` the decimal point, and the spreadsheet shows them with the reader's locale. So
 * `#,##0.00` appears as 1.234,56 on a Dutch machine (and 1,234.56 on an English one); writing the
 * Dutch `#.##0,00` into the file would mean something else. The euro sign carries the Dutch
 * locale tag `[$€-413]` (0x413 = nl-NL), so the currency reads as Dutch euros everywhere.
 * Negative amounts are red, with the minus after the euro sign as Dutch usage has it:
 * € -1.234,56.
 */
export const MONEY_FORMAT = "[$€-413] #,##0.00;[Red][$€-413] -#,##0.00";
export const HOURS_FORMAT = "#,##0.00";
export const COUNT_FORMAT = "#,##0";
export const FACTOR_FORMAT = "0.0000####";
export const PERCENT_FORMAT = "0.00%";

export function ratioFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

/**
 * Euros as a cell number: the calculator's text "1234.56" read as the nearest double, which is
 * exactly what cents ÷ 100 gives; totals are then ROUND(SUM(…); 2), so a spreadsheet's float
 * sum lands on the same cent.
 */
export function euros(text: string): number {
  if (!/^-?\d+\.\d{2}$/.test(text)) throw new RangeError(`not a euro amount with cents: ${text}`);
  return Number(text);
}

/** Whole cents of a euro text, for exact checks of sums (no floats). */
export function cents(text: string): bigint {
  const negative = text.startsWith("-");
  const [whole, fraction = ""] = text.replace("-", "").split(".");
  const value = BigInt(whole) * 100n + BigInt((fraction + "00").slice(0, 2));
  return negative ? -value : value;
}

/** Cents back to euros as a cell number. */
export function centsToEuros(value: bigint): number {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const text = `${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
  return Number(negative ? `-${text}` : text);
}

export function decimalNumber(text: string | null): number | null {
  return text === null ? null : Number(text);
}

/** Column letter of a 1-based column number: 1 → A, 28 → AB. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A sheet name quoted for use in a formula: 'Wie betaalt, wie baat'!A1. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Dates are real date cells with the language's locale tag (0x413 nl-NL, 0x809 en-GB), so a
 * Dutch spreadsheet shows "mrt 2026" and sorts and filters them as dates. A date is written as
 * midnight UTC of its calendar day: exceljs turns a Date into a serial number through UTC, so
 * the serial is the whole day number and equal months match in SUMIFS.
 */
export type DateLanguage = "NL" | "EN";
const LOCALE_TAG: Record<DateLanguage, string> = { NL: "[$-413]", EN: "[$-809]" };

export const monthFormat = (language: DateLanguage) => `${LOCALE_TAG[language]}mmm yyyy`;
export const dayFormat = (language: DateLanguage) => `${LOCALE_TAG[language]}d mmmm yyyy`;
export const dateTimeFormat = (language: DateLanguage) =>
  `${LOCALE_TAG[language]}d mmmm yyyy hh:mm`;

/** "2026-03" or "2026-03-15" as its calendar day (the 1st for a month) at midnight UTC. */
export function dateCell(iso: string): Date {
  const [year, month, day] = iso.split("-").map(Number);
  return new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
}

/** A moment as the wall-clock time in Amsterdam, for a cell (cells have no time zone). */
export function amsterdamCell(moment: Date): Date {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(moment);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return new Date(
    Date.UTC(
      part("year"),
      part("month") - 1,
      part("day"),
      part("hour"),
      part("minute"),
      part("second"),
    ),
  );
}
