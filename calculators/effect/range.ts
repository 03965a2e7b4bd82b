import { Decimal } from "decimal.js";
import { DEFAULT_DISCOUNT_RATE } from "./validation";
import type { EffectInput } from "./types";

/**
 * The sensitivity range of a result (CALCULATOR.md): the same input under pessimistic and under
 * optimistic assumptions, every assumption moved one step at once.
 */
/** How far the pessimistic and optimistic results move each assumption (see shiftedInput). */
export const RANGE_FRACTION_STEP = new Decimal("0.1");
export const RANGE_PROXY_STEP = new Decimal("0.2");
export const RANGE_DISCOUNT_FACTOR = new Decimal(2);
const FRACTIONS = ["deadweight", "displacement", "attribution", "dropOff", "leakage"] as const;

/** An adjustment fraction one step worse (`+1`) or better (`-1`), clamped to [0, 1]. */
export function shiftedFraction(value: Decimal.Value, direction: 1 | -1): Decimal {
  const moved = new Decimal(value).plus(RANGE_FRACTION_STEP.times(direction));
  return Decimal.min(1, Decimal.max(0, moved));
}

/** A proxy 20 % lower (`+1`, pessimistic) or higher (`-1`). */
export function shiftedProxy(value: Decimal.Value, direction: 1 | -1): Decimal {
  return new Decimal(value).times(new Decimal(1).minus(RANGE_PROXY_STEP.times(direction)));
}

/** The discount rate of the pessimistic (doubled, at most 1) and optimistic (none) result. */
export function shiftedDiscountRate(rate: Decimal.Value, direction: 1 | -1): Decimal {
  return direction === 1
    ? Decimal.min(1, new Decimal(rate).times(RANGE_DISCOUNT_FACTOR))
    : new Decimal(0);
}

/**
 * The input with every assumption moved one step at once: pessimistic (`+1`) raises each
 * adjustment fraction by 0.1 (a given leakage too, also one of 0; an absent leakage stays
 * absent), lowers each proxy by 20 % and doubles the discount rate; optimistic (`-1`) does the
 * opposite and does not discount at all.
 */
export function shiftedInput(input: EffectInput, direction: 1 | -1): EffectInput {
  const rate = input.settings.discountRate ?? DEFAULT_DISCOUNT_RATE;
  return {
    ...input,
    settings: {
      ...input.settings,
      sensitivity: undefined,
      discountRate: shiftedDiscountRate(rate, direction).toString(),
    },
    outcomes: (input.outcomes ?? []).map((outcome) => {
      const moved = { ...outcome };
      for (const fraction of FRACTIONS) {
        const value = outcome[fraction];
        if (value === undefined || value === null) continue;
        moved[fraction] = shiftedFraction(value, direction).toString();
      }
      moved.proxy = shiftedProxy(outcome.proxy, direction).toString();
      return moved;
    }),
  };
}
