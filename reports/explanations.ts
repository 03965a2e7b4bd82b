import { Decimal } from "decimal.js";
import type { Language } from "./labels";
import type { ReportSettings } from "./report-data";

/**
 * The sentences of the Aannames sheet that depend on the settings: built from the values the
 * figures were computed with, never a fixed text that may no longer be true.
 */
function decimalText(value: Decimal.Value, language: Language): string {
  const text = new Decimal(value).toDecimalPlaces(6).toString();
  return language === "NL" ? text.replace(".", ",") : text;
}

export function percentText(value: Decimal.Value, language: Language): string {
  return `${decimalText(new Decimal(value).times(100), language)} %`;
}

/** Which published standard a discount rate is, if any. */
function standardOf(rate: Decimal, language: Language): string {
  if (rate.equals("0.0225"))
    return language === "NL" ? " (MKBA-standaard)" : " (Dutch MKBA standard)";
  if (rate.equals("0.035")) return " (HM Treasury Green Book)";
  return "";
}

export function explainDiscount(settings: ReportSettings, language: Language): string {
  const rate = new Decimal(settings.discountRate);
  const pct = percentText(rate, language);
  const standard = standardOf(rate, language);
  if (rate.isZero()) {
    return language === "NL" ? "niet verdisconteerd (0 %)" : "not discounted (0 %)";
  }
  if (language === "NL") {
    return settings.discountFirstYear
      ? `${pct} per jaar${standard}, in jaarstappen vanaf de basisdatum; ook het eerste jaar: een bedrag in basisjaar j telt ÷ (1 + ${pct})^j`
      : `${pct} per jaar${standard}, in jaarstappen vanaf de basisdatum; het eerste jaar telt onverdisconteerd: een bedrag in basisjaar j telt ÷ (1 + ${pct})^(j − 1)`;
  }
  return settings.discountFirstYear
    ? `${pct} a year${standard}, in yearly steps from the base date, the first year included: an amount in base year y counts ÷ (1 + ${pct})^y`
    : `${pct} a year${standard}, in yearly steps from the base date; the first year at face value: an amount in base year y counts ÷ (1 + ${pct})^(y − 1)`;
}

export function explainLow(settings: ReportSettings, language: Language): string {
  const { fractionStep, proxyStep, discountFactor } = settings.range;
  const step = decimalText(fractionStep, language);
  const proxy = percentText(proxyStep, language);
  const factor = decimalText(discountFactor, language);
  return language === "NL"
    ? `alle correctiefactoren (deadweight, verplaatsing, attributie, drop-off en weglek) ${step} hoger (hoogstens 1), proxy's ${proxy} lager, disconteringsvoet × ${factor}`
    : `every adjustment factor (deadweight, displacement, attribution, drop-off and leakage) ${step} higher (at most 1), proxies ${proxy} lower, discount rate × ${factor}`;
}

export function explainHigh(settings: ReportSettings, language: Language): string {
  const step = decimalText(settings.range.fractionStep, language);
  const proxy = percentText(settings.range.proxyStep, language);
  return language === "NL"
    ? `alle correctiefactoren (deadweight, verplaatsing, attributie, drop-off en weglek) ${step} lager (minstens 0), proxy's ${proxy} hoger, geen discontering`
    : `every adjustment factor (deadweight, displacement, attribution, drop-off and leakage) ${step} lower (at least 0), proxies ${proxy} higher, no discounting`;
}

export function explainBasis(
  settings: ReportSettings,
  period: { from: string; to: string },
  language: Language,
): string {
  return language === "NL"
    ? `de casussen die in de periode liepen (niet gesloten vóór ${period.from}, geopend uiterlijk ${period.to}), met al hun kosten, baten en uren van de basisdatum ${settings.baseDate} tot en met ${settings.horizonEnd} (de horizon), ook wat na de periode valt; wat vóór de basisdatum ligt telt niet mee. Uren en bedragen hebben zo dezelfde basis.`
    : `the cases running in the period (not closed before ${period.from}, opened by ${period.to}), with all their costs, returns and hours from the base date ${settings.baseDate} to ${settings.horizonEnd} (the horizon), also what falls after the period; what lies before the base date is not counted. Hours and amounts thus share one basis.`;
}
