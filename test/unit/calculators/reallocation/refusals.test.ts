import {
  MAX_REALLOCATION_MOVES,
  projectReallocation,
  ReallocationInputError,
  type ReallocationMove,
} from "../../../../calculators/reallocation/index";
import { A, B, EMPTY, input } from "./fixtures";

function refusal(moves: ReallocationMove[], arrangements?: Parameters<typeof input>[1]) {
  try {
    projectReallocation(input(moves, arrangements));
  } catch (error) {
    if (error instanceof ReallocationInputError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

const move = (share: string, extra: Partial<ReallocationMove> = {}): ReallocationMove => ({
  fromArrangementId: A,
  toArrangementId: B,
  share,
  ...extra,
});

describe("reallocation: refusals name the field", () => {
  it.each(["0", "-0.1", "1.0001", "2", "abc", ""])("refuses the share %p", (share) => {
    expect(refusal([move("0.5"), move(share)]).field).toBe("moves[1].share");
  });

  it("accepts a share of exactly 1 and a tiny one", () => {
    expect(() => projectReallocation(input([move("1")]))).not.toThrow();
    // 0.01 of 3 cases rounds to no case: a move of 0 cases, said so, and no difference.
    const tiny = projectReallocation(input([move("0.01")]));
    expect(tiny.moves[0]).toMatchObject({ casesMoved: 0, costDifference: "0.00" });
    expect(tiny.projected.cost).toEqual(tiny.baseline.cost);
  });

  it("refuses a move to the arrangement it comes from", () => {
    expect(refusal([move("0.5", { toArrangementId: A })]).field).toBe("moves[0].toArrangementId");
  });

  it("refuses moves out of one arrangement sharing more than all of it", () => {
    const error = refusal([
      move("0.6"),
      move("0.3", { fromArrangementId: B, toArrangementId: A }),
      move("0.5"),
    ]);
    expect(error.field).toBe("moves[2].share");
    expect(error.reason).toContain("1.1");
  });

  it("refuses no moves and too many", () => {
    expect(refusal([]).field).toBe("moves");
    const many = Array.from({ length: MAX_REALLOCATION_MOVES + 1 }, () => move("0.01"));
    expect(refusal(many).field).toBe("moves");
    expect(() => projectReallocation(input(many.slice(0, MAX_REALLOCATION_MOVES)))).not.toThrow();
  });

  it("refuses an arrangement without observed cases on either side", () => {
    expect(refusal([move("0.5", { toArrangementId: EMPTY })]).field).toBe(
      "moves[0].toArrangementId",
    );
    const from = refusal([move("0.5", { fromArrangementId: "unknown" })]);
    expect(from.field).toBe("moves[0].fromArrangementId");
    expect(from.reason).toContain("no observed cases");
  });

  it("refuses the HOURS basis when a side has no hours", () => {
    const noHours = [
      [A, [{ cost: "1.00", socialReturn: "2.00" }]],
      [B, [{ cost: "1.00", socialReturn: "2.00", hours: "3" }]],
    ] as Parameters<typeof input>[1];
    expect(refusal([move("1", { basis: "HOURS" })], noHours).field).toBe("moves[0].basis");
    expect(() => projectReallocation(input([move("1")], noHours))).not.toThrow();
  });
});
