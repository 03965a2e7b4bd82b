import { divideRounded } from "../effect/integers";
import { allocateCents } from "../effect/rounding";
import type { PlannedMove } from "./case-counts";
import type { ObservedArrangement } from "./observed";

/** The projected difference in cents, in total and per move (the moves add up to the total). */
export interface PointDifference {
  readonly cost: bigint;
  readonly socialReturn: bigint;
  readonly perMove: readonly { readonly cost: bigint; readonly socialReturn: bigint }[];
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

/**
 * The point projection: a move takes its cases out at the from-arrangement's mean per observed
 * case and adds its received cases at the to-arrangement's mean, so a move's difference is
 * received × ΣB ÷ nB − moved × ΣA ÷ nA. The means are exact fractions (over a common
 * denominator, the least common multiple of the case counts); the total is rounded once to
 * cents, half away from zero, and split over the moves by largest remainder, so that the moves
 * add up to the total to the cent.
 */
export function pointDifference(plan: readonly PlannedMove[]): PointDifference {
  const denominator = plan.reduce(
    (common, move) => lcm(lcm(common, BigInt(move.source.cases)), BigInt(move.target.cases)),
    1n,
  );
  const side = (sum: (arrangement: ObservedArrangement) => bigint) => {
    const numerators = plan.map(
      (move) =>
        BigInt(move.casesReceived) * sum(move.target) * (denominator / BigInt(move.target.cases)) -
        BigInt(move.casesMoved) * sum(move.source) * (denominator / BigInt(move.source.cases)),
    );
    const total = divideRounded(
      numerators.reduce((a, b) => a + b, 0n),
      denominator,
    );
    return { total, perMove: allocateCents(total, numerators, denominator) };
  };
  const cost = side((a) => a.costSum);
  const socialReturn = side((a) => a.returnSum);
  return {
    cost: cost.total,
    socialReturn: socialReturn.total,
    perMove: plan.map((_, index) => ({
      cost: cost.perMove[index],
      socialReturn: socialReturn.perMove[index],
    })),
  };
}
