import { fixedText, isZero, oneMinus, onePlus, times, type Fixed } from "./fixed";
import { CONFIDENCE_GRADES, type ConfidenceGrade, type UpliftRow } from "./types";
import type { ParsedInput } from "./validation";

/**
 * Optimism bias (rule 8), applied to the parsed input before anything else is computed.
 *
 * An item with confidence grade g and uplift u = uplifts[g]:
 * - a cost is raised to cost × (1 + u): explicit investments and INTERVENTION events;
 * - a benefit is lowered to benefit × (1 − u): an outcome's proxy, and REFERENCE events (the
 *   costs the intervention avoids are the benefits of rule 2, so they are lowered too).
 * An item without a grade (a value entered directly) gets no uplift.
 */

function raised(value: Fixed, uplift: Fixed): Fixed {
  return times(value, onePlus(uplift));
}

function lowered(value: Fixed, uplift: Fixed): Fixed {
  return times(value, oneMinus(uplift));
}

/** The input with every graded amount adjusted, plus the uplift per grade that was used. */
export function applyOptimismBias(input: ParsedInput): {
  input: ParsedInput;
  upliftUsed: UpliftRow[];
} {
  const uplifts = input.settings.uplifts;
  const counts: Record<ConfidenceGrade, number> = { A: 0, B: 0, C: 0 };
  const upliftOf = (grade: ConfidenceGrade | null): Fixed | null => {
    if (grade === null) return null;
    counts[grade] += 1;
    const uplift = uplifts[grade];
    return isZero(uplift) ? null : uplift;
  };
  const events = input.events.map((event) => {
    const uplift = upliftOf(event.grade);
    if (uplift === null) return event;
    const amount =
      event.scenario === "INTERVENTION"
        ? raised(event.amount, uplift)
        : lowered(event.amount, uplift);
    return { ...event, amount };
  });
  const investments = input.investments.map((investment) => {
    const uplift = upliftOf(investment.grade);
    return uplift === null
      ? investment
      : { ...investment, amount: raised(investment.amount, uplift) };
  });
  const outcomes = input.outcomes.map((outcome) => {
    const uplift = upliftOf(outcome.grade);
    return uplift === null ? outcome : { ...outcome, proxy: lowered(outcome.proxy, uplift) };
  });
  return {
    input: { settings: input.settings, events, investments, outcomes },
    upliftUsed: CONFIDENCE_GRADES.map((grade) => ({
      grade,
      uplift: fixedText(uplifts[grade]),
      items: counts[grade],
    })),
  };
}
