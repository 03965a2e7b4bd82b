/**
 * All numbers and dates on the pages are formatted here, the Dutch way, from the API's exact
 * decimal strings (Intl formats a numeric string without turning it into a float first).
 */
type Numeric = string | number;
type IntlNumeric = Parameters<Intl.NumberFormat["format"]>[0];

const euroFormat = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
const wholeEuroFormat = new Intl.NumberFormat("nl-NL", {
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 0,
});
const integerFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });
const hoursFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });
const monthFormat = new Intl.DateTimeFormat("nl-NL", {
  month: "short",
  year: "numeric",
  timeZone: "Europe/Amsterdam",
});
const dateFormat = new Intl.DateTimeFormat("nl-NL", {
  dateStyle: "long",
  timeZone: "Europe/Amsterdam",
});
const dateTimeFormat = new Intl.DateTimeFormat("nl-NL", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/Amsterdam",
});

const asIntl = (value: Numeric) => value as IntlNumeric;

/** € 1.234,56 */
export function euro(value: Numeric): string {
  return euroFormat.format(asIntl(value));
}

/** € 1.235, for chart axes. */
export function wholeEuro(value: Numeric): string {
  return wholeEuroFormat.format(asIntl(value));
}

export function integer(value: Numeric): string {
  return integerFormat.format(asIntl(value));
}

export function hours(value: Numeric): string {
  return hoursFormat.format(asIntl(value));
}

const quantityFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 4 });

/** A count or quantity without trailing zeros: 122, 2,5. */
export function quantity(value: Numeric): string {
  return quantityFormat.format(asIntl(value));
}

const coordinateFormat = new Intl.NumberFormat("nl-NL", {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const percentFormat = new Intl.NumberFormat("nl-NL", {
  style: "percent",
  maximumFractionDigits: 1,
});

/** A position on a quadrant model's axis, to one decimal as the surveys report it: -4,1. */
export function coordinate(value: Numeric): string {
  return coordinateFormat.format(asIntl(value));
}

/** A share 0–1 as a percentage: 12,5%. */
export function percent(value: Numeric): string {
  return percentFormat.format(asIntl(value));
}

/** An SROI ratio with the decimals the API computed it with: 2,345. */
export function ratio(value: Numeric | null | undefined, decimals = 3): string {
  if (value === null || value === undefined) return "–";
  return new Intl.NumberFormat("nl-NL", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(asIntl(value));
}

function dayOf(iso: string): Date {
  // "2026-03" or "2026-03-01": noon UTC is the same calendar day in Amsterdam.
  const [year, month, day] = iso.split("-").map(Number);
  return new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1, 12));
}

/** mrt 2026 (Intl writes "mrt. 2026"; the point is dropped as in the workbook). */
export function month(iso: string): string {
  return monthFormat.format(dayOf(iso)).replace(".", "");
}

/** 5 december 2026 */
export function date(iso: string): string {
  return dateFormat.format(dayOf(iso));
}

export function dateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

/** The month a payback month number (1 = the base date's month) falls in: "mrt 2026". */
export function paybackMonth(baseDate: string, monthNumber: number | null | undefined): string {
  if (!monthNumber) return "–";
  const base = dayOf(baseDate);
  const at = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + monthNumber - 1, 1, 12));
  return month(at.toISOString().slice(0, 10));
}
