import type { BilingualNoun, Granularity, HypothesisLabels } from "./types";

/** Generic words; the API passes the real ones (hours or cases, district or team). */
export const DEFAULT_LABELS: HypothesisLabels = {
  effort: {
    nl: "eenheid inzet (collectief/informeel)",
    en: "unit of effort (collective/informal)",
  },
  demand: {
    nl: "eenheden vraag (individueel/formeel)",
    en: "units of demand (individual/formal)",
  },
  unit: { nl: { one: "wijk", other: "wijken" }, en: { one: "district", other: "districts" } },
};

export const PERIOD_NOUNS: Record<Granularity, BilingualNoun> = {
  MONTH: { nl: { one: "maand", other: "maanden" }, en: { one: "month", other: "months" } },
  QUARTER: {
    nl: { one: "kwartaal", other: "kwartalen" },
    en: { one: "quarter", other: "quarters" },
  },
};

/** The noun for a count: "1 maand", "3 maanden". */
export function counted(noun: BilingualNoun, language: "nl" | "en", count: number): string {
  return count === 1 ? noun[language].one : noun[language].other;
}

/** When effort is measured relative to demand: "3 maanden vóór de vraag", "in the same month …". */
export function lagPhrase(lag: number, granularity: Granularity, language: "nl" | "en"): string {
  const noun = PERIOD_NOUNS[granularity];
  if (language === "nl") {
    if (lag > 0) return `${lag} ${counted(noun, "nl", lag)} vóór de vraag`;
    return granularity === "MONTH"
      ? "in dezelfde maand als de vraag"
      : "in hetzelfde kwartaal als de vraag";
  }
  if (lag > 0) return `${lag} ${counted(noun, "en", lag)} before the demand`;
  return `in the same ${noun.en.one} as the demand`;
}
