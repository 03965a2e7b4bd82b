import { Exact, plainText, type ExactDecimal } from "../effect/decimal";
import { ReallocationInputError } from "./errors";
import { roundedWhole } from "./exact-quotient";
import { requireObserved, type ObservedArrangement } from "./observed";
import type { CheckedMove } from "./validate-moves";

/** A move in whole cases: how many leave the from-arrangement and how many join the other. */
export interface PlannedMove extends CheckedMove {
  readonly source: ObservedArrangement;
  readonly target: ObservedArrangement;
  readonly casesMoved: number;
  readonly casesReceived: number;
  readonly hoursMoved: ExactDecimal | null;
}

/**
 * Whole cases per move. Cases leaving an arrangement are its observed cases × the share, rounded
 * half up — cumulatively over the moves out of the same arrangement (each move takes the rounded
 * running total minus what the earlier moves took), so that the moves never take more cases than
 * it has and each is within one case of its exact share. On the CASES basis the same number joins
 * the other arrangement. On the HOURS basis the hours freed (share × the arrangement's hours)
 * buy cases at the other arrangement's observed hours per case: share × hoursA × casesB ÷
 * hoursB, rounded half up.
 */
export function planMoves(
  moves: readonly CheckedMove[],
  arrangements: ReadonlyMap<string, ObservedArrangement>,
): PlannedMove[] {
  const sharedOut = new Map<string, ExactDecimal>();
  const takenOut = new Map<string, number>();
  return moves.map((move) => {
    const field = `moves[${move.index}]`;
    const source = requireObserved(arrangements, move.from, `${field}.fromArrangementId`);
    const target = requireObserved(arrangements, move.to, `${field}.toArrangementId`);
    const running = (sharedOut.get(move.from) ?? new Exact(0)).plus(move.share);
    sharedOut.set(move.from, running);
    const upToHere = roundedWhole(running.times(source.cases));
    const casesMoved = upToHere - (takenOut.get(move.from) ?? 0);
    takenOut.set(move.from, upToHere);
    if (move.basis === "CASES") {
      return { ...move, source, target, casesMoved, casesReceived: casesMoved, hoursMoved: null };
    }
    for (const [side, arrangement] of [
      ["from", source],
      ["to", target],
    ] as const) {
      if (arrangement.hours.isZero()) {
        throw new ReallocationInputError(
          `${field}.basis`,
          `HOURS needs hours: the ${side}-arrangement ${arrangement.id} has no intervention hours registered on its cases in the filter`,
        );
      }
    }
    const hoursMoved = move.share.times(source.hours);
    const casesReceived = roundedWhole(hoursMoved.times(target.cases), target.hours);
    return { ...move, source, target, casesMoved, casesReceived, hoursMoved };
  });
}

export function hoursText(hours: ExactDecimal): string {
  return plainText(hours);
}
