import type { DataSource, EntityManager } from "typeorm";
import { BenchmarkDimension } from "../../schema/benchmark-types";
import { EffectGroupBy } from "../../schema/effect-comparison-types";
import { ArrangementForm } from "../../schema/registration-enums";
import type { DerivedGrouping, GroupKey } from "../effects";

/**
 * The categories of a benchmark. Arrangements are a municipality's own (own names, own ids), so
 * they cannot be matched between municipalities; their form (werkvorm) can, and is the
 * arrangement's "type". Quadrant classes of a built-in model are shared by all.
 */

const FORM_LABELS: Record<ArrangementForm, string> = {
  [ArrangementForm.GROUP_OFFER]: "Groepsaanbod",
  [ArrangementForm.REFER_TO_EXISTING]: "Verwijzen naar bestaand collectief aanbod",
  [ArrangementForm.CONNECT_PEOPLE]: "Bewoners met elkaar verbinden",
  [ArrangementForm.INDIVIDUAL_SUPPORT]: "Individuele ondersteuning",
  [ArrangementForm.MIXED]: "Collectief waar het kan, individueel waar het moet",
};
const NO_ARRANGEMENT = "(zonder arrangement)";

/** The comparison grouping whose group decides a case's category. */
export function underlyingGrouping(dimension: BenchmarkDimension): EffectGroupBy {
  return dimension === BenchmarkDimension.QUADRANT
    ? EffectGroupBy.QUADRANT
    : EffectGroupBy.ARRANGEMENT;
}

/** The form of every arrangement on the platform, by id (one statement). */
export async function arrangementForms(
  db: DataSource | EntityManager,
): Promise<Map<string, ArrangementForm>> {
  const rows: { id: string; form: ArrangementForm }[] = await db.query(
    "SELECT id, form FROM arrangement",
  );
  return new Map(rows.map((row) => [row.id, row.form]));
}

/** How a case's category follows from its group in the underlying grouping. */
export function categoryOf(
  dimension: BenchmarkDimension,
  forms: ReadonlyMap<string, ArrangementForm>,
): DerivedGrouping["keyOf"] {
  if (dimension === BenchmarkDimension.QUADRANT) {
    return (_row, groups) => groups.get(EffectGroupBy.QUADRANT)!;
  }
  return (row): GroupKey => {
    const form = row.arrangementId ? forms.get(row.arrangementId) : undefined;
    return form ? { key: form, label: FORM_LABELS[form] } : { key: null, label: NO_ARRANGEMENT };
  };
}
