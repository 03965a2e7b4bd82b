import { centsOf } from "../effect/rounding";
import { Exact, parseDecimal, type ExactDecimal } from "../effect/decimal";
import { ReallocationInputError } from "./errors";
import type { ObservedCase } from "./types";

/** An arrangement's observed cases in whole cents, summed exactly and listed for resampling. */
export interface ObservedArrangement {
  readonly id: string;
  readonly cases: number;
  readonly costSum: bigint;
  readonly returnSum: bigint;
  readonly hours: ExactDecimal;
  /** Per case, in cents (whole numbers, exact in a double below 2^53). */
  readonly costs: Float64Array;
  readonly returns: Float64Array;
  /** The largest |cost| or |return| of one case, in cents (bounds the bootstrap's sums). */
  readonly largest: bigint;
}

export function observedArrangement(
  id: string,
  cases: readonly ObservedCase[],
): ObservedArrangement {
  const costs = new Float64Array(cases.length);
  const returns = new Float64Array(cases.length);
  let costSum = 0n;
  let returnSum = 0n;
  let largest = 0n;
  let hours = new Exact(0);
  cases.forEach((observed, index) => {
    const cost = centsOf(observed.cost);
    const socialReturn = centsOf(observed.socialReturn);
    costSum += cost;
    returnSum += socialReturn;
    for (const value of [cost, socialReturn]) {
      const magnitude = value < 0n ? -value : value;
      if (magnitude > largest) largest = magnitude;
    }
    costs[index] = Number(cost);
    returns[index] = Number(socialReturn);
    if (observed.hours !== undefined) {
      const parsed = parseDecimal(observed.hours);
      if (parsed === null || parsed.isNegative()) {
        throw new RangeError(
          `hours of an observed case must be a decimal ≥ 0, got ${observed.hours}`,
        );
      }
      hours = hours.plus(parsed);
    }
  });
  return { id, cases: cases.length, costSum, returnSum, hours, costs, returns, largest };
}

/** The arrangement's observed cases, or a refusal naming the move's field when it has none. */
export function requireObserved(
  arrangements: ReadonlyMap<string, ObservedArrangement>,
  id: string,
  field: string,
): ObservedArrangement {
  const found = arrangements.get(id);
  if (!found || found.cases === 0) {
    throw new ReallocationInputError(
      field,
      `arrangement ${id} has no observed cases in the filter, so it has no per-case costs and returns to project with`,
    );
  }
  return found;
}
