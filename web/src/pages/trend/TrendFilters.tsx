import type { CohortGranularity, EffectGroupBy } from "../../gql/graphql";
import { useT } from "../../i18n";
import { Field } from "../../components/Field";
import { CaseFilterFields, type CaseFilterValue } from "../../components/CaseFilterFields";
import {
  EffectSettingsFields,
  type EffectSettingsValue,
} from "../../components/EffectSettingsFields";

const GROUPINGS: EffectGroupBy[] = ["ARRANGEMENT", "TEAM", "QUADRANT", "DISTRICT"];
const COHORTS: CohortGranularity[] = ["YEAR", "QUARTER"];

export type TrendFilter = CaseFilterValue &
  EffectSettingsValue & { groupBy: EffectGroupBy; cohort: CohortGranularity };

/** The trend's form: the compare page's fields and the cohort (year or quarter opened). */
export function TrendFilters(props: {
  teams: { id: string; name: string }[];
  value: TrendFilter;
  onChange(patch: Partial<TrendFilter>): void;
  onSubmit(): void;
}) {
  const { t } = useT();
  const { teams, value, onChange, onSubmit } = props;
  return (
    <form
      className="filters"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <CaseFilterFields teams={teams} value={value} onChange={onChange} />
      <Field label={t("groupBy")}>
        <select
          value={value.groupBy}
          onChange={(e) => onChange({ groupBy: e.target.value as EffectGroupBy })}
        >
          {GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {t(`group${g}` as const)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("cohort")}>
        <select
          value={value.cohort}
          onChange={(e) => onChange({ cohort: e.target.value as CohortGranularity })}
        >
          {COHORTS.map((c) => (
            <option key={c} value={c}>
              {t(`cohort${c}` as const)}
            </option>
          ))}
        </select>
      </Field>
      <EffectSettingsFields value={value} onChange={onChange} />
      <button type="submit">{t("show")}</button>
    </form>
  );
}
