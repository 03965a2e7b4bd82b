import { discountWeights, type DiscountWeights } from "./discounting";
import { computeFlows, type Flows } from "./engine";
import { applyOptimismBias } from "./optimism-bias";
import { presentValues, type PresentValues } from "./totals";
import type { UpliftRow } from "./types";
import type { ParsedInput } from "./validation";

/** The exact (unrounded) computation of one case: rules 8, 1–3, 4 and 5 in that order. */
export interface Evaluation {
  readonly flows: Flows;
  readonly discount: DiscountWeights;
  readonly values: PresentValues;
  readonly upliftUsed: UpliftRow[];
}

export function evaluate(parsed: ParsedInput): Evaluation {
  const biased = applyOptimismBias(parsed);
  const flows = computeFlows(biased.input);
  const settings = parsed.settings;
  const discount = discountWeights(settings.discountRate, settings.discountFirstYear, flows.years);
  return { flows, discount, values: presentValues(flows, discount), upliftUsed: biased.upliftUsed };
}
