import type { Language } from "../labels";

/** Labels of the Hypothese sheet in Dutch and English (beside labels.ts: one sheet's own words). */
const NL = {
  sheet: "Hypothese",
  lag: { MONTH: "Vertraging (maanden)", QUARTER: "Vertraging (kwartalen)" },
  observations: "Waarnemingen (paren)",
  unitCount: { DISTRICT: "Wijken", TEAM: "Teams" },
  periods: "Perioden",
  pearson: "Pearson r",
  spearman: "Spearman rho",
  lower: "95 %-interval laag",
  upper: "95 %-interval hoog",
  pValue: "p-waarde",
  slope: "Helling binnen de eenheid",
  standardError: "Standaardfout",
  df: "Vrijheidsgraden",
  refusal: "Geen schatting, want",
  sentence: "Uitkomst in woorden",
  panel: "Panel: inzet en vraag per eenheid en periode",
  unit: { DISTRICT: "Wijk", TEAM: "Team" },
  period: { MONTH: "Maand", QUARTER: "Kwartaal" },
  effort: "Inzet (uren)",
  demand: "Vraag (nieuwe casussen)",
  total: "Totaal",
  setup: (model: string, effort: string, demand: string) =>
    `Model: ${model} · inzet: werk in ${effort} · vraag: nieuwe casussen met werk in ${demand}`,
  note: [
    "Wat de cijfers zeggen: per vertraging hoe de vraag in een wijk (of team) samenhangt met de inzet zoveel perioden eerder, binnen dezelfde eenheid (de helling) en over alle paren (Pearson, Spearman), met 95 %-intervallen. Het is samenhang, geen bewijs van oorzaak: drukte, seizoenen en beleid kunnen beide bewegen; bij meerdere vertragingen is één ‘significante’ uitkomst ook door toeval te verwachten.",
    "Inzet: de uren interventiewerk in de inzetkwadranten (standaard de twee collectieve, rechts van de y-as), via de gebruikte voorziening of anders het kwadrantprofiel van het arrangement. Vraag: de casussen die in de periode geopend zijn en werk kregen in een vraagkwadrant (standaard de twee individuele). Werk op een as telt als geen van beide; een periode zonder werk telt als nul.",
  ],
};

export type HypothesisLabels = typeof NL;

const EN: HypothesisLabels = {
  sheet: "Hypothesis",
  lag: { MONTH: "Lag (months)", QUARTER: "Lag (quarters)" },
  observations: "Observations (pairs)",
  unitCount: { DISTRICT: "Districts", TEAM: "Teams" },
  periods: "Periods",
  pearson: "Pearson r",
  spearman: "Spearman rho",
  lower: "95 % interval low",
  upper: "95 % interval high",
  pValue: "p-value",
  slope: "Within-unit slope",
  standardError: "Standard error",
  df: "Degrees of freedom",
  refusal: "No estimate, because",
  sentence: "Finding in words",
  panel: "Panel: effort and demand per unit and period",
  unit: { DISTRICT: "District", TEAM: "Team" },
  period: { MONTH: "Month", QUARTER: "Quarter" },
  effort: "Effort (hours)",
  demand: "Demand (new cases)",
  total: "Total",
  setup: (model: string, effort: string, demand: string) =>
    `Model: ${model} · effort: work in ${effort} · demand: new cases with work in ${demand}`,
  note: [
    "What the figures say: per lag, how demand in a district (or team) goes with the effort so many periods earlier, within the same unit (the slope) and over all pairs (Pearson, Spearman), with 95 % intervals. It is an association, not proof of a cause: busy times, seasons and policy can move both; with several lags tested, one ‘significant’ finding is also to be expected by chance.",
    "Effort: the hours of intervention work in the effort quadrants (by default the two collective ones, right of the y axis), through the provision used or else the arrangement's quadrant profile. Demand: the cases opened in the period that got work in a demand quadrant (by default the two individual ones). Work on an axis counts as neither; a period without work counts as zero.",
  ],
};

export function hypothesisLabelsFor(language: Language): HypothesisLabels {
  return language === "EN" ? EN : NL;
}
