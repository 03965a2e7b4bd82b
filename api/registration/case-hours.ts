import { Decimal } from "decimal.js";
import { Scenario } from "../../schema/registration-enums";
import type { SupportActivity } from "../../schema/support-activity";
import type { HoursSplit } from "../../schema/registration-results";
import { monthsWithin } from "../platform";

/**
 * A case's INTERVENTION hours in a period, individual and collective apart: a recurring activity
 * counts once for each of its months in the period.
 */
export function interventionHours(
  activities: readonly SupportActivity[],
  from?: string,
  to?: string,
): HoursSplit {
  let individual = new Decimal(0);
  let collective = new Decimal(0);
  for (const a of activities) {
    if (a.scenario !== Scenario.INTERVENTION || !a.hours) continue;
    const months = monthsWithin(a.activityDate, a.recurMonths ?? 1, from, to);
    const total = new Decimal(a.hours).times(months);
    if (a.collective) collective = collective.plus(total);
    else individual = individual.plus(total);
  }
  return { individual: individual.toString(), collective: collective.toString() };
}
