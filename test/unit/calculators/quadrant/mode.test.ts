import { modeOf } from "../../../../calculators/quadrant";

function strings(values: (string | number)[]) {
  const { mode, modes, frequency } = modeOf(values);
  return { mode: mode.toString(), modes: modes.map(String), frequency };
}

describe("modeOf", () => {
  it("finds the most frequent value", () => {
    expect(strings(["-3", "2", "-3", "5"])).toEqual({ mode: "-3", modes: ["-3"], frequency: 2 });
  });

  it("on a tie reports the smallest value as mode and lists every tied value ascending", () => {
    expect(strings(["3", "-10", "3", "-2", "-10", "-2", "7"])).toEqual({
      mode: "-10",
      modes: ["-10", "-2", "3"],
      frequency: 2,
    });
  });

  it("compares decimals by value: -4, -4.0 and -4.00 are one value", () => {
    expect(strings(["-4", "1.5", "-4.0", "1.50", "-4.00"])).toEqual({
      mode: "-4",
      modes: ["-4"],
      frequency: 3,
    });
  });

  it("lists all values when all are distinct", () => {
    expect(strings([0.5, -0.5, 0])).toEqual({
      mode: "-0.5",
      modes: ["-0.5", "0", "0.5"],
      frequency: 1,
    });
  });

  it("refuses an empty list", () => {
    expect(() => modeOf([])).toThrow(RangeError);
  });
});
