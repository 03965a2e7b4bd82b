import { projectReallocation } from "../../../../calculators/reallocation/index";
import { A, B, BASELINE, CASES_A, cents, input } from "./fixtures";

describe("reallocation: the point projection, by hand", () => {
  it("moves all of A's cases to B at B's per-case figures", () => {
    const result = projectReallocation(
      input([{ fromArrangementId: A, toArrangementId: B, share: "1" }]),
    );
    // 3 cases leave A (Σ cost 700, Σ return 1200) and join B at 100 and 600 a case.
    expect(result.moves).toEqual([
      {
        fromArrangementId: A,
        toArrangementId: B,
        share: "1",
        basis: "CASES",
        casesMoved: 3,
        casesReceived: 3,
        hoursMoved: null,
        costDifference: "-400.00",
        socialReturnDifference: "600.00",
        netDifference: "1000.00",
      },
    ]);
    expect(result.baseline).toMatchObject({
      cases: 6,
      cost: { value: "1150.00", low: "1150.00", high: "1150.00" },
      socialReturn: { value: "2500.00" },
      net: { value: "1350.00" },
      sroiRatio: { value: "2.174", low: "2.174", high: "2.174" },
    });
    expect(result.projected.cases).toBe(6);
    expect(result.projected.cost.value).toBe("750.00");
    expect(result.projected.socialReturn.value).toBe("3100.00");
    expect(result.projected.net.value).toBe("2350.00");
    expect(result.projected.sroiRatio.value).toBe("4.133"); // 3100 ÷ 750
    expect(result.difference).toMatchObject({
      cases: 0,
      cost: { value: "-400.00" },
      socialReturn: { value: "600.00" },
      net: { value: "1000.00" },
      sroiRatio: { value: "1.959" }, // 4.133 − 2.174
    });
    expect(result.arrangements).toEqual([
      {
        arrangementId: A,
        observedCases: 3,
        projectedCases: 0,
        observedHours: "12",
        costPerCase: "233.33",
        socialReturnPerCase: "400.00",
        netPerCase: "166.67",
        hoursPerCase: "4.00",
      },
      {
        arrangementId: B,
        observedCases: 2,
        projectedCases: 5,
        observedHours: "4",
        costPerCase: "100.00",
        socialReturnPerCase: "600.00",
        netPerCase: "500.00",
        hoursPerCase: "2.00",
      },
    ]);
  });

  it("rounds a share to whole cases half up, at the exact mean: 0.5 of 3 cases is 2", () => {
    const [move] = projectReallocation(
      input([{ fromArrangementId: A, toArrangementId: B, share: "0.5" }]),
    ).moves;
    expect(move.casesMoved).toBe(2);
    // 2 × 100 − 2 × 233.333… = −266.666… → −266.67; 2 × 600 − 2 × 400 = 400.
    expect(move.costDifference).toBe("-266.67");
    expect(move.socialReturnDifference).toBe("400.00");
    expect(move.netDifference).toBe("666.67");
  });

  it("rounds cumulatively over the moves out of one arrangement: never more cases than it has", () => {
    const half = { fromArrangementId: A, toArrangementId: B, share: "0.5" };
    // 1.5 → 2, then 3 − 2 = 1 (rounded one by one: 2 + 2 = 4 of 3 cases).
    const result = projectReallocation(input([half, half]));
    expect(result.moves.map((m) => m.casesMoved)).toEqual([2, 1]);
    expect(result.arrangements.find((a) => a.arrangementId === A)!.projectedCases).toBe(0);
    expect(result.difference.cost.value).toBe("-400.00");
  });

  it("splits the rounded difference over the moves by largest remainder: they add up to the cent", () => {
    const third = { fromArrangementId: A, toArrangementId: B, share: "0.3333" };
    const result = projectReallocation(input([third, third, third]));
    expect(result.moves.map((m) => m.casesMoved)).toEqual([1, 1, 1]);
    // Each move: 100 − 233.333… = −133.333…; one by one −399.99, exactly −400.00: the missing
    // cent goes to the last move (rounded down by all, up again by the first two, ties to earlier).
    expect(result.moves.map((m) => m.costDifference)).toEqual(["-133.33", "-133.33", "-133.34"]);
    for (const key of ["cost", "socialReturn", "net"] as const) {
      const field = `${key}Difference` as const;
      const sum = result.moves.reduce((total, m) => total + cents(m[field]), 0n);
      expect(sum).toBe(cents(result.difference[key].value));
      expect(cents(result.projected[key].value) - cents(result.baseline[key].value)).toBe(sum);
    }
  });

  it("on the HOURS basis buys cases at the other arrangement's hours per case", () => {
    const result = projectReallocation(
      input([{ fromArrangementId: A, toArrangementId: B, share: "0.5", basis: "HOURS" }]),
    );
    // 0.5 × 12 h = 6 h; B uses 2 h a case: 3 cases join B, 2 (1.5 rounded) leave A.
    expect(result.moves[0]).toMatchObject({
      basis: "HOURS",
      casesMoved: 2,
      casesReceived: 3,
      hoursMoved: "6",
      costDifference: "-166.67", // 3 × 100 − 2 × 233.333…
      socialReturnDifference: "1000.00", // 3 × 600 − 2 × 400
    });
    expect(result.projected.cases).toBe(7);
    expect(result.difference.cases).toBe(1);
  });

  it("moves cases both ways: the differences add up", () => {
    const result = projectReallocation(
      input([
        { fromArrangementId: A, toArrangementId: B, share: "1" },
        { fromArrangementId: B, toArrangementId: A, share: "0.5" },
      ]),
    );
    // Second move: 1 case leaves B (−100, −600) and joins A (+233.33…, +400).
    expect(result.moves[1]).toMatchObject({ casesMoved: 1, costDifference: "133.33" });
    expect(result.difference.cost.value).toBe("-266.67"); // −400 + 133.333…
    expect(result.projected.cases).toBe(BASELINE.cases);
    expect(CASES_A).toHaveLength(3);
  });
});
