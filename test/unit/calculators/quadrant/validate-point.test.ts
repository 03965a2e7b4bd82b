import { validatePoint, type QuadrantScale } from "../../../../calculators/quadrant";

/** A ruler of 12 cm each way from the origin on both axes, as in the Zwolle survey. */
const RULER: QuadrantScale = { xMin: "-12", xMax: "12", yMin: "-12", yMax: "12" };

describe("validatePoint", () => {
  it.each([
    ["-12", "12"], // both ends are inclusive
    ["12.00", "-12.0"],
    ["0", "0"],
    ["-4.1", "1.8"],
  ])("accepts (%s, %s)", (x, y) => {
    expect(validatePoint(x, y, RULER)).toBeNull();
  });

  it("refuses a point off the x axis with a reason", () => {
    expect(validatePoint("13", "0", RULER)).toBe("x = 13 lies outside the x axis [-12, 12]");
  });

  it("refuses a point off the y axis with a reason", () => {
    expect(validatePoint("0", "-12.5", RULER)).toBe("y = -12.5 lies outside the y axis [-12, 12]");
  });

  it("gives both reasons when both coordinates are wrong", () => {
    expect(validatePoint("-20", "abc", RULER)).toBe(
      'x = -20 lies outside the x axis [-12, 12]; y is not a finite decimal number: "abc"',
    );
  });

  it("compares exactly: 12.0000000000000000001 is outside even though a float rounds it to 12", () => {
    expect(Number("12.0000000000000000001")).toBe(12);
    expect(validatePoint("12.0000000000000000001", "0", RULER)).toMatch(/outside the x axis/);
  });

  it.each([[Number.NaN], [Infinity], ["1e400x"], ["0x10"], [null], [undefined], [{}]])(
    "refuses the coordinate %p",
    (bad) => {
      expect(validatePoint(bad, "0", RULER)).toMatch(/^x is not a finite decimal number/);
    },
  );

  it("uses each axis's own ends", () => {
    const scale = { xMin: -10, xMax: 10, yMin: "-5", yMax: "5" };
    expect(validatePoint("8", "4", scale)).toBeNull();
    expect(validatePoint("8", "6", scale)).toBe("y = 6 lies outside the y axis [-5, 5]");
  });

  it("throws for a broken scale (a defect in the model, not the user's input)", () => {
    expect(() => validatePoint("0", "0", { ...RULER, xMin: "12" })).toThrow(RangeError);
    expect(() => validatePoint("0", "0", { ...RULER, yMax: "x" })).toThrow(RangeError);
  });
});
