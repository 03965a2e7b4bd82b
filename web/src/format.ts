/**
 * All numbers and dates on the pages are formatted here, the Dutch way, from the API's exact
 * decimal strings (Intl formats a numeric string without turning it into a float first).
 */
import { asIntl, dayOf, month, type Numeric } from "../../charts/format";

// Euros, ratios and months are formatted in charts/format.ts, shared with the workbook's charts.
export { euro, month, ratio, wholeEuro } from "../../charts/format";

const integerFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });
const hoursFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat("nl-NL", {
  dateStyle: "long",
  timeZone: "Europe/Amsterdam",
});
const dateTimeFormat = new Intl.DateTimeFormat("nl-NL", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/Amsterdam",
});

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

const correlationFormat = new Intl.NumberFormat("nl-NL", {
  minimumFractionDigits: 3,
  maximumFractionDigits: 3,
});
// Three significant digits, but never fewer whole digits than the number has: 0,0177; 1.235.
const estimateFormat = new Intl.NumberFormat("nl-NL", {
  maximumSignificantDigits: 3,
  maximumFractionDigits: 0,
  roundingPriority: "morePrecision",
});

/** A correlation coefficient (or its interval's bound) to three decimals: 0,426. */
export function correlation(value: Numeric): string {
  return correlationFormat.format(asIntl(value));
}

/** A statistical estimate such as a slope or its standard error: -0,0590; 0,0221; 12,3. */
export function estimate(value: Numeric): string {
  return estimateFormat.format(asIntl(value));
}

/** A p-value to three decimals, the smallest as "< 0,001". */
export function pValue(value: number): string {
  return value < 0.001 ? `< ${correlationFormat.format(0.001)}` : correlationFormat.format(value);
}

/** A panel period: "2025-03" as mrt 2025; a quarter as the API writes it, "2025-Q1". */
export function period(value: string): string {
  return /^\d{4}-\d{2}$/.test(value) ? month(value) : value;
}
