/**
 * The Dutch number and month formats the charts use, shared by the web application (which
 * re-exports them from web/src/format.ts, its one place for formatting) and the server's chart
 * images in the workbook. Decimal strings from the API are formatted without turning them into
 * floats first (Intl formats a numeric string exactly).
 */
export type Numeric = string | number;
type IntlNumeric = Parameters<Intl.NumberFormat["format"]>[0];

const euroFormat = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
const wholeEuroFormat = new Intl.NumberFormat("nl-NL", {
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 0,
});
const monthFormat = new Intl.DateTimeFormat("nl-NL", {
  month: "short",
  year: "numeric",
  timeZone: "Europe/Amsterdam",
});

export const asIntl = (value: Numeric) => value as IntlNumeric;

/** € 1.234,56 */
export function euro(value: Numeric): string {
  return euroFormat.format(asIntl(value));
}

/** € 1.235, for chart axes. */
export function wholeEuro(value: Numeric): string {
  return wholeEuroFormat.format(asIntl(value));
}

/** An SROI ratio with the decimals the API computed it with: 2,345. */
export function ratio(value: Numeric | null | undefined, decimals = 3): string {
  if (value === null || value === undefined) return "–";
  return new Intl.NumberFormat("nl-NL", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(asIntl(value));
}

/** "2026-03" or "2026-03-01" as a date: noon UTC is the same calendar day in Amsterdam. */
export function dayOf(iso: string): Date {
  const [year, month, day] = iso.split("-").map(Number);
  return new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1, 12));
}

/** mrt 2026 (Intl writes "mrt. 2026"; the point is dropped as in the workbook). */
export function month(iso: string): string {
  return monthFormat.format(dayOf(iso)).replace(".", "");
}
