import { projectReallocation, type ObservedCase } from "../../../../calculators/reallocation/index";
import { A, B, CASES_A, cents, input } from "./fixtures";

const same = (n: number, cost: string, socialReturn: string): ObservedCase[] =>
  Array.from({ length: n }, () => ({ cost, socialReturn }));
/** n cases alternating between two figures: the same mean and spread for any even n. */
const alternating = (n: number): ObservedCase[] =>
  Array.from({ length: n }, (_, i) =>
    i % 2 ? { cost: "50.00", socialReturn: "500.00" } : { cost: "150.00", socialReturn: "700.00" },
  );
const ALL = { fromArrangementId: A, toArrangementId: B, share: "1" };

function expectBracketed(result: ReturnType<typeof projectReallocation>) {
  for (const totals of [result.projected, result.difference]) {
    for (const key of ["cost", "socialReturn", "net"] as const) {
      const { value, low, high } = totals[key];
      expect(cents(low)).toBeLessThanOrEqual(cents(value));
      expect(cents(value)).toBeLessThanOrEqual(cents(high));
    }
    const { value, low, high } = totals.sroiRatio;
    expect(Number(low)).toBeLessThanOrEqual(Number(value));
    expect(Number(value)).toBeLessThanOrEqual(Number(high));
  }
}

describe("reallocation: the seeded bootstrap range", () => {
  it("gives the same range for the same question, and says how it was made", () => {
    const first = projectReallocation(input([ALL]));
    expect(projectReallocation(input([ALL]))).toEqual(first);
    expect(first.range).toEqual({
      method: "BOOTSTRAP",
      replicates: 2000,
      seed: 1403,
      lowQuantile: "0.025",
      highQuantile: "0.975",
    });
    expectBracketed(first);
    // B's two cases differ, so the projection is uncertain: a real range.
    expect(cents(first.projected.cost.low)).toBeLessThan(cents(first.projected.cost.high));
    const otherSeed = projectReallocation({ ...input([ALL]), seed: 7 });
    expect(otherSeed.projected.cost.value).toBe(first.projected.cost.value);
  });

  it("is no range when every figure is certain: all of A to a B whose cases are all alike", () => {
    const result = projectReallocation(
      input(
        [ALL],
        [
          [A, CASES_A],
          [B, same(4, "80.00", "500.00")],
        ],
      ),
    );
    // All of A leaves (certain) and every joining case costs 80 and returns 500 (certain):
    // 1150 − 700 + 3 × 80 = 690.
    expect(result.projected.cost).toEqual({ value: "690.00", low: "690.00", high: "690.00" });
    expect(result.projected.socialReturn.low).toBe(result.projected.socialReturn.high);
  });

  it("draws the leaving cases without replacement: the range of removing 2 of A's 3 cases", () => {
    const result = projectReallocation(
      input(
        [{ ...ALL, share: "0.5" }],
        [
          [
            A,
            [
              { cost: "100.00", socialReturn: "0.00" },
              { cost: "200.00", socialReturn: "0.00" },
              { cost: "400.00", socialReturn: "0.00" },
            ],
          ],
          [B, same(2, "100.00", "0.00")],
        ],
      ),
    );
    // 2 cases at 100 join B; the 2 leaving A are {100, 200}, {100, 400} or {200, 400}, each a
    // third of the replicates: cost 1150 + 200 − 600 … 1150 + 200 − 300; the point at the mean.
    expect(result.projected.cost).toEqual({ value: "883.33", low: "750.00", high: "1050.00" });
  });

  it("is wider when the arrangement moved to rests on few cases", () => {
    const width = (observedB: ObservedCase[]) => {
      const result = projectReallocation(
        input(
          [ALL],
          [
            [A, same(100, "120.00", "400.00")],
            [B, observedB],
          ],
          { cases: 100 + observedB.length, cost: "12000.00", socialReturn: "40000.00" },
        ),
      );
      expectBracketed(result);
      return Number(cents(result.projected.cost.high) - cents(result.projected.cost.low));
    };
    // Same mean and spread; 2 observed cases say far less about 100 joining ones than 200 do.
    expect(width(alternating(2))).toBeGreaterThan(3 * width(alternating(200)));
  });

  it("keeps the point inside its range for skewed figures too", () => {
    const skewed: ObservedCase[] = [
      ...same(49, "10.00", "0.00"),
      { cost: "100000.00", socialReturn: "250000.00" },
    ];
    for (const share of ["1", "0.5", "0.02"]) {
      expectBracketed(
        projectReallocation(
          input(
            [{ fromArrangementId: A, toArrangementId: B, share }],
            [
              [A, same(10, "500.00", "900.00")],
              [B, skewed],
            ],
          ),
        ),
      );
    }
  });
});
