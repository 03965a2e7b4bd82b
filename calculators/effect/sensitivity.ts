import { evaluate } from "./evaluate";
import {
  clampFraction,
  FIXED_ONE,
  FIXED_ZERO,
  fixedText,
  minus,
  oneMinus,
  onePlus,
  plus,
  pow10,
  times,
  type Fixed,
} from "./fixed";
import {
  compareFractions,
  divideFractions,
  formatFraction,
  formatScaled,
  subtractFractions,
  type Fraction,
} from "./integers";
import type { EffectInput, SensitivityKind, SensitivityRow } from "./types";
import { parseInput, type ParsedInput, type ParsedOutcome } from "./validation";

/**
 * Sensitivity (rule 7): every assumption is moved on its own, all else equal, and the SROI ratio
 * recomputed in full (optimism bias, clipping and discounting included).
 *
 * Assumptions, their low/high values (settings in `settings.sensitivity`), and the break-even:
 * - deadweight, displacement, attribution, leakage of each outcome: ± fractionStep (0.1), clamped
 *   to [0, 1]. The PV of returns is linear in (1 − x): PV(x) = A + B·(1 − x) with A = PV(1) and
 *   B = PV(0) − PV(1), so the break-even x* = 1 − (investment − A) ÷ B, solved exactly.
 * - drop-off: ± fractionStep, clamped. PV is a polynomial in (1 − d) that never rises with d; the
 *   break-even is found by bisection on the grid of 10^-6 between 0 and 1.
 * - proxy: × (1 ± proxyStep) (±20 %). PV is linear in the proxy through A = PV(proxy 0):
 *   p* = (investment − A) ÷ (PV(1) − A), valid when ≥ 0; given to the cent.
 * - duration: ± durationStep (1) years, at least 1. The break-even is the fewest whole years
 *   (≥ 1) that give a ratio ≥ 1, searched up to the years that reach the horizon's end.
 * - discount rate: discountRateLow (0) and rate × discountRateHighFactor (2). Both the returns and
 *   the investment move, so the break-even is found by bisection on the 10^-6 grid between 0 and
 *   maxDiscountRate (1); it is reported only when the ratio − 1 changes sign over that range
 *   (a sign change inside with equal signs at both ends would go unnoticed).
 * Fractions and rates are given to 6 decimals (the grid point whose ratio is nearest 1 for a
 * bisection). Everything is null when the investment is 0 (no ratio exists), and a break-even is
 * null when no value in the valid range reaches a ratio of 1.
 */

const GRID_DECIMALS = 6;
const GRID = pow10(GRID_DECIMALS);

/** ratio − 1 = (returns − investment) ÷ investment; null when the investment is 0. */
function gapOf(parsed: ParsedInput): Fraction | null {
  const { values } = evaluate(parsed);
  if (values.investment === 0n) return null;
  return { num: values.returns - values.investment, den: values.investment };
}

function ratioText(parsed: ParsedInput): string | null {
  const { values } = evaluate(parsed);
  if (values.investment === 0n) return null;
  return formatFraction(
    { num: values.returns, den: values.investment },
    parsed.settings.ratioDecimals,
  );
}

/** PV of the returns and the investment, in cents, as exact fractions. */
function presentFigures(parsed: ParsedInput): { returns: Fraction; investment: Fraction } {
  const { values } = evaluate(parsed);
  return {
    returns: { num: values.returns, den: values.centsDenominator },
    investment: { num: values.investment, den: values.centsDenominator },
  };
}

function withOutcome(parsed: ParsedInput, index: number, change: Partial<ParsedOutcome>) {
  return {
    ...parsed,
    outcomes: parsed.outcomes.map((outcome, i) =>
      i === index ? { ...outcome, ...change } : outcome,
    ),
  };
}

function withDiscountRate(parsed: ParsedInput, rate: Fixed): ParsedInput {
  return { ...parsed, settings: { ...parsed.settings, discountRate: rate } };
}

function gridValue(units: bigint): Fixed {
  return { units, scale: GRID_DECIMALS };
}

/** The grid point at or below a value (≥ 0): ⌊value × 10^6⌋. */
function unitsAtGrid(value: Fixed): bigint {
  return value.scale <= GRID_DECIMALS
    ? value.units * pow10(GRID_DECIMALS - value.scale)
    : value.units / pow10(value.scale - GRID_DECIMALS);
}

function sign(value: Fraction): -1 | 0 | 1 {
  return value.num === 0n ? 0 : value.num < 0n ? -1 : 1;
}

function absolute(value: Fraction): Fraction {
  return value.num < 0n ? { num: -value.num, den: value.den } : value;
}

/**
 * Bisection on the grid points lo … hi (units of 10^-6) of a function giving ratio − 1: the grid
 * point whose ratio is nearest 1, or null when ratio − 1 has the same sign at both ends.
 */
function bisect(gapAt: (units: bigint) => Fraction | null, low: bigint, high: bigint) {
  let lo = low;
  let hi = high;
  let gapLo = gapAt(lo);
  let gapHi = gapAt(hi);
  if (gapLo === null || gapHi === null) return null;
  if (sign(gapLo) === 0) return lo;
  if (sign(gapHi) === 0) return hi;
  if (sign(gapLo) === sign(gapHi)) return null;
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    const gapMid = gapAt(mid);
    if (gapMid === null) return null;
    if (sign(gapMid) === 0) return mid;
    if (sign(gapMid) === sign(gapLo)) {
      lo = mid;
      gapLo = gapMid;
    } else {
      hi = mid;
      gapHi = gapMid;
    }
  }
  return compareFractions(absolute(gapHi), absolute(gapLo)) < 0 ? hi : lo;
}

type FractionField = "deadweight" | "displacement" | "attribution" | "leakage" | "dropOff";

const FRACTION_KINDS: readonly { field: FractionField; kind: SensitivityKind }[] = [
  { field: "deadweight", kind: "DEADWEIGHT" },
  { field: "displacement", kind: "DISPLACEMENT" },
  { field: "attribution", kind: "ATTRIBUTION" },
  { field: "leakage", kind: "LEAKAGE" },
  { field: "dropOff", kind: "DROP_OFF" },
];

/** x* with PV(x*) = investment when PV(x) = A + B·(1 − x); null outside [0, 1]. */
function linearFractionBreakEven(parsed: ParsedInput, index: number, field: FractionField) {
  const atOne = presentFigures(withOutcome(parsed, index, { [field]: FIXED_ONE }));
  const atZero = presentFigures(withOutcome(parsed, index, { [field]: FIXED_ZERO }));
  if (atOne.investment.num === 0n) return null;
  const slope = subtractFractions(atZero.returns, atOne.returns);
  if (slope.num === 0n) return null;
  // x* = 1 − (I − A) ÷ B
  const shortfall = divideFractions(subtractFractions(atOne.investment, atOne.returns), slope);
  const breakEven = subtractFractions({ num: 1n, den: 1n }, shortfall);
  if (sign(breakEven) < 0 || compareFractions(breakEven, { num: 1n, den: 1n }) > 0) return null;
  return formatFraction(breakEven, GRID_DECIMALS);
}

function fractionRows(parsed: ParsedInput, index: number, path: string): SensitivityRow[] {
  const outcome = parsed.outcomes[index];
  const step = parsed.settings.sensitivity.fractionStep;
  return FRACTION_KINDS.map(({ field, kind }) => {
    const base = outcome[field];
    const low = clampFraction(minus(base, step));
    const high = clampFraction(plus(base, step));
    const breakEven =
      field === "dropOff"
        ? bisect(
            (units) => gapOf(withOutcome(parsed, index, { dropOff: gridValue(units) })),
            0n,
            GRID,
          )
        : linearFractionBreakEven(parsed, index, field);
    return {
      parameter: `${path}.${field}`,
      kind,
      outcomeId: outcome.id,
      baseValue: fixedText(base),
      lowValue: fixedText(low),
      highValue: fixedText(high),
      low: ratioText(withOutcome(parsed, index, { [field]: low })),
      high: ratioText(withOutcome(parsed, index, { [field]: high })),
      breakEven: typeof breakEven === "bigint" ? formatScaled(breakEven, GRID_DECIMALS) : breakEven,
    };
  });
}

function proxyRow(parsed: ParsedInput, index: number, path: string): SensitivityRow {
  const outcome = parsed.outcomes[index];
  const step = parsed.settings.sensitivity.proxyStep;
  const low = times(outcome.proxy, oneMinus(step));
  const high = times(outcome.proxy, onePlus(step));
  const atZero = presentFigures(withOutcome(parsed, index, { proxy: FIXED_ZERO }));
  const atOne = presentFigures(withOutcome(parsed, index, { proxy: FIXED_ONE }));
  let breakEven: string | null = null;
  const slope = subtractFractions(atOne.returns, atZero.returns);
  if (atZero.investment.num !== 0n && slope.num !== 0n) {
    const proxy = divideFractions(subtractFractions(atZero.investment, atZero.returns), slope);
    if (sign(proxy) >= 0) breakEven = formatFraction(proxy, 2);
  }
  return {
    parameter: `${path}.proxy`,
    kind: "PROXY",
    outcomeId: outcome.id,
    baseValue: fixedText(outcome.proxy),
    lowValue: fixedText(low),
    highValue: fixedText(high),
    low: ratioText(withOutcome(parsed, index, { proxy: low })),
    high: ratioText(withOutcome(parsed, index, { proxy: high })),
    breakEven,
  };
}

function durationRow(parsed: ParsedInput, index: number, path: string): SensitivityRow {
  const outcome = parsed.outcomes[index];
  const step = parsed.settings.sensitivity.durationStep;
  const low = Math.max(1, outcome.durationYears - step);
  const high = outcome.durationYears + step;
  const horizon = parsed.settings.horizonMonths;
  let breakEven: string | null = null;
  if (outcome.startMonth <= horizon) {
    const longest = Math.max(1, Math.ceil((horizon - outcome.startMonth + 1) / 12));
    for (let years = 1; years <= longest; years += 1) {
      const gap = gapOf(withOutcome(parsed, index, { durationYears: years }));
      if (gap === null) break;
      if (sign(gap) >= 0) {
        breakEven = String(years);
        break;
      }
    }
  }
  return {
    parameter: `${path}.durationYears`,
    kind: "DURATION",
    outcomeId: outcome.id,
    baseValue: String(outcome.durationYears),
    lowValue: String(low),
    highValue: String(high),
    low: ratioText(withOutcome(parsed, index, { durationYears: low })),
    high: ratioText(withOutcome(parsed, index, { durationYears: high })),
    breakEven,
  };
}

function discountRateRow(parsed: ParsedInput): SensitivityRow {
  const settings = parsed.settings;
  const low = settings.sensitivity.discountRateLow;
  const high = times(settings.discountRate, settings.sensitivity.discountRateHighFactor);
  const top = unitsAtGrid(settings.sensitivity.maxDiscountRate);
  const breakEven = bisect((units) => gapOf(withDiscountRate(parsed, gridValue(units))), 0n, top);
  return {
    parameter: "settings.discountRate",
    kind: "DISCOUNT_RATE",
    outcomeId: null,
    baseValue: fixedText(settings.discountRate),
    lowValue: fixedText(low),
    highValue: fixedText(high),
    low: ratioText(withDiscountRate(parsed, low)),
    high: ratioText(withDiscountRate(parsed, high)),
    breakEven: breakEven === null ? null : formatScaled(breakEven, GRID_DECIMALS),
  };
}

/** Sensitivity rows of a parsed input: per outcome its seven assumptions, then the rate. */
export function analyseSensitivity(parsed: ParsedInput): SensitivityRow[] {
  const rows: SensitivityRow[] = [];
  parsed.outcomes.forEach((_, index) => {
    const path = `outcomes[${index}]`;
    rows.push(...fractionRows(parsed, index, path));
    rows.push(proxyRow(parsed, index, path));
    rows.push(durationRow(parsed, index, path));
  });
  rows.push(discountRateRow(parsed));
  return rows;
}

/** Validates the input and runs the sensitivity analysis (see the rules above). */
export function sensitivity(input: EffectInput): SensitivityRow[] {
  return analyseSensitivity(parseInput(input));
}
