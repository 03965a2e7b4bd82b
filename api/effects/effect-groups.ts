import type { DataSource, EntityManager } from "typeorm";
import type { Decimal } from "decimal.js";
import { EffectGroupBy } from "../../schema/effect-comparison-types";
import type { Quadrant } from "../../schema/quadrant-model";
import type { EffectCaseRow } from "./effect-cases";
import { groupLabelsFor, type GroupLabels } from "../../reports/labels";
import { hoursByQuadrant } from "../quadrants/effort-hours";

/**
 * Which group each case of a comparison falls in. Every case falls in exactly one group, so the
 * groups add up to the total: its arrangement (the first applied, or the one the comparison is
 * filtered on), the team, the district, or the quadrant class holding most of its intervention
 * hours. Groups without a name of their own are labelled in the comparison's language.
 */
export interface GroupKey {
  key: string | null;
  label: string;
}

/** The class with the most hours; on a tie the first in model order (quadrants, e, f, ef). */
export function dominantClass(
  hours: Map<string, Decimal> | undefined,
  order: readonly string[],
): string | null {
  let best: string | null = null;
  for (const cls of order) {
    const value = hours?.get(cls);
    if (!value || value.isZero()) continue;
    if (best === null || value.greaterThan(hours!.get(best)!)) best = cls;
  }
  return best;
}

export class GroupAssigner {
  constructor(
    private readonly groupBy: EffectGroupBy,
    private readonly model: { id: string; quadrants: Quadrant[] } | null,
    private readonly labels: GroupLabels = groupLabelsFor("NL"),
  ) {}

  /** Group keys of one batch of cases (one SQL statement for quadrants, none otherwise). */
  async keysFor(
    db: DataSource | EntityManager,
    cases: readonly EffectCaseRow[],
  ): Promise<Map<string, GroupKey>> {
    const none = this.labels.none[this.groupBy];
    const pick = (key: string | null, label: string | null): GroupKey =>
      key ? { key, label: label ?? key } : { key: null, label: none };
    if (this.groupBy !== EffectGroupBy.QUADRANT) {
      return new Map(
        cases.map((c) => {
          if (this.groupBy === EffectGroupBy.TEAM) return [c.id, pick(c.teamId, c.teamName)];
          if (this.groupBy === EffectGroupBy.DISTRICT)
            return [c.id, pick(c.districtId, c.districtName)];
          return [c.id, pick(c.arrangementId, c.arrangementName)];
        }),
      );
    }
    const { id, quadrants } = this.model!;
    const hours = await hoursByQuadrant(
      db,
      id,
      quadrants,
      { sql: "c.id = ANY($1)", params: [cases.map((c) => c.id)] },
      {},
      "case",
    );
    const order = [...quadrants.map((q) => q.code), "e", "f", "ef"];
    const names = new Map(
      quadrants.map((q) => [q.code, `${q.code} ${q[this.labels.quadrantName]}`]),
    );
    const axes: Record<string, string> = this.labels.axes;
    return new Map(
      cases.map((c) => {
        const cls = dominantClass(hours.get(c.id), order);
        return [c.id, pick(cls, cls ? (names.get(cls) ?? axes[cls] ?? cls) : null)];
      }),
    );
  }
}
