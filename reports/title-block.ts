import { labelsFor } from "./labels";
import type { AccountabilityReportData } from "./report-data";
import type { TitleBlock } from "./table";

/**
 * The title block every sheet starts with: "Verantwoording Zwolle 2025" (or "… 1 januari –
 * 30 juni 2025"), the filter the figures were made with, and the price list with its version —
 * so a sheet printed or copied on its own still says what it shows.
 */
const LOCALES = { NL: "nl-NL", EN: "en-GB" } as const;

/** The period in words: a calendar year as "2025", otherwise both days written out. */
export function periodInWords(period: { from: string; to: string }, language: "NL" | "EN"): string {
  const year = period.from.slice(0, 4);
  if (period.from === `${year}-01-01` && period.to === `${year}-12-31`) return year;
  const day = (iso: string, withYear: boolean) =>
    new Intl.DateTimeFormat(LOCALES[language], {
      day: "numeric",
      month: "long",
      year: withYear ? "numeric" : undefined,
      timeZone: "UTC",
    }).format(new Date(`${iso}T00:00:00Z`));
  const sameYear = period.to.slice(0, 4) === year;
  return `${day(period.from, !sameYear)} – ${day(period.to, true)}`;
}

export function reportTitle(data: AccountabilityReportData): string {
  const labels = labelsFor(data.language);
  return `${labels.title} ${data.municipality.name} ${periodInWords(data.period, data.language)}`;
}

/** "Gemeente: Zwolle (GM0193) · Periode: 2025 · Team: Wijkteam Midden · Vergelijking per arrangement" */
export function filterLine(data: AccountabilityReportData): string {
  const labels = labelsFor(data.language);
  const parts = [
    `${labels.municipality}: ${data.municipality.name} (${data.municipality.code})`,
    `${labels.period}: ${periodInWords(data.period, data.language)}`,
  ];
  if (data.filter.team) parts.push(`${labels.filterTeam}: ${data.filter.team}`);
  if (data.filter.district) parts.push(`${labels.filterDistrict}: ${data.filter.district}`);
  if (data.filter.arrangement)
    parts.push(`${labels.filterArrangement}: ${data.filter.arrangement}`);
  parts.push(`${labels.groupBy} ${labels[`groupBy${data.groupBy}`]}`);
  return parts.join(" · ");
}

/** 'Prijslijst "Sociale prijslijst Zwolle" versie 3 (gepubliceerd) — rapportagejaar 2025, …' */
export function priceListLine(data: AccountabilityReportData): string {
  const labels = labelsFor(data.language);
  const list = data.priceList;
  return `${labels.priceList} "${list.name}" ${labels.priceListVersion.toLowerCase()} ${list.version} (${labels.listStatuses[list.status] ?? list.status}) — ${labels.reportYear.toLowerCase()} ${list.reportYear}, ${labels.indexName.toLowerCase()} ${list.indexName}`;
}

export function titleBlockOf(data: AccountabilityReportData): TitleBlock {
  return { title: reportTitle(data), filter: filterLine(data), priceList: priceListLine(data) };
}
