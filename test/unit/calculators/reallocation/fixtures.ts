import type {
  ObservedCase,
  ReallocationInput,
  ReallocationMove,
} from "../../../../calculators/reallocation/index";

/**
 * A small world computed by hand:
 * A: 3 cases, costs 100, 200, 400 (Σ 700, mean 233.33…), returns 300, 300, 600 (Σ 1200, mean
 *    400), hours 2, 4, 6 (Σ 12, 4 a case);
 * B: 2 cases, costs 50, 150 (Σ 200, mean 100), returns 500, 700 (Σ 1200, mean 600), hours 1, 3
 *    (Σ 4, 2 a case);
 * plus one case without an arrangement (cost 250, return 100): the baseline is 6 cases, cost
 * 1150.00, return 2500.00, net 1350.00, ratio 2500 ÷ 1150 = 2.174.
 */
export const A = "arrangement-a";
export const B = "arrangement-b";
export const EMPTY = "arrangement-without-cases";

const observed = (cost: string, socialReturn: string, hours?: string): ObservedCase => ({
  cost,
  socialReturn,
  hours,
});

export const CASES_A = [
  observed("100.00", "300.00", "2"),
  observed("200.00", "300.00", "4"),
  observed("400.00", "600.00", "6"),
];
export const CASES_B = [observed("50.00", "500.00", "1"), observed("150.00", "700.00", "3")];

export const BASELINE = { cases: 6, cost: "1150.00", socialReturn: "2500.00" };

export function input(
  moves: ReallocationMove[],
  arrangements: [string, ObservedCase[]][] = [
    [A, CASES_A],
    [B, CASES_B],
    [EMPTY, []],
  ],
  baseline = BASELINE,
): ReallocationInput {
  return { baseline, arrangements: new Map(arrangements), moves };
}

export const cents = (euros: string) => BigInt(euros.replace(".", ""));
