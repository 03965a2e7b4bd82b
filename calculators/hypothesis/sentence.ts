import { counted, lagPhrase, PERIOD_NOUNS } from "./labels";
import { formatCount, formatStatistic } from "./numbers";
import type {
  Bilingual,
  FixedEffectsEstimate,
  Granularity,
  HypothesisLabels,
  Refusal,
} from "./types";

/** What the sentence of one lag is about. */
export interface SentenceInput {
  readonly lag: number;
  readonly granularity: Granularity;
  readonly labels: HypothesisLabels;
  /** How many lags were tested together (for the caveat on chance findings). */
  readonly lagsTested: number;
}

/** The sentence of a lag without an estimate: the reason, and that it is no verdict. */
export function refusalSentence(input: SentenceInput, refusal: Refusal): Bilingual {
  const { lag, granularity } = input;
  return {
    nl: `Inzet ${lagPhrase(lag, granularity, "nl")}: geen schatting, want ${refusal.reason.nl}. Dit zegt dus niets over wel of geen samenhang tussen inzet en vraag.`,
    en: `Effort ${lagPhrase(lag, granularity, "en")}: no estimate, because ${refusal.reason.en}. This says nothing either way about an association between effort and demand.`,
  };
}

/**
 * The finding of a lag, from the within-unit slope (the estimate that compares a unit with
 * itself over time; the pooled correlations also hold differences between units, such as size).
 * States direction and size, the 95 % interval and whether it excludes 0, the sample, that it is
 * an association and not causation, and, when several lags were tested, that one interval
 * excluding 0 can be chance. Numbers formatted per language.
 */
export function findingSentence(input: SentenceInput, estimate: FixedEffectsEstimate): Bilingual {
  const { lag, granularity, labels, lagsTested } = input;
  const unit = labels.unit;
  const periods = PERIOD_NOUNS[granularity];
  const size = Math.abs(estimate.slope);
  const excludesZero = estimate.lower > 0 || estimate.upper < 0;
  const chance = excludesZero && lagsTested > 1;

  const nl = (value: number) => formatStatistic(value, "nl");
  const en = (value: number) => formatStatistic(value, "en");
  // The Dutch avoids words that depend on the noun's gender ("diezelfde wijk" but "hetzelfde
  // team", "elke eenheid" but "elk uur"), so that any unit and effort label reads right.
  const nlWhat =
    estimate.slope === 0
      ? `hoorde bij een extra ${labels.effort.nl} gemiddeld niet meer of minder ${labels.demand.nl}`
      : `hoorde bij een extra ${labels.effort.nl} gemiddeld ${nl(size)} ${labels.demand.nl} ${estimate.slope < 0 ? "minder" : "meer"}`;
  const enWhat =
    estimate.slope === 0
      ? `one extra ${labels.effort.en} went on average with neither more nor fewer ${labels.demand.en}`
      : `one extra ${labels.effort.en} went on average with ${en(size)} ${estimate.slope < 0 ? "fewer" : "more"} ${labels.demand.en}`;
  const nlSample = `${formatCount(estimate.nObservations, "nl")} waarnemingen, ${estimate.nUnits} ${counted(unit, "nl", estimate.nUnits)}, ${estimate.nPeriods} ${counted(periods, "nl", estimate.nPeriods)}`;
  const enSample = `${formatCount(estimate.nObservations, "en")} observations, ${estimate.nUnits} ${counted(unit, "en", estimate.nUnits)}, ${estimate.nPeriods} ${counted(periods, "en", estimate.nPeriods)}`;

  return {
    nl: [
      `Inzet ${lagPhrase(lag, granularity, "nl")}: binnen een ${unit.nl.one} ${nlWhat} (95%-interval ${nl(estimate.lower)} tot ${nl(estimate.upper)}; ${nlSample}).`,
      excludesZero
        ? "Het interval sluit 0 uit."
        : "Het interval bevat 0: de gegevens passen ook bij geen samenhang.",
      chance
        ? `Er zijn ${lagsTested} vertragingen getoetst; dat één interval 0 uitsluit, kan ook toeval zijn.`
        : "",
      `Dit is een samenhang, geen oorzaak: andere ontwikkelingen in dezelfde ${unit.nl.other} en ${periods.nl.other} kunnen beide verklaren.`,
    ]
      .filter(Boolean)
      .join(" "),
    en: [
      `Effort ${lagPhrase(lag, granularity, "en")}: within the same ${unit.en.one}, ${enWhat} (95% interval ${en(estimate.lower)} to ${en(estimate.upper)}; ${enSample}).`,
      excludesZero
        ? "The interval excludes 0."
        : "The interval includes 0: the data are also consistent with no association.",
      chance ? `${lagsTested} lags were tested; one interval excluding 0 can still be chance.` : "",
      `This is an association, not causation: other developments in the same ${unit.en.other} and ${periods.en.other} may explain both.`,
    ]
      .filter(Boolean)
      .join(" "),
  };
}
