import { Exact, parseDecimal, type ExactDecimal } from "../effect/decimal";
import { ReallocationInputError } from "./errors";
import type { ReallocationBasis, ReallocationMove } from "./types";

/** At most this many moves in one scenario: each is a column of the answer, not a search. */
export const MAX_REALLOCATION_MOVES = 20;

const BASES: readonly ReallocationBasis[] = ["CASES", "HOURS"];
const ONE = new Exact(1);

/** A move as the projection reads it: the share parsed, the basis defaulted. */
export interface CheckedMove {
  readonly index: number;
  readonly from: string;
  readonly to: string;
  readonly share: ExactDecimal;
  readonly basis: ReallocationBasis;
}

/**
 * Refuses moves that make no scenario, naming the field: none or too many; a share that is not a
 * decimal in (0, 1]; a move to the arrangement it comes from; moves out of one arrangement whose
 * shares add up to more than 1 (more than all of its cases). Needs no data.
 */
export function validateMoves(moves: readonly ReallocationMove[]): CheckedMove[] {
  if (moves.length === 0) throw new ReallocationInputError("moves", "name at least one move");
  if (moves.length > MAX_REALLOCATION_MOVES) {
    throw new ReallocationInputError(
      "moves",
      `at most ${MAX_REALLOCATION_MOVES} moves in one scenario, got ${moves.length}`,
    );
  }
  const sharedOut = new Map<string, ExactDecimal>();
  return moves.map((move, index) => {
    const field = `moves[${index}]`;
    const share = parseDecimal(move.share);
    if (share === null || !share.greaterThan(0) || share.greaterThan(ONE)) {
      throw new ReallocationInputError(
        `${field}.share`,
        `must be a decimal greater than 0 and at most 1, got ${String(move.share)}`,
      );
    }
    if (move.fromArrangementId === move.toArrangementId) {
      throw new ReallocationInputError(
        `${field}.toArrangementId`,
        "is the arrangement the move comes from; name another arrangement",
      );
    }
    const basis = move.basis ?? "CASES";
    if (!BASES.includes(basis)) {
      throw new ReallocationInputError(`${field}.basis`, `must be CASES or HOURS, got ${basis}`);
    }
    const total = (sharedOut.get(move.fromArrangementId) ?? new Exact(0)).plus(share);
    if (total.greaterThan(ONE)) {
      throw new ReallocationInputError(
        `${field}.share`,
        `the moves out of arrangement ${move.fromArrangementId} share ${total.toFixed()} of it in total; at most 1 (all of its cases) can move`,
      );
    }
    sharedOut.set(move.fromArrangementId, total);
    return { index, from: move.fromArrangementId, to: move.toArrangementId, share, basis };
  });
}
