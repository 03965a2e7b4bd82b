import { suppressGroups, suppressTable } from "../../calculators/disclosure/index";
import { EffectGroupBy } from "../../schema/effect-comparison-types";
import { SuppressionReason, type SuppressedGroup } from "../../schema/disclosure-types";
import type { EffectDistributions } from "../../schema/effect-comparison-types";
import type { CaseFilter } from "../../schema/inputs/case.input";
import { DisclosureError, type DisclosureRule } from "../platform";

interface Group {
  key: string | null;
  label: string;
  cases: number;
  distribution?: EffectDistributions;
}

const NO_KEY = "\u0000none";
const keyOf = (group: Group) => group.key ?? NO_KEY;

/** Whether the caller may read every case of a group: its own team's, or a filter on its team. */
function knownTo(rule: DisclosureRule, groupBy: EffectGroupBy, filter: CaseFilter | undefined) {
  const ownFilter = !!filter?.teamId && rule.ownTeamIds.includes(filter.teamId);
  return (group: Group) =>
    ownFilter ||
    (groupBy === EffectGroupBy.TEAM && !!group.key && rule.ownTeamIds.includes(group.key));
}

/**
 * A distribution's minimum and maximum are one case's figures: a viewer who may not read the
 * group's cases gets n, the quartiles and the median only.
 */
export function withoutExtremes<G extends Group>(group: G): G {
  if (!group.distribution) return group;
  const distribution = Object.fromEntries(
    Object.entries(group.distribution).map(([name, d]) => [name, { ...d, min: null, max: null }]),
  ) as unknown as EffectDistributions;
  return { ...group, distribution };
}

/** The total of an answer as this caller may see it. */
export function discloseTotal<G extends Group>(
  rule: DisclosureRule,
  filter: CaseFilter | undefined,
  total: G,
): G {
  const ownFilter = !!filter?.teamId && rule.ownTeamIds.includes(filter.teamId);
  return rule.exempt || ownFilter ? total : withoutExtremes(total);
}

/**
 * The groups of a comparison this caller may see, and those it may not (with the reason). The
 * total is always shown, so a selection that cannot be shown without giving a small group away
 * is refused as a whole.
 */
export function discloseGroups<G extends Group>(
  rule: DisclosureRule,
  groupBy: EffectGroupBy,
  filter: CaseFilter | undefined,
  groups: G[],
): { shown: G[]; suppressed: SuppressedGroup[] } {
  if (rule.exempt) return { shown: groups, suppressed: [] };
  const known = knownTo(rule, groupBy, filter);
  const outcome = suppressGroups(
    groups.map((group) => ({ key: keyOf(group), cases: group.cases, known: known(group) })),
    rule.minGroupSize,
  );
  if (outcome.totalSuppressed) throw new DisclosureError("This comparison", rule.minGroupSize);
  return {
    shown: groups
      .filter((group) => !outcome.suppressed.has(keyOf(group)))
      .map((group) => (known(group) ? group : withoutExtremes(group))),
    suppressed: groups
      .filter((group) => outcome.suppressed.has(keyOf(group)))
      .map((group) => ({
        key: group.key,
        label: group.label,
        period: null,
        reason: SuppressionReason[outcome.suppressed.get(keyOf(group))!],
      })),
  };
}

interface TrendGroupLike extends Group {
  cohorts: (Group & { period: string })[];
}

/**
 * A trend is a two-way table, groups × cohorts, with the groups' totals and the cohorts' totals
 * (total.cohorts) shown: cells are suppressed so that neither a row nor a column gives one away;
 * then the groups themselves as in a comparison.
 */
export function discloseTrend<G extends TrendGroupLike, T extends TrendGroupLike>(
  rule: DisclosureRule,
  groupBy: EffectGroupBy,
  filter: CaseFilter | undefined,
  groups: G[],
  total: T,
): { groups: G[]; total: T; suppressed: SuppressedGroup[] } {
  if (rule.exempt) return { groups, total, suppressed: [] };
  const { shown, suppressed } = discloseGroups(rule, groupBy, filter, groups);
  const known = knownTo(rule, groupBy, filter);
  const shownKeys = new Set(shown.map(keyOf));
  // The suppressed groups' cells stay in the table, hidden: the cohorts' totals hold them too.
  const table = suppressTable(
    groups.flatMap((group) =>
      group.cohorts.map((cohort) => ({
        row: keyOf(group),
        column: cohort.period,
        cases: cohort.cases,
        known: known(group),
        hidden: !shownKeys.has(keyOf(group)),
      })),
    ),
    rule.minGroupSize,
  );
  const hidden = new Map(table.hidden.map((cell) => [`${cell.row} ${cell.column}`, cell.reason]));
  const cells: SuppressedGroup[] = [];
  // A shown group whose cohorts cannot all be protected behind its own total: refused below.
  const exposedRows = table.hiddenRows.filter((row) => shown.some((g) => keyOf(g) === row));
  const visibleGroups = shown.map((group) => ({
    ...group,
    cohorts: group.cohorts
      .map((cohort) => (known(group) ? cohort : withoutExtremes(cohort)))
      .filter((cohort) => {
        const reason = hidden.get(`${keyOf(group)} ${cohort.period}`);
        if (reason)
          cells.push({
            key: group.key,
            label: group.label,
            period: cohort.period,
            reason: SuppressionReason[reason],
          });
        return !reason;
      }),
  }));
  // A cohort whose total could give a hidden cell away, and any cohort under the minimum.
  const visibleTotal = {
    ...discloseTotal(rule, filter, total),
    cohorts: total.cohorts
      .map((cohort) => discloseTotal(rule, filter, cohort))
      .filter(
        (cohort) =>
          !table.hiddenColumns.includes(cohort.period) &&
          (cohort.cases >= rule.minGroupSize || cohort.cases === 0),
      ),
  };
  if (exposedRows.length) throw new DisclosureError("This trend", rule.minGroupSize);
  return { groups: visibleGroups, total: visibleTotal, suppressed: [...suppressed, ...cells] };
}
