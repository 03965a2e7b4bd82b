import { isCost, type FlowKind, type Flows } from "./engine";
import { allocateCents, formatCents } from "./rounding";
import type { Headline, PresentValues } from "./totals";
import {
  VALUE_TYPES,
  type Breakdown,
  type MatrixCell,
  type StakeholderRow,
  type ValueTypeRow,
} from "./types";

/**
 * Who pays, who gains (rule 6), in present value.
 *
 * - A stakeholder *pays* the explicit investments it funds and the extra costs it bears (rule 2);
 *   it *gains* the costs it avoids (rule 2) and the valued outcomes of which it is the
 *   beneficiary. The same split is given per value type (FISCAL, ECONOMIC, SOCIAL).
 * - Payer × beneficiary matrix (the wrong-pocket problem). Within a case, every gain is produced
 *   by the case's costs as a whole, so each beneficiary's gains are attributed to the payers in
 *   proportion to what they pay:  cell(p, b) = gains(b) × pays(p) ÷ investment.
 *   A column therefore adds up to the beneficiary's gains, a row to the share of all gains that
 *   the payer's money bought. A case without costs has one cell per beneficiary with payer null.
 *   Over many cases the matrix is the sum of the cases' matrices (each case's own shares).
 *
 * Rounding: every split is rounded with the largest-remainder method against the rounded total it
 * splits (investment, presentValue, or the beneficiary's rounded gains for a matrix column), so the
 * rows add up to the totals shown, to the cent. Stakeholders are listed in code order.
 */

export interface StakeholderFigures {
  readonly byStakeholder: StakeholderRow[];
  readonly byValueType: ValueTypeRow[];
  readonly matrix: MatrixCell[];
  readonly breakdown: Breakdown;
}

function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Split {
  pays: bigint;
  gains: bigint;
}

/** Sums the PV numerators of the lines per key, costs and returns apart. */
function splitBy<K>(flows: Flows, values: PresentValues, keyOf: (index: number) => K) {
  const sums = new Map<K, Split>();
  flows.lines.forEach((line, index) => {
    const key = keyOf(index);
    let split = sums.get(key);
    if (split === undefined) {
      split = { pays: 0n, gains: 0n };
      sums.set(key, split);
    }
    if (isCost(line.kind)) split.pays += values.lines[index];
    else split.gains += values.lines[index];
  });
  return sums;
}

function rounded(splits: readonly Split[], totals: Headline, centsDenominator: bigint) {
  const pays = allocateCents(
    totals.investment,
    splits.map((split) => split.pays),
    centsDenominator,
  );
  const gains = allocateCents(
    totals.presentValue,
    splits.map((split) => split.gains),
    centsDenominator,
  );
  return splits.map((_, index) => ({
    pays: formatCents(pays[index]),
    gains: formatCents(gains[index]),
    net: formatCents(gains[index] - pays[index]),
    gainsCents: gains[index],
  }));
}

export function stakeholderFigures(
  flows: Flows,
  values: PresentValues,
  totals: Headline,
): StakeholderFigures {
  const denominator = values.centsDenominator;

  const perStakeholder = splitBy(flows, values, (index) => flows.lines[index].stakeholder);
  const stakeholders = [...perStakeholder.keys()].sort(byCode);
  const stakeholderSplits = stakeholders.map((code) => perStakeholder.get(code)!);
  const stakeholderRows = rounded(stakeholderSplits, totals, denominator);
  const byStakeholder = stakeholders.map((stakeholder, index) => ({
    stakeholder,
    pays: stakeholderRows[index].pays,
    gains: stakeholderRows[index].gains,
    net: stakeholderRows[index].net,
  }));

  const perValueType = splitBy(flows, values, (index) => flows.lines[index].valueType);
  const valueTypeRows = rounded(
    VALUE_TYPES.map((valueType) => perValueType.get(valueType) ?? { pays: 0n, gains: 0n }),
    totals,
    denominator,
  );
  const byValueType = VALUE_TYPES.map((valueType, index) => ({
    valueType,
    pays: valueTypeRows[index].pays,
    gains: valueTypeRows[index].gains,
    net: valueTypeRows[index].net,
  }));

  const payers = stakeholders
    .map((code, index) => ({ code, pays: stakeholderSplits[index].pays }))
    .filter((payer) => payer.pays > 0n);
  const matrix: MatrixCell[] = [];
  stakeholders.forEach((beneficiary, index) => {
    const gains = stakeholderSplits[index].gains;
    if (gains === 0n) return;
    const gainsCents = stakeholderRows[index].gainsCents;
    if (payers.length === 0) {
      matrix.push({ payer: null, beneficiary, value: formatCents(gainsCents) });
      return;
    }
    const cells = allocateCents(
      gainsCents,
      payers.map((payer) => gains * payer.pays),
      values.investment * denominator,
    );
    payers.forEach((payer, cell) =>
      matrix.push({ payer: payer.code, beneficiary, value: formatCents(cells[cell]) }),
    );
  });

  const perKind = splitBy(flows, values, (index) => flows.lines[index].kind);
  const kindValue = (kind: FlowKind) => {
    const split = perKind.get(kind);
    return split === undefined ? 0n : isCost(kind) ? split.pays : split.gains;
  };
  const costs = allocateCents(
    totals.investment,
    [kindValue("INVESTMENT"), kindValue("EXTRA_COST")],
    denominator,
  );
  const gains = allocateCents(
    totals.presentValue,
    [kindValue("AVOIDED_COST"), kindValue("OUTCOME")],
    denominator,
  );
  return {
    byStakeholder,
    byValueType,
    matrix,
    breakdown: {
      investments: formatCents(costs[0]),
      extraCosts: formatCents(costs[1]),
      avoidedCosts: formatCents(gains[0]),
      outcomes: formatCents(gains[1]),
    },
  };
}
