import { calculateEffect, DEFAULT_DISCOUNT_RATE } from "../../../../calculators/effect";
import { caseInput, workedCheck } from "./builders";

/** A return of 1,000 (an avoided cost) in each of the given months, nothing else. */
function returnsIn(months: string[], rate?: string, discountFirstYear?: boolean) {
  return caseInput({
    settings: { horizonMonths: 36, discountRate: rate, discountFirstYear },
    events: months.map((date) => ({
      scenario: "REFERENCE" as const,
      date,
      amount: "1000",
      payer: "ZVW",
    })),
  });
}

describe("discounting in yearly steps (rule 4)", () => {
  it("defaults to 2.25 % with year 1 at face value", () => {
    expect(DEFAULT_DISCOUNT_RATE).toBe("0.0225");
    const input = returnsIn(["2024-12-01"]);
    const result = calculateEffect({
      ...input,
      settings: { baseDate: input.settings.baseDate, horizonMonths: 36 },
    });
    expect(result.settingsUsed.discountRate).toBe("0.0225");
    expect(result.settingsUsed.discountFirstYear).toBe(false);
    // month 12 lies in base year 1: divided by 1.0225^0 = 1.
    expect(result.presentValue).toBe("1000.00");
  });

  it("steps at month 13 and month 25, not per month", () => {
    // month 12: 1,000; month 13: 1,000 ÷ 1.0225 = 977.995… → 978.00;
    // month 24: the same factor; month 25: 1,000 ÷ 1.0225² = 956.474… → 956.47.
    const rate = "0.0225";
    const value = (date: string) => calculateEffect(returnsIn([date], rate)).presentValue;
    expect(value("2024-12-01")).toBe("1000.00");
    expect(value("2025-01-01")).toBe("978.00");
    expect(value("2025-12-01")).toBe("978.00");
    expect(value("2026-01-01")).toBe("956.47");
  });

  it("divides year 1 by (1 + r) too when discountFirstYear is true", () => {
    // The worked check with Σ Vₜ/(1 + r)ᵗ: year 1 214,200 ÷ 1.035 = 206,956.52;
    // year 2 149,940 ÷ 1.035² = 139,970.59; together 346,927.115… → 346,927.12;
    // the investment in month 1: 250,000 ÷ 1.035 = 241,545.89. The ratio is unchanged, 1.436.
    const result = calculateEffect(workedCheck({ discountFirstYear: true }));
    expect(result.presentValue).toBe("346927.12");
    expect(result.investment).toBe("241545.89");
    expect(result.npv).toBe("105381.23");
    expect(result.sroiRatio).toBe("1.436");
  });

  it("leaves everything at face value at a rate of 0", () => {
    const result = calculateEffect(returnsIn(["2024-01-01", "2025-06-01", "2026-12-01"], "0"));
    expect(result.presentValue).toBe("3000.00");
    expect(result.nominal.returns).toBe("3000.00");
  });
});
