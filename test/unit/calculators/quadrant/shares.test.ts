import { Decimal } from "decimal.js";
import fc from "fast-check";
import { MODEL_A_CODES, MODEL_B_CODES, quadrantShares } from "../../../../calculators/quadrant";
import { coordinate } from "./arbitraries";

/** Enough digits that the test's own sums and products do not round. */
const Exact = Decimal.clone({ precision: 200 });

function asStrings(record: Record<string, Decimal> | null): Record<string, string> | null {
  return record && Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v.toString()]));
}

describe("quadrantShares", () => {
  it("splits an arrangement's hours over the quadrants (group course 3 h, debt counselling 1 h)", () => {
    // Group budgeting course: collective, formal (b), 3 hours; individual debt counselling:
    // individual, formal (a), 1 hour. Total 4 h: a 1/4 = 0.25, b 3/4 = 0.75.
    const result = quadrantShares(
      [
        { x: "4", y: "2", weight: "3" },
        { x: "-6", y: "3", weight: "1" },
      ],
      MODEL_A_CODES,
    );
    expect(result.totalWeight.toString()).toBe("4");
    expect(asStrings(result.shares)).toEqual({
      a: "0.25",
      b: "0.75",
      c: "0",
      d: "0",
      e: "0",
      f: "0",
      ef: "0",
    });
  });

  it("adds weights exactly and counts points on an axis in e, f and ef", () => {
    // c: 0.1 + 0.2 = 0.3 exactly; e: 0.3; f: 0.2; ef: 0.2; total 1.0.
    const result = quadrantShares(
      [
        { x: "1", y: "-1", weight: "0.1" },
        { x: "2", y: "-2", weight: "0.2" },
        { x: "-3", y: "0", weight: "0.3" },
        { x: "0", y: "5", weight: "0.2" },
        { x: "0", y: "0", weight: "0.2" },
      ],
      MODEL_A_CODES,
    );
    expect(asStrings(result.weights)).toEqual({
      a: "0",
      b: "0",
      c: "0.3",
      d: "0",
      e: "0.3",
      f: "0.2",
      ef: "0.2",
    });
    expect(asStrings(result.shares)).toEqual({
      a: "0",
      b: "0",
      c: "0.3",
      d: "0",
      e: "0.3",
      f: "0.2",
      ef: "0.2",
    });
  });

  it("gives the last unit of thirds to the first class in report order, so they sum to 1", () => {
    // 1/3 each: truncated to 20 decimals 0.33333333333333333333 three times = 0.99999999999999999999;
    // the missing 10^-20 goes to the largest remainder, all equal, so to the first: II (top left).
    const result = quadrantShares(
      [
        { x: "1", y: "-1", weight: 5 },
        { x: "-1", y: "1", weight: 5 },
        { x: "-1", y: "-1", weight: 5 },
      ],
      MODEL_B_CODES,
    );
    expect(asStrings(result.shares)).toEqual({
      II: "0.33333333333333333334",
      IV: "0",
      III: "0.33333333333333333333",
      I: "0.33333333333333333333",
      e: "0",
      f: "0",
      ef: "0",
    });
  });

  it("gives the missing unit to the largest remainder (2/3 before 1/3)", () => {
    // weights 1 (a) and 2 (b) of 3: a 0.333…3 remainder 1/3, b 0.666…6 remainder 2/3 -> b +1.
    const shares = quadrantShares(
      [
        { x: "-1", y: "1", weight: 1 },
        { x: "1", y: "1", weight: 2 },
      ],
      MODEL_A_CODES,
    ).shares;
    expect(shares?.a.toString()).toBe("0.33333333333333333333");
    expect(shares?.b.toString()).toBe("0.66666666666666666667");
  });

  it("has no shares when the total weight is zero", () => {
    expect(quadrantShares([], MODEL_A_CODES).shares).toBeNull();
    const zero = quadrantShares([{ x: "1", y: "1", weight: "0" }], MODEL_A_CODES);
    expect(zero.shares).toBeNull();
    expect(zero.totalWeight.toString()).toBe("0");
  });

  it("refuses negative or non-numeric weights", () => {
    expect(() => quadrantShares([{ x: "1", y: "1", weight: "-1" }], MODEL_A_CODES)).toThrow(
      /must not be negative/,
    );
    expect(() => quadrantShares([{ x: "1", y: "1", weight: "many" }], MODEL_A_CODES)).toThrow(
      RangeError,
    );
  });

  const weight = fc.oneof(
    fc.constant("0"),
    fc.integer({ min: 1, max: 10_000_000 }).map((cents) => new Decimal(cents).dividedBy(100)),
    fc.integer({ min: 1, max: 9 }).map((n) => new Decimal(n).dividedBy(7).toString()),
  );
  const items = fc.array(fc.record({ x: coordinate, y: coordinate, weight }), { maxLength: 20 });

  it("sums to exactly 1 with each share within 10^-20 of weight / total (property)", () => {
    fc.assert(
      fc.property(items, (list) => {
        const { totalWeight, weights, shares } = quadrantShares(list, MODEL_A_CODES);
        const exactTotal = list.reduce((s, item) => s.plus(item.weight), new Exact(0));
        expect(totalWeight.equals(exactTotal)).toBe(true);
        if (shares === null) {
          expect(totalWeight.isZero()).toBe(true);
          return;
        }
        const values = Object.values(shares);
        expect(values.reduce((s, v) => s.plus(v), new Exact(0)).toString()).toBe("1");
        for (const cls of Object.keys(shares) as (keyof typeof shares)[]) {
          const share = shares[cls];
          expect(share.decimalPlaces()).toBeLessThanOrEqual(20);
          expect(share.isNegative()).toBe(false);
          // |share - weight/total| < 1e-20  <=>  |share * total - weight| < total * 1e-20
          const error = new Exact(share).times(totalWeight).minus(weights[cls]).abs();
          expect(error.lessThan(totalWeight.times("1e-20"))).toBe(true);
          if (weights[cls].isZero()) expect(share.isZero()).toBe(true);
        }
      }),
    );
  });
});
