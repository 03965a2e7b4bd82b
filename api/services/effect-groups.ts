import type { DataSource, EntityManager } from "typeorm";
import type { Decimal } from "decimal.js";
import { EffectGroupBy } from "../../schema/effect-comparison-types";
import type { Quadrant } from "../../schema/quadrant-model";
import type { EffectCaseRow } from "./effect-cases";
import { hoursByQuadrant } from "./effort-hours";

/**
 * Which group each case of a comparison falls in. Every case falls in exactly one group, so the
 * groups add up to the total: the first arrangement applied, the team, the district, or the
 * quadrant class holding most of its intervention hours.
 */
export interface GroupKey {
  key: string | null;
  label: string;
}

export const NO_GROUP_LABELS: Record<EffectGroupBy, string> = {
  [EffectGroupBy.ARRANGEMENT]: "(zonder arrangement)",
  [EffectGroupBy.TEAM]: "(zonder team)",
  [EffectGroupBy.DISTRICT]: "(zonder wijk)",
  [EffectGroupBy.QUADRANT]: "(niet geplaatst)",
};

const AXIS_LABELS: Record<string, string> = {
  e: "e (op de x-as)",
  f: "f (op de y-as)",
  ef: "ef (in de oorsprong)",
};

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
  ) {}

  /** Group keys of one batch of cases (one SQL statement for quadrants, none otherwise). */
  async keysFor(
    db: DataSource | EntityManager,
    cases: readonly EffectCaseRow[],
  ): Promise<Map<string, GroupKey>> {
    const none = NO_GROUP_LABELS[this.groupBy];
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
    const labels = new Map(quadrants.map((q) => [q.code, `${q.code} ${q.nameNl}`]));
    return new Map(
      cases.map((c) => {
        const cls = dominantClass(hours.get(c.id), order);
        return [c.id, pick(cls, cls ? (labels.get(cls) ?? AXIS_LABELS[cls] ?? cls) : null)];
      }),
    );
  }
}
