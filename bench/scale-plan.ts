import { Tag, uuid } from "./scale-ids";

/**
 * The national data set's municipalities: one large municipality (50,000 cases at scale 1)
 * and 341 others sharing 950,000 cases with a skew like that of Dutch municipalities (a few
 * cities, many small towns: weights 1 / (rank + 3)^0.8). The organisation of a municipality
 * (districts, teams) follows its size at scale 1, so a smaller --scale keeps the same
 * structure with fewer cases per team.
 */
export const MUNICIPALITIES = 342;
export const LARGE_CASES = 50_000;
export const OTHER_CASES = 950_000;

export interface MunicipalityPlan {
  seq: number;
  id: string;
  code: string;
  name: string;
  /** Cases at scale 1 (decides districts and teams). */
  fullCases: number;
  /** Cases generated at the chosen scale. */
  cases: number;
  /** Sequence number of the municipality's first case in the national set. */
  firstCase: number;
  districts: number;
  teams: number;
}

function otherSizes(total: number): number[] {
  const weights = Array.from({ length: MUNICIPALITIES - 1 }, (_, i) => 1 / (i + 4) ** 0.8);
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.floor((w / sum) * total)));
  let rest = total - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % sizes.length, rest--) sizes[i] += 1;
  return sizes;
}

export function nationalPlan(scale: number): MunicipalityPlan[] {
  const full = [LARGE_CASES, ...otherSizes(OTHER_CASES)];
  const scaled = [Math.round(LARGE_CASES * scale), ...otherSizes(Math.round(OTHER_CASES * scale))];
  let firstCase = 0;
  return full.map((fullCases, seq) => {
    const plan: MunicipalityPlan = {
      seq,
      id: uuid(Tag.municipality, seq),
      code: `GM${9000 + seq}`,
      name: seq === 0 ? "Grootstad" : `Gemeente ${String(seq).padStart(3, "0")}`,
      fullCases,
      cases: scaled[seq],
      firstCase,
      districts: Math.min(40, Math.max(2, Math.round(fullCases / 1500))),
      teams: Math.min(25, Math.max(1, Math.round(fullCases / 2500))),
    };
    firstCase += plan.cases;
    return plan;
  });
}
