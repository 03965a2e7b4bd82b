import { Decimal } from "decimal.js";
import { classifyDecimals } from "./classify";
import { classesOf, perClass, QuadrantClass, QuadrantCodes } from "./codes";
import {
  add,
  DecimalInput,
  divide,
  divideToInteger,
  multiply,
  subtract,
  sum,
  toDecimal,
} from "./exact";

/** Decimal places of a share; every share is within 10^-SHARE_DECIMALS of weight ÷ total. */
export const SHARE_DECIMALS = 20;

const SHARE_UNITS = new Decimal(10).pow(SHARE_DECIMALS);

/** A point of a quadrant model with a weight (hours, cents, units; never negative). */
export interface WeightedPoint {
  readonly x: DecimalInput;
  readonly y: DecimalInput;
  readonly weight: DecimalInput;
}

/** Weight and share per class of a quadrant model. */
export interface QuadrantShares<C extends string = string> {
  /** The sum of all weights, exactly. */
  readonly totalWeight: Decimal;
  /** The sum of the weights per class, exactly; every class present, 0 when empty. */
  readonly weights: Record<QuadrantClass<C>, Decimal>;
  /**
   * weight ÷ total per class with {@link SHARE_DECIMALS} decimals, summing to exactly 1;
   * null when the total weight is zero (no items, or only zero weights): no share exists.
   */
  readonly shares: Record<QuadrantClass<C>, Decimal> | null;
}

/**
 * The share of the total weight in each class (quadrants and e, f, ef), e.g. how much of an
 * arrangement's hours sit in each quadrant.
 *
 * Shares are exact decimals with 20 decimals that add up to exactly 1. A share that ends within
 * 20 decimals (¼ → 0.25) is exact; otherwise every share is truncated to 20 decimals and the few
 * units of 10^-20 still missing go to the classes with the largest remainders (the largest
 * remainder method; ties in report order: top left, top right, bottom right, bottom left, e, f,
 * ef). So each share differs from weight ÷ total by less than 10^-20.
 *
 * @throws RangeError for a negative weight, a value that is not a finite decimal, or bad codes.
 */
export function quadrantShares<C extends string>(
  items: readonly WeightedPoint[],
  codes: QuadrantCodes<C>,
): QuadrantShares<C> {
  const classes = classesOf(codes);
  const grouped = perClass<C, Decimal[]>(codes, () => []);
  items.forEach((item, index) => {
    const weight = toDecimal(item.weight, `items[${index}].weight`);
    if (weight.isNegative()) {
      throw new RangeError(`items[${index}].weight must not be negative, got ${weight}`);
    }
    const x = toDecimal(item.x, `items[${index}].x`);
    const y = toDecimal(item.y, `items[${index}].y`);
    grouped[classifyDecimals(x, y, codes)].push(weight);
  });
  const weights = perClass<C, Decimal>(codes, (cls) => sum(grouped[cls]));
  const totalWeight = sum(classes.map((cls) => weights[cls]));
  if (totalWeight.isZero()) return { totalWeight, weights, shares: null };

  // Units of 10^-20 per class: the truncated quotient, and its exact remainder (÷ total).
  const parts = classes.map((cls) => {
    const scaled = multiply(weights[cls], SHARE_UNITS);
    const units = divideToInteger(scaled, totalWeight);
    return { cls, units, remainder: subtract(scaled, multiply(units, totalWeight)) };
  });
  let missing = subtract(SHARE_UNITS, sum(parts.map((part) => part.units))).toNumber();
  const byRemainder = parts
    .map((part, order) => ({ part, order }))
    .filter(({ part }) => !part.remainder.isZero())
    .sort((a, b) => b.part.remainder.comparedTo(a.part.remainder) || a.order - b.order);
  for (const { part } of byRemainder) {
    if (missing === 0) break;
    part.units = add(part.units, 1);
    missing -= 1;
  }
  if (missing !== 0) throw new Error(`quadrantShares: ${missing} share units left over`);
  const shares = perClass<C, Decimal>(codes, () => new Decimal(0));
  for (const part of parts) shares[part.cls] = divide(part.units, SHARE_UNITS);
  return { totalWeight, weights, shares };
}
