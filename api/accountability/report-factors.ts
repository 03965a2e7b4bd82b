import type { EntityManager } from "typeorm";
import { Decimal } from "decimal.js";
import type { FactorRow, FactorValue } from "../../reports/index";
import { centsOf, shiftedFraction, shiftedProxy } from "../../calculators/effect/index";
import type { PriceTable } from "../pricing";
import type { CaseSelection } from "../effects";

/**
 * The adjustment factors of the selected cases' valued outcomes for the Aannames sheet: the
 * outcomes grouped by proxy (price item) and factors, each factor with the value the pessimistic
 * and the optimistic result used (the same shift as the SROI low–high range), and its break-even.
 *
 * Break-even: the PV of a valued outcome is proportional to (1 − each factor) and to the proxy
 * (rule 3; discounting, optimism bias and the horizon keep it so). Scaling every outcome's PV by
 * s therefore moves the pooled ratio linearly, and it is 1.0 at s* = 1 − (PV − costs) ÷ PV of the
 * outcomes. So a proxy breaks even at s* × proxy, and a factor x at 1 − s* × (1 − x): the value
 * at which the pooled ratio is 1.0 when that factor moves in the same proportion in every
 * outcome. Drop-off compounds over the years, so it has none.
 */
const FRACTION_KINDS = [
  ["DEADWEIGHT", "deadweight"],
  ["DISPLACEMENT", "displacement"],
  ["ATTRIBUTION", "attribution"],
  ["LEAKAGE", "leakage"],
  ["DROP_OFF", "dropOff"],
] as const;

interface FactorGroup {
  code: string;
  durationYears: number;
  deadweight: string;
  displacement: string;
  attribution: string;
  leakage: string;
  dropOff: string;
  outcomes: number;
}

/**
 * (PV − costs) ÷ PV of the outcomes: the share by which the outcomes' PV may fall before the
 * pooled ratio is 1.0 (s* = 1 − margin); null without costs or without valued outcomes.
 */
export function breakEvenMargin(
  investment: string,
  presentValue: string,
  outcomesPresentValue: string,
): Decimal | null {
  const costs = centsOf(investment);
  const outcomes = centsOf(outcomesPresentValue);
  if (costs === 0n || outcomes === 0n) return null;
  const surplus = centsOf(presentValue) - costs;
  return new Decimal(surplus.toString()).dividedBy(outcomes.toString());
}

const fraction = (value: Decimal) => value.toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toString();
const money = (value: Decimal) => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

function fractionBreakEven(value: Decimal, scale: Decimal | null): string | null {
  if (scale === null || scale.isNegative() || value.greaterThanOrEqualTo(1)) return null;
  const breakEven = new Decimal(1).minus(scale.times(new Decimal(1).minus(value)));
  return breakEven.isNegative() || breakEven.greaterThan(1) ? null : fraction(breakEven);
}

export async function factorRows(
  em: EntityManager,
  selection: CaseSelection,
  pricing: PriceTable,
  margin: Decimal | null,
): Promise<FactorRow[]> {
  const groups: FactorGroup[] = await em.query(
    `WITH sel AS (${selection.sql})
     SELECT o.price_item_code AS code, o.duration_years AS "durationYears",
            o.deadweight::text AS deadweight, o.displacement::text AS displacement,
            o.attribution::text AS attribution, o.leakage::text AS leakage,
            o.drop_off::text AS "dropOff", count(*)::int AS outcomes
       FROM outcome o
      WHERE o.case_id IN (SELECT id FROM sel)
        AND o.price_item_code IS NOT NULL AND o.duration_years IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5, 6, 7
      ORDER BY 1, 2, 3, 4, 5, 6, 7`,
    selection.params,
  );
  const scale = margin === null ? null : new Decimal(1).minus(margin);
  return groups.flatMap((group) => {
    const item = pricing.get(group.code);
    if (!item) return [];
    const proxy = item.indexedCents.dividedBy(100);
    const factors: FactorValue[] = [
      {
        kind: "PROXY",
        value: money(proxy),
        pessimistic: money(shiftedProxy(proxy, 1)),
        optimistic: money(shiftedProxy(proxy, -1)),
        breakEven: scale === null || scale.isNegative() ? null : money(proxy.times(scale)),
      },
      ...FRACTION_KINDS.map(([kind, field]): FactorValue => {
        const value = new Decimal(group[field]);
        return {
          kind,
          value: fraction(value),
          pessimistic: fraction(shiftedFraction(value, 1)),
          optimistic: fraction(shiftedFraction(value, -1)),
          breakEven: kind === "DROP_OFF" ? null : fractionBreakEven(value, scale),
        };
      }),
    ];
    return [
      {
        code: group.code,
        name: item.name,
        outcomes: group.outcomes,
        durationYears: group.durationYears,
        factors,
      },
    ];
  });
}
