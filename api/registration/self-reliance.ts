import { Decimal } from "decimal.js";
import type { SelfRelianceAssessment } from "../../schema/case";
import type { DomainChange, DomainChangeSummary } from "../../schema/registration-results";
import type { ProblemDomain } from "../../schema/registration-enums";

/** Per domain, the first and the last assessment of one case (domains assessed once are left out). */
export function domainChanges(assessments: SelfRelianceAssessment[]): DomainChange[] {
  const byDomain = new Map<ProblemDomain, SelfRelianceAssessment[]>();
  for (const a of assessments) byDomain.set(a.domain, [...(byDomain.get(a.domain) ?? []), a]);
  const changes: DomainChange[] = [];
  for (const [domain, list] of byDomain) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    changes.push({
      domain,
      firstScore: first.score,
      firstOn: first.assessedOn,
      lastScore: last.score,
      lastOn: last.assessedOn,
      change: last.score - first.score,
    });
  }
  return changes.sort((a, b) => a.domain.localeCompare(b.domain));
}

/** Means are exact decimals rounded to two places for display. */
export function summariseChanges(perCase: DomainChange[][]): DomainChangeSummary[] {
  const byDomain = new Map<ProblemDomain, DomainChange[]>();
  for (const changes of perCase)
    for (const c of changes) byDomain.set(c.domain, [...(byDomain.get(c.domain) ?? []), c]);
  const mean = (values: number[]) =>
    values
      .reduce((sum, v) => sum.plus(v), new Decimal(0))
      .dividedBy(values.length)
      .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
      .toFixed(2);
  return [...byDomain.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([domain, list]) => ({
      domain,
      cases: list.length,
      meanFirst: mean(list.map((c) => c.firstScore)),
      meanLast: mean(list.map((c) => c.lastScore)),
      meanChange: mean(list.map((c) => c.change)),
      improved: list.filter((c) => c.change > 0).length,
      unchanged: list.filter((c) => c.change === 0).length,
      worsened: list.filter((c) => c.change < 0).length,
    }));
}
