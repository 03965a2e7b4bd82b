import { randomInt } from "node:crypto";
import { Decimal } from "decimal.js";

/**
 * Anonymous labels of the other municipalities in a benchmark: "gemeente A", "gemeente B", ….
 * The letters follow the municipalities' total SROI ratio (A the highest), so they say nothing
 * the figures do not already say — not the name, the code, the id or the size. Municipalities
 * whose total is withheld or not valued come last; ties, and the order among those, are drawn
 * at random per request, so they follow no stored order (names, codes, ids, creation).
 *
 * Within one answer a municipality has one label in every category. Between answers the labels
 * are only as stable as the ranking (the same question gets the same letters, barring ties);
 * they are not meant to link answers, and do not prevent it: the figures themselves (a total
 * number of cases, say) let a reader match a municipality across questions over the same
 * period. Hiding that would need noise on the figures, which the exact sums rule out.
 */

export interface LabelCandidate {
  id: string;
  /** The total's SROI ratio when shown to everyone, else null. */
  rankingRatio: string | null;
}

export function letters(index: number): string {
  let text = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  }
  return text;
}

/** The label of each candidate's id, in label order. */
export function anonymousLabels(candidates: readonly LabelCandidate[]): Map<string, string> {
  const drawn = candidates.map((candidate) => ({ candidate, draw: randomInt(2 ** 32) }));
  drawn.sort((a, b) => {
    const [ra, rb] = [a.candidate.rankingRatio, b.candidate.rankingRatio];
    if (ra !== null && rb !== null) {
      const order = new Decimal(rb).comparedTo(ra);
      if (order !== 0) return order;
    } else if (ra !== null || rb !== null) {
      return ra === null ? 1 : -1;
    }
    return a.draw - b.draw;
  });
  return new Map(drawn.map(({ candidate }, i) => [candidate.id, `gemeente ${letters(i)}`]));
}
