import {
  centsOf,
  formatCents,
  formatEuros,
  formatRatio,
  roundToCents,
} from "../../../../calculators/effect";
import { fixedText, parseFixed } from "../../../../calculators/effect/fixed";
import { allocateCents } from "../../../../calculators/effect/rounding";

describe("rounding and formatting (rule 10)", () => {
  it("rounds euros to cents half away from zero", () => {
    expect(formatEuros("2.345")).toBe("2.35");
    expect(formatEuros("-2.345")).toBe("-2.35");
    expect(formatEuros("2.3449999")).toBe("2.34");
    expect(formatEuros("0.005")).toBe("0.01");
    expect(formatEuros("-0.004")).toBe("0.00");
    expect(formatEuros(1234)).toBe("1234.00");
    expect(formatEuros("12345678901234567890.125")).toBe("12345678901234567890.13");
    expect(roundToCents("144869.5652173913").toFixed()).toBe("144869.57");
  });

  it("formats ratios with three or more decimals", () => {
    expect(formatRatio("1.43627826")).toBe("1.436");
    expect(formatRatio("1.0005")).toBe("1.001");
    expect(formatRatio("-0.0005")).toBe("-0.001");
    expect(formatRatio("2", 5)).toBe("2.00000");
    expect(() => formatRatio("1", 21)).toThrow(RangeError);
  });

  it("formats and reads cents", () => {
    expect(formatCents(123456n)).toBe("1234.56");
    expect(formatCents(-5n)).toBe("-0.05");
    expect(formatCents(0n)).toBe("0.00");
    expect(formatCents(-100n)).toBe("-1.00");
    expect(formatCents(123456789012345678901234n)).toBe("1234567890123456789012.34");
    expect(centsOf("-0.05")).toBe(-5n);
    expect(centsOf("1234.56")).toBe(123456n);
    expect(() => centsOf("1234.5")).toThrow(RangeError);
  });

  it("splits a total by largest remainder so the rows add up to it", () => {
    // rows 1/3, 1/3, 1/3 of 100 cents (numerators over 3): floors 33 each, 1 missing → first row.
    expect(allocateCents(100n, [100n, 100n, 100n], 3n)).toEqual([34n, 33n, 33n]);
    // 0.4, 0.35, 0.25 cents ×… : rows 10.4, 20.35, 30.25 (over 100) → total 60.99… target 61:
    // floors 10 + 20 + 30 = 60, one cent to the largest remainder (0.4) → 11, 20, 30.
    expect(allocateCents(61n, [1040n, 2035n, 3025n], 100n)).toEqual([11n, 20n, 30n]);
    // exact rows stay exact
    expect(allocateCents(6n, [100n, 200n, 300n], 100n)).toEqual([1n, 2n, 3n]);
    expect(() => allocateCents(10n, [100n], 100n)).toThrow(RangeError);
  });
});

describe("exact decimals (fixed.ts)", () => {
  it("reads decimal strings and numbers by their decimal text, exactly", () => {
    expect(fixedText(parseFixed("85.50")!)).toBe("85.5");
    expect(fixedText(parseFixed(0.1)!)).toBe("0.1");
    expect(fixedText(parseFixed("1e-2")!)).toBe("0.01");
    expect(fixedText(parseFixed("1.5E3")!)).toBe("1500");
    expect(fixedText(parseFixed(" -0.000 ")!)).toBe("0");
    expect(fixedText(parseFixed(".5")!)).toBe("0.5");
    expect(fixedText(parseFixed("12345678901234567890.123456789")!)).toBe(
      "12345678901234567890.123456789",
    );
  });

  it("refuses anything that is not a finite decimal", () => {
    for (const value of ["", ".", "1,5", "0x10", "1e", "abc", "1.2.3", Infinity, NaN, null, {}]) {
      expect(parseFixed(value)).toBeNull();
    }
  });
});
