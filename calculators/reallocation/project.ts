import { Decimal } from "decimal.js";
import { Exact } from "../effect/decimal";
import { centsOf, formatCents, formatRatio } from "../effect/rounding";
import { DEFAULT_RATIO_DECIMALS } from "../effect/validation";
import { bootstrapDifferences, REALLOCATION_REPLICATES, REALLOCATION_SEED } from "./bootstrap";
import { hoursText, planMoves, type PlannedMove } from "./case-counts";
import { ReallocationInputError } from "./errors";
import { quotientText } from "./exact-quotient";
import { observedArrangement, type ObservedArrangement } from "./observed";
import { pointDifference } from "./point-projection";
import { centsRange, HIGH_QUANTILE, LOW_QUANTILE, ratioRange } from "./quantile-range";
import type {
  ArrangementFigures,
  ReallocationInput,
  ReallocationResult,
  ReallocationTotals,
} from "./types";
import { validateMoves } from "./validate-moves";

/** Totals in cents: cost and social return, with each replicate's. */
interface CentsTotals {
  cases: number;
  cost: bigint;
  socialReturn: bigint;
  replicates: { cost: bigint[]; socialReturn: bigint[] } | null;
}

function ratioOf(socialReturn: bigint, cost: bigint): Decimal | null {
  return cost === 0n ? null : new Decimal(socialReturn.toString()).dividedBy(cost.toString());
}

/** A figure and its range; without replicates (the observed baseline) low = high = the figure. */
function totals(figures: CentsTotals, decimals: number): ReallocationTotals {
  const { cost, socialReturn } = figures;
  const net = socialReturn - cost;
  const reps = figures.replicates;
  const range = (point: bigint, values: bigint[] | undefined) => {
    const { low, high } = values ? centsRange(point, values) : { low: point, high: point };
    return { value: formatCents(point), low: formatCents(low), high: formatCents(high) };
  };
  const ratio = ratioOf(socialReturn, cost);
  const ratios = reps
    ? ratioRange(ratio, reps.cost, reps.socialReturn)
    : { low: ratio, high: ratio };
  const text = (value: Decimal | null) => (value === null ? null : formatRatio(value, decimals));
  return {
    cases: figures.cases,
    cost: range(cost, reps?.cost),
    socialReturn: range(socialReturn, reps?.socialReturn),
    net: range(
      net,
      reps?.socialReturn.map((value, i) => value - reps.cost[i]),
    ),
    sroiRatio: { value: text(ratio), low: text(ratios.low), high: text(ratios.high) },
  };
}

/** projected − baseline, figure by figure (the ranges shift with the projection's). */
function difference(
  projected: ReallocationTotals,
  baseline: ReallocationTotals,
  decimals: number,
): ReallocationTotals {
  const minus = (a: string, b: string) => formatCents(centsOf(a) - centsOf(b));
  const amount = (key: "cost" | "socialReturn" | "net") => ({
    value: minus(projected[key].value, baseline[key].value),
    low: minus(projected[key].low, baseline[key].value),
    high: minus(projected[key].high, baseline[key].value),
  });
  const base = baseline.sroiRatio.value;
  const ratio = (value: string | null) =>
    value === null || base === null ? null : formatRatio(new Decimal(value).minus(base), decimals);
  return {
    cases: projected.cases - baseline.cases,
    cost: amount("cost"),
    socialReturn: amount("socialReturn"),
    net: amount("net"),
    sroiRatio: {
      value: ratio(projected.sroiRatio.value),
      low: ratio(projected.sroiRatio.low),
      high: ratio(projected.sroiRatio.high),
    },
  };
}

function arrangementFigures(
  plan: readonly PlannedMove[],
  involved: readonly ObservedArrangement[],
): ArrangementFigures[] {
  return involved.map((arrangement) => {
    let projectedCases = arrangement.cases;
    for (const move of plan) {
      if (move.from === arrangement.id) projectedCases -= move.casesMoved;
      if (move.to === arrangement.id) projectedCases += move.casesReceived;
    }
    const n = new Exact(arrangement.cases);
    const mean = (cents: bigint) => quotientText(new Exact(cents.toString()), n.times(100), 2);
    return {
      arrangementId: arrangement.id,
      observedCases: arrangement.cases,
      projectedCases,
      observedHours: hoursText(arrangement.hours),
      costPerCase: mean(arrangement.costSum),
      socialReturnPerCase: mean(arrangement.returnSum),
      netPerCase: mean(arrangement.returnSum - arrangement.costSum),
      hoursPerCase: arrangement.hours.isZero() ? null : quotientText(arrangement.hours, n, 2),
    };
  });
}

/**
 * What-if reallocation: moves a share of one arrangement's cases (or hours) to another and
 * projects the totals with each arrangement's observed per-case costs and returns; the range of
 * every projected figure is a seeded bootstrap over the arrangements' observed cases (see
 * bootstrap.ts), read at 2.5 % and 97.5 %. Pure: plain data in, plain data out.
 * @throws ReallocationInputError for moves that make no scenario, naming the field.
 */
export function projectReallocation(input: ReallocationInput): ReallocationResult {
  const checked = validateMoves(input.moves);
  const decimals = input.ratioDecimals ?? DEFAULT_RATIO_DECIMALS;
  const replicateCount = input.replicates ?? REALLOCATION_REPLICATES;
  const seed = input.seed ?? REALLOCATION_SEED;
  if (!Number.isInteger(replicateCount) || replicateCount < 1) {
    throw new ReallocationInputError("replicates", "must be a whole number ≥ 1");
  }
  const observed = new Map<string, ObservedArrangement>();
  for (const move of checked) {
    for (const id of [move.from, move.to]) {
      const cases = input.arrangements.get(id);
      if (cases && !observed.has(id)) observed.set(id, observedArrangement(id, cases));
    }
  }
  const plan = planMoves(checked, observed);
  const point = pointDifference(plan);
  const drawn = bootstrapDifferences(plan, replicateCount, seed);
  const baseCost = centsOf(input.baseline.cost);
  const baseReturn = centsOf(input.baseline.socialReturn);
  const casesAfter =
    input.baseline.cases + plan.reduce((n, move) => n + move.casesReceived - move.casesMoved, 0);
  const baseline = totals(
    { cases: input.baseline.cases, cost: baseCost, socialReturn: baseReturn, replicates: null },
    decimals,
  );
  const projected = totals(
    {
      cases: casesAfter,
      cost: baseCost + point.cost,
      socialReturn: baseReturn + point.socialReturn,
      replicates: {
        cost: Array.from(drawn.cost, (cents) => baseCost + BigInt(cents)),
        socialReturn: Array.from(drawn.socialReturn, (cents) => baseReturn + BigInt(cents)),
      },
    },
    decimals,
  );
  return {
    baseline,
    projected,
    difference: difference(projected, baseline, decimals),
    moves: plan.map((move, index) => {
      const part = point.perMove[index];
      return {
        fromArrangementId: move.from,
        toArrangementId: move.to,
        share: move.share.toFixed(),
        basis: move.basis,
        casesMoved: move.casesMoved,
        casesReceived: move.casesReceived,
        hoursMoved: move.hoursMoved ? hoursText(move.hoursMoved) : null,
        costDifference: formatCents(part.cost),
        socialReturnDifference: formatCents(part.socialReturn),
        netDifference: formatCents(part.socialReturn - part.cost),
      };
    }),
    arrangements: arrangementFigures(plan, [...observed.values()]),
    range: {
      method: "BOOTSTRAP",
      replicates: replicateCount,
      seed,
      lowQuantile: LOW_QUANTILE,
      highQuantile: HIGH_QUANTILE,
    },
  };
}
