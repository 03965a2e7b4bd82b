import { fixedText } from "./fixed";
import { evaluate } from "./evaluate";
import { formatCents } from "./rounding";
import { analyseSensitivity } from "./sensitivity";
import { stakeholderFigures } from "./stakeholders";
import { paybackMonth } from "./payback";
import { buildTimeline } from "./timeline-rows";
import { headline, nominalTotals } from "./totals";
import type { CalculateOptions, EffectInput, EffectResult } from "./types";
import { parseInput } from "./validation";

/**
 * Computes one case: validates the input (throwing `CalculatorInputError`), applies optimism
 * bias, places the flows on the timeline, discounts, and rounds once at output.
 * The monthly timeline is built unless `{ timeline: false }` (bulk aggregation does not need it);
 * the sensitivity analysis runs only when asked for (`{ sensitivity: true }`).
 */
export function calculateEffect(input: EffectInput, options: CalculateOptions = {}): EffectResult {
  const parsed = parseInput(input);
  const { flows, discount, values, upliftUsed } = evaluate(parsed);
  const totals = headline(values, parsed.settings.ratioDecimals);
  const nominal = nominalTotals(flows);
  const figures = stakeholderFigures(flows, values, totals);
  const settings = parsed.settings;
  return {
    investment: formatCents(totals.investment),
    presentValue: formatCents(totals.presentValue),
    npv: formatCents(totals.npv),
    sroiRatio: totals.sroiRatio,
    netSroiRatio: totals.netSroiRatio,
    paybackMonth: paybackMonth(flows, null),
    discountedPaybackMonth: paybackMonth(flows, discount),
    nominal: {
      costs: formatCents(nominal.costs),
      returns: formatCents(nominal.returns),
      net: formatCents(nominal.returns - nominal.costs),
    },
    breakdown: figures.breakdown,
    timeline: options.timeline === false ? null : buildTimeline(flows, discount, settings.base),
    byStakeholder: figures.byStakeholder,
    byValueType: figures.byValueType,
    matrix: figures.matrix,
    upliftUsed,
    sensitivity: options.sensitivity === true ? analyseSensitivity(parsed) : null,
    settingsUsed: {
      baseDate: settings.baseDate,
      horizonMonths: settings.horizonMonths,
      discountRate: fixedText(settings.discountRate),
      discountFirstYear: settings.discountFirstYear,
      ratioDecimals: settings.ratioDecimals,
    },
  };
}
