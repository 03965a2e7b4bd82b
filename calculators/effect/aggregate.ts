import { scaledDistribution, type Distribution } from "./distribution";
import { parseFixed, unitsAt, type Fixed } from "./fixed";
import { formatFraction } from "./integers";
import { centsOf, formatCents } from "./rounding";
import {
  VALUE_TYPES,
  type EffectResult,
  type Euros,
  type MatrixCell,
  type RatioText,
  type StakeholderRow,
  type ValueTypeRow,
} from "./types";

/**
 * Aggregation over cases (rule 9), per group (arrangement, team, quadrant, district, period …:
 * the caller decides what a group is; one call per grouping).
 *
 * Sums are taken over the cases' *output* figures (whole cents), so a group's total is the sum of
 * its cases as shown and the overall total is the sum of the group rows, to the cent. The pooled
 * ratios are Σ presentValue ÷ Σ investment (and Σ npv ÷ Σ investment) of those sums. Beside the
 * sums each group gives the distribution over its cases (see `distribution.ts`) of investment,
 * presentValue and npv (to the cent), of the SROI ratio (cases with a ratio only; ratio decimals),
 * and of the payback month (cases that pay back only; exact).
 */
export interface AggregateItem {
  readonly group: string;
  readonly result: EffectResult;
}

export interface GroupDistributions {
  readonly investment: Distribution;
  readonly presentValue: Distribution;
  readonly npv: Distribution;
  readonly sroiRatio: Distribution;
  readonly paybackMonth: Distribution;
}

export interface GroupSummary {
  /** The group key; null on the overall total. */
  readonly group: string | null;
  readonly cases: number;
  readonly investment: Euros;
  readonly presentValue: Euros;
  readonly npv: Euros;
  readonly nominalCosts: Euros;
  readonly nominalReturns: Euros;
  readonly nominalNet: Euros;
  /** Σ presentValue ÷ Σ investment; null when Σ investment is 0. */
  readonly sroiRatio: RatioText | null;
  readonly netSroiRatio: RatioText | null;
  readonly byStakeholder: readonly StakeholderRow[];
  readonly byValueType: readonly ValueTypeRow[];
  readonly matrix: readonly MatrixCell[];
  readonly distribution: GroupDistributions;
}

export interface AggregateResult {
  /** One row per group, in group-key order. */
  readonly groups: readonly GroupSummary[];
  /** All cases together; every sum equals the sum of the group rows. */
  readonly total: GroupSummary;
}

export interface AggregateOptions {
  /** Decimals of the pooled ratios and the ratio distribution. Default 3. */
  readonly ratioDecimals?: number;
}

class Sums {
  cases = 0;
  investment = 0n;
  presentValue = 0n;
  nominalCosts = 0n;
  nominalReturns = 0n;
  readonly stakeholders = new Map<string, { pays: bigint; gains: bigint }>();
  readonly valueTypes = new Map<string, { pays: bigint; gains: bigint }>();
  readonly cells = new Map<string, { payer: string | null; beneficiary: string; value: bigint }>();
  readonly investments: bigint[] = [];
  readonly presentValues: bigint[] = [];
  readonly npvs: bigint[] = [];
  readonly ratios: Fixed[] = [];
  readonly paybacks: bigint[] = [];

  add(result: EffectResult): void {
    const investment = centsOf(result.investment);
    const presentValue = centsOf(result.presentValue);
    this.cases += 1;
    this.investment += investment;
    this.presentValue += presentValue;
    this.nominalCosts += centsOf(result.nominal.costs);
    this.nominalReturns += centsOf(result.nominal.returns);
    for (const row of result.byStakeholder) addSplit(this.stakeholders, row.stakeholder, row);
    for (const row of result.byValueType) addSplit(this.valueTypes, row.valueType, row);
    for (const cell of result.matrix) {
      // A null payer (a case without costs) sorts first: codes are never empty.
      const key = `${cell.payer ?? ""}\u0000${cell.beneficiary}`;
      const sum = this.cells.get(key) ?? {
        payer: cell.payer,
        beneficiary: cell.beneficiary,
        value: 0n,
      };
      sum.value += centsOf(cell.value);
      this.cells.set(key, sum);
    }
    this.investments.push(investment);
    this.presentValues.push(presentValue);
    this.npvs.push(centsOf(result.npv));
    if (result.sroiRatio !== null) this.ratios.push(ratioOf(result.sroiRatio));
    if (result.paybackMonth !== null) this.paybacks.push(BigInt(result.paybackMonth));
  }

  summary(group: string | null, ratioDecimals: number): GroupSummary {
    const npv = this.presentValue - this.investment;
    const ratio = (num: bigint) =>
      this.investment === 0n ? null : formatFraction({ num, den: this.investment }, ratioDecimals);
    const split = (sums: { pays: bigint; gains: bigint }) => ({
      pays: formatCents(sums.pays),
      gains: formatCents(sums.gains),
      net: formatCents(sums.gains - sums.pays),
    });
    const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return {
      group,
      cases: this.cases,
      investment: formatCents(this.investment),
      presentValue: formatCents(this.presentValue),
      npv: formatCents(npv),
      nominalCosts: formatCents(this.nominalCosts),
      nominalReturns: formatCents(this.nominalReturns),
      nominalNet: formatCents(this.nominalReturns - this.nominalCosts),
      sroiRatio: ratio(this.presentValue),
      netSroiRatio: ratio(npv),
      byStakeholder: [...this.stakeholders.keys()]
        .sort(byCode)
        .map((stakeholder) => ({ stakeholder, ...split(this.stakeholders.get(stakeholder)!) })),
      byValueType: VALUE_TYPES.map((valueType) => ({
        valueType,
        ...split(this.valueTypes.get(valueType) ?? { pays: 0n, gains: 0n }),
      })),
      matrix: [...this.cells.keys()].sort(byCode).map((key) => {
        const cell = this.cells.get(key)!;
        return { payer: cell.payer, beneficiary: cell.beneficiary, value: formatCents(cell.value) };
      }),
      distribution: {
        investment: scaledDistribution(this.investments, 2, 2),
        presentValue: scaledDistribution(this.presentValues, 2, 2),
        npv: scaledDistribution(this.npvs, 2, 2),
        sroiRatio: ratioDistribution(this.ratios, ratioDecimals),
        paybackMonth: scaledDistribution(this.paybacks, 0),
      },
    };
  }
}

function ratioOf(text: RatioText): Fixed {
  const ratio = parseFixed(text);
  if (ratio === null) throw new RangeError(`expected a ratio, got ${text}`);
  return ratio;
}

function ratioDistribution(ratios: readonly Fixed[], decimals: number): Distribution {
  const scale = ratios.reduce((widest, ratio) => Math.max(widest, ratio.scale), decimals);
  return scaledDistribution(
    ratios.map((ratio) => unitsAt(ratio, scale)),
    scale,
    decimals,
  );
}

function addSplit(
  sums: Map<string, { pays: bigint; gains: bigint }>,
  key: string,
  row: { pays: Euros; gains: Euros },
): void {
  const sum = sums.get(key) ?? { pays: 0n, gains: 0n };
  sum.pays += centsOf(row.pays);
  sum.gains += centsOf(row.gains);
  sums.set(key, sum);
}

/** Sums and distributions per group and overall. */
export function aggregateResults(
  items: readonly AggregateItem[],
  options: AggregateOptions = {},
): AggregateResult {
  const ratioDecimals = options.ratioDecimals ?? 3;
  if (!Number.isInteger(ratioDecimals) || ratioDecimals < 0 || ratioDecimals > 20) {
    throw new RangeError(`ratioDecimals must be a whole number from 0 to 20, got ${ratioDecimals}`);
  }
  const groups = new Map<string, Sums>();
  const total = new Sums();
  for (const item of items) {
    let sums = groups.get(item.group);
    if (sums === undefined) {
      sums = new Sums();
      groups.set(item.group, sums);
    }
    sums.add(item.result);
    total.add(item.result);
  }
  const keys = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    groups: keys.map((key) => groups.get(key)!.summary(key, ratioDecimals)),
    total: total.summary(null, ratioDecimals),
  };
}
