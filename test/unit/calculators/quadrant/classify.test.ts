import { Decimal } from "decimal.js";
import fc from "fast-check";
import {
  classifyPoint,
  MODEL_A_CODES,
  MODEL_B_CODES,
  type QuadrantCodes,
} from "../../../../calculators/quadrant";

describe("classifyPoint", () => {
  it.each([
    ["-4.1", "1.8", "a"], // individual, formal: top left
    ["3", "2.5", "b"], // collective, formal: top right
    ["0.5", "-0.25", "c"], // collective, informal: bottom right
    ["-12", "-4", "d"], // individual, informal: bottom left
    ["-4.5", "0", "e"], // on the x axis, left of the origin
    ["7", "0.0", "e"], // on the x axis, right of the origin
    ["0", "3.5", "f"], // on the y axis, above the origin
    ["0.00", "-2", "f"], // on the y axis, below the origin
    ["0", "0", "ef"], // the origin
    ["-0", "-0.0", "ef"], // -0 is 0
  ])("classes (%s, %s) as %s in Model A", (x, y, expected) => {
    expect(classifyPoint(x, y, MODEL_A_CODES)).toBe(expected);
  });

  it("uses the model's own codes (Model B: II top left, IV top right, III, I)", () => {
    expect(classifyPoint("-1", "1", MODEL_B_CODES)).toBe("II");
    expect(classifyPoint("1", "1", MODEL_B_CODES)).toBe("IV");
    expect(classifyPoint("1", "-1", MODEL_B_CODES)).toBe("III");
    expect(classifyPoint("-1", "-1", MODEL_B_CODES)).toBe("I");
    expect(classifyPoint("0", "-1", MODEL_B_CODES)).toBe("f");
  });

  it("compares exactly: tiny non-zero values are off the axis, 0.1 + 0.2 - 0.3 is on it", () => {
    expect(classifyPoint("1e-30", "-0.000000000000000000001", MODEL_A_CODES)).toBe("c");
    const zero = new Decimal("0.1").plus("0.2").minus("0.3");
    expect(classifyPoint(zero, "1", MODEL_A_CODES)).toBe("f");
    // The same sum in binary floating point is 5.55e-17 and would land in quadrant b.
    expect(0.1 + 0.2 - 0.3).not.toBe(0);
  });

  it("accepts numbers and Decimals as well as strings", () => {
    expect(classifyPoint(-2, 0, MODEL_A_CODES)).toBe("e");
    expect(classifyPoint(new Decimal(2), new Decimal(-1), MODEL_A_CODES)).toBe("c");
  });

  it.each([["abc"], [""], ["0x10"], ["NaN"], ["Infinity"], [Number.NaN], [Infinity]])(
    "rejects the coordinate %p",
    (bad) => {
      expect(() => classifyPoint(bad as string, "1", MODEL_A_CODES)).toThrow(RangeError);
      expect(() => classifyPoint("1", bad as string, MODEL_A_CODES)).toThrow(RangeError);
    },
  );

  it.each<[string, QuadrantCodes]>([
    ["repeated", { topLeft: "a", topRight: "a", bottomRight: "c", bottomLeft: "d" }],
    ["reserved", { topLeft: "a", topRight: "b", bottomRight: "e", bottomLeft: "d" }],
    ["blank", { topLeft: "a", topRight: "b", bottomRight: " ", bottomLeft: "d" }],
  ])("rejects %s quadrant codes", (_, codes) => {
    expect(() => classifyPoint("1", "1", codes)).toThrow(RangeError);
  });

  /** The sign of a decimal text read from its characters, without any arithmetic. */
  function textSign(text: string): -1 | 0 | 1 {
    if (!/[1-9]/.test(text)) return 0;
    return text.startsWith("-") ? -1 : 1;
  }

  const decimalText = fc
    .tuple(
      fc.constantFrom("", "-"),
      fc.stringMatching(/^\d{1,3}$/),
      fc.stringMatching(/^(\.\d{1,25})?$/),
    )
    .map(([sign, whole, fraction]) => sign + whole + fraction);

  it("depends only on the signs, as read from the text (property)", () => {
    const bySigns: Record<string, string> = {
      "-1,1": "a",
      "1,1": "b",
      "1,-1": "c",
      "-1,-1": "d",
      "-1,0": "e",
      "1,0": "e",
      "0,1": "f",
      "0,-1": "f",
      "0,0": "ef",
    };
    fc.assert(
      fc.property(decimalText, decimalText, (x, y) => {
        expect(classifyPoint(x, y, MODEL_A_CODES)).toBe(bySigns[`${textSign(x)},${textSign(y)}`]);
      }),
    );
  });

  it("mirrors: negating x swaps left and right, negating y swaps top and bottom (property)", () => {
    const mirrorX: Record<string, string> = {
      a: "b",
      b: "a",
      c: "d",
      d: "c",
      e: "e",
      f: "f",
      ef: "ef",
    };
    const mirrorY: Record<string, string> = {
      a: "d",
      d: "a",
      b: "c",
      c: "b",
      e: "e",
      f: "f",
      ef: "ef",
    };
    fc.assert(
      fc.property(decimalText, decimalText, (x, y) => {
        const cls = classifyPoint(x, y, MODEL_A_CODES);
        const negX = new Decimal(x).negated();
        const negY = new Decimal(y).negated();
        expect(classifyPoint(negX, y, MODEL_A_CODES)).toBe(mirrorX[cls]);
        expect(classifyPoint(x, negY, MODEL_A_CODES)).toBe(mirrorY[cls]);
      }),
    );
  });
});
