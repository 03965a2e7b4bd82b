import { onePlus, pow10, type Fixed } from "./fixed";

/**
 * Discounting in yearly steps (rule 4). A value in month t lies in base year
 * y = ⌊(t − 1)/12⌋ + 1 and is divided by (1 + r)^e with e = y when the first year is discounted
 * (the SROI Guide's Σ Vₜ/(1 + r)ᵗ) and e = y − 1 when it is not (year 1 at face value).
 *
 * To stay exact, 1 + r is written as R ÷ 10^j with R an integer (1.035 = 1035 ÷ 10^3), and every
 * year is brought to the common denominator R^E (E the largest exponent):
 *   V ÷ (1 + r)^e = V × 10^(j·e) × R^(E − e) ÷ R^E.
 * So a present value is Σ yearSum_y × weight_y over one denominator: integers only.
 */

/** The exponent of (1 + r) for base year y. */
export function discountExponent(year: number, discountFirstYear: boolean): number {
  return discountFirstYear ? year : year - 1;
}

export interface DiscountWeights {
  /** weights[y] for base years 1 … years (index 0 unused). */
  readonly weights: readonly bigint[];
  /** R^E: PV = Σ yearSum_y × weights[y] ÷ denominator. */
  readonly denominator: bigint;
}

/** Recently used weights (many cases share their settings); cleared when it grows large. */
const cache = new Map<string, DiscountWeights>();
const CACHE_SIZE = 64;

/** The integer weights of the base years 1 … years. */
export function discountWeights(
  rate: Fixed,
  discountFirstYear: boolean,
  years: number,
): DiscountWeights {
  const key = `${rate.units}/${rate.scale}/${discountFirstYear}/${years}`;
  let weights = cache.get(key);
  if (weights === undefined) {
    if (cache.size >= CACHE_SIZE) cache.clear();
    weights = computeWeights(rate, discountFirstYear, years);
    cache.set(key, weights);
  }
  return weights;
}

function computeWeights(rate: Fixed, discountFirstYear: boolean, years: number): DiscountWeights {
  const { units: growth, scale } = onePlus(rate);
  const top = discountExponent(years, discountFirstYear);
  const weights: bigint[] = [0n];
  for (let year = 1; year <= years; year += 1) {
    const exponent = discountExponent(year, discountFirstYear);
    weights.push(pow10(scale * exponent) * growth ** BigInt(top - exponent));
  }
  return { weights, denominator: growth ** BigInt(top) };
}
