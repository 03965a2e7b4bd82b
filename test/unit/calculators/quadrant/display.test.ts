import { Decimal } from "decimal.js";
import fc from "fast-check";
import {
  classifyPoint,
  formatCoordinate,
  MODEL_A_CODES,
  roundForDisplay,
} from "../../../../calculators/quadrant";
import { coordinate } from "./arbitraries";

describe("display rounding", () => {
  it.each([
    ["-4.05", "-4.1"], // half away from zero, not to even and not towards +infinity
    ["4.05", "4.1"],
    ["0.25", "0.3"],
    ["-0.25", "-0.3"],
    ["-4.04999", "-4.0"],
    ["3", "3.0"],
    ["-0.05", "-0.1"],
    ["-0.04", "0.0"], // rounds to zero: no sign
    ["0.04", "0.0"],
    ["-1e-30", "0.0"],
    ["-57.4", "-57.4"],
  ])("shows %s as %s", (value, shown) => {
    expect(formatCoordinate(value)).toBe(shown);
  });

  it("shows -4.1333… (-12.4 / 3) as -4.1 and 1.75 as 1.8", () => {
    expect(formatCoordinate(new Decimal("-12.4").dividedBy(3))).toBe("-4.1");
    expect(formatCoordinate("1.75")).toBe("1.8");
  });

  it("rounds to other numbers of decimals on request", () => {
    expect(formatCoordinate("-4.125", 2)).toBe("-4.13");
    expect(formatCoordinate("-0.4", 0)).toBe("0");
    expect(roundForDisplay("2.45", 1).toString()).toBe("2.5");
    expect(() => formatCoordinate("1", 1.5)).toThrow(RangeError);
  });

  it("rounds for display only: a mean of -0.04 shows as 0.0 but is classed left of the axis", () => {
    expect(formatCoordinate("-0.04")).toBe("0.0");
    expect(classifyPoint("-0.04", "1.8", MODEL_A_CODES)).toBe("a");
    expect(classifyPoint(roundForDisplay("-0.04"), "1.8", MODEL_A_CODES)).toBe("f");
  });

  it("is within half a unit and symmetric around zero (property)", () => {
    const precise = fc
      .tuple(coordinate, fc.integer({ min: -999, max: 999 }))
      .map(([c, thousandths]) => new Decimal(c).plus(new Decimal(thousandths).dividedBy(1e5)));
    fc.assert(
      fc.property(precise, (value) => {
        const shown = roundForDisplay(value);
        expect(shown.minus(value).abs().lessThanOrEqualTo("0.05")).toBe(true);
        const mirrored = formatCoordinate(value.negated());
        const text = formatCoordinate(value);
        expect(mirrored).toBe(
          text === "0.0" ? "0.0" : text.startsWith("-") ? text.slice(1) : `-${text}`,
        );
      }),
    );
  });
});
