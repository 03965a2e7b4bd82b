import { calculateEffect } from "../../../../calculators/effect";
import { caseInput, outcome, sumCents } from "./builders";

describe("who pays, who gains (rule 6)", () => {
  /*
   * WMO invests 600 and the housing corporation 400 (investment 1,000, shares 0.6 / 0.4).
   * ZVW avoids 900 (reference event); the resident gains an outcome of 1,200. No discounting.
   * Matrix (each gain over the payers pro rata of what they pay):
   *   WMO → ZVW 900 × 0.6 = 540      HOUSING → ZVW 900 × 0.4 = 360
   *   WMO → RESIDENT 1,200 × 0.6 = 720   HOUSING → RESIDENT 1,200 × 0.4 = 480
   */
  const result = calculateEffect(
    caseInput({
      investments: [
        { date: "2024-01-01", amount: "600", payer: "WMO" },
        { date: "2024-01-01", amount: "400", payer: "HOUSING" },
      ],
      events: [{ scenario: "REFERENCE", date: "2024-06-01", amount: "900", payer: "ZVW" }],
      outcomes: [outcome({ proxy: "1200" })],
    }),
  );

  it("gives pays, gains and net per stakeholder, in code order", () => {
    expect(result.byStakeholder).toEqual([
      { stakeholder: "HOUSING", pays: "400.00", gains: "0.00", net: "-400.00" },
      { stakeholder: "RESIDENT", pays: "0.00", gains: "1200.00", net: "1200.00" },
      { stakeholder: "WMO", pays: "600.00", gains: "0.00", net: "-600.00" },
      { stakeholder: "ZVW", pays: "0.00", gains: "900.00", net: "900.00" },
    ]);
  });

  it("gives the same per value type", () => {
    expect(result.byValueType).toEqual([
      { valueType: "FISCAL", pays: "1000.00", gains: "900.00", net: "-100.00" },
      { valueType: "ECONOMIC", pays: "0.00", gains: "0.00", net: "0.00" },
      { valueType: "SOCIAL", pays: "0.00", gains: "1200.00", net: "1200.00" },
    ]);
  });

  it("attributes each beneficiary's gains to the payers pro rata", () => {
    expect(result.matrix).toEqual([
      { payer: "HOUSING", beneficiary: "RESIDENT", value: "480.00" },
      { payer: "WMO", beneficiary: "RESIDENT", value: "720.00" },
      { payer: "HOUSING", beneficiary: "ZVW", value: "360.00" },
      { payer: "WMO", beneficiary: "ZVW", value: "540.00" },
    ]);
  });

  it("splits a cent that does not divide to the largest remainder, earlier row first", () => {
    // three payers of 10 each; the resident gains 100 → 33.333… each: 99.99 rounded down,
    // the missing cent goes to the first payer (equal remainders): 33.34, 33.33, 33.33.
    const thirds = calculateEffect(
      caseInput({
        investments: ["A", "B", "C"].map((payer) => ({
          date: "2024-01-01",
          amount: "10",
          payer,
        })),
        outcomes: [outcome({ proxy: "100" })],
      }),
    );
    expect(thirds.matrix.map((cell) => [cell.payer, cell.value])).toEqual([
      ["A", "33.34"],
      ["B", "33.33"],
      ["C", "33.33"],
    ]);
  });

  it("shows gains with payer null when the case has no costs", () => {
    const free = calculateEffect(caseInput({ outcomes: [outcome()] }));
    expect(free.matrix).toEqual([{ payer: null, beneficiary: "RESIDENT", value: "1200.00" }]);
  });

  it("makes every split add up to the totals it splits, to the cent", () => {
    // PV shares that do not end: three investments of 1/3 of 100.01 … discounted at 3.5 %.
    const odd = calculateEffect(
      caseInput({
        settings: { discountRate: "0.035", horizonMonths: 36 },
        investments: [
          { date: "2025-03-01", amount: "33.37", payer: "A" },
          { date: "2026-07-01", amount: "33.35", payer: "B" },
          { date: "2024-02-01", amount: "33.29", payer: "C" },
        ],
        outcomes: [
          outcome({ proxy: "77.77", start: "2024-05-01", durationYears: 3, dropOff: "0.13" }),
          outcome({ beneficiary: "ZVW", valueType: "FISCAL", proxy: "55.55", start: "2025-02-01" }),
        ],
      }),
    );
    expect(sumCents(odd.byStakeholder.map((row) => row.pays))).toBe(sumCents([odd.investment]));
    expect(sumCents(odd.byStakeholder.map((row) => row.gains))).toBe(sumCents([odd.presentValue]));
    expect(sumCents(odd.byStakeholder.map((row) => row.net))).toBe(sumCents([odd.npv]));
    expect(sumCents(odd.byValueType.map((row) => row.gains))).toBe(sumCents([odd.presentValue]));
    expect(sumCents(odd.matrix.map((cell) => cell.value))).toBe(sumCents([odd.presentValue]));
    for (const row of odd.byStakeholder) {
      const column = odd.matrix.filter((cell) => cell.beneficiary === row.stakeholder);
      if (column.length > 0)
        expect(sumCents(column.map((cell) => cell.value))).toBe(sumCents([row.gains]));
    }
  });
});
