import type { Language } from "../labels";

/** Labels of the Trend sheet in Dutch and English (beside labels.ts: one sheet's own words). */
const NL = {
  sheet: "Trend",
  cohort: "Cohort (geopend in)",
  costPerCase: "Kosten per casus (contante waarde)",
  cohortPaybackMonth: "Terugverdienmaand vanaf start cohort",
  perGroup: "Per groep, over alle cohorten",
  allCohorts: "(alle cohorten)",
  agrees: "Klopt met blad",
  yes: "ja",
  no: "nee",
  note: "Elke casus telt in één cohort: het kwartaal of jaar waarin hij geopend is. Terugverdienmaand 1 is de eerste maand van het cohort; latere cohorten hebben minder maanden binnen de horizon.",
};

export type TrendLabels = typeof NL;

const EN: TrendLabels = {
  sheet: "Trend",
  cohort: "Cohort (opened in)",
  costPerCase: "Cost per case (present value)",
  cohortPaybackMonth: "Payback month from the cohort's start",
  perGroup: "Per group, over all cohorts",
  allCohorts: "(all cohorts)",
  agrees: "Agrees with sheet",
  yes: "yes",
  no: "no",
  note: "Each case counts in one cohort: the quarter or year it opened. Payback month 1 is the cohort's first month; later cohorts have fewer months within the horizon.",
};

export function trendLabelsFor(language: Language): TrendLabels {
  return language === "EN" ? EN : NL;
}
