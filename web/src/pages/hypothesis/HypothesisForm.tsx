import { useT } from "../../i18n";
import { Field } from "../../components/Field";
import { TeamSelect } from "../../components/TeamSelect";
import { DEMANDS, EFFORTS, GRANULARITIES, UNITS, type HypothesisFilter } from "./hypothesis-filter";

interface Option {
  id: string;
  name: string;
}

/** The question's settings; nothing is asked until "Toon". */
export function HypothesisForm(props: {
  draft: HypothesisFilter;
  set<K extends keyof HypothesisFilter>(key: K, value: HypothesisFilter[K]): void;
  /** Only for a caller who sees several (ADMIN); else the viewer's own. */
  municipalities: Option[] | null;
  teams: Option[];
  onSubmit(): void;
}) {
  const { t } = useT();
  const { draft, set, municipalities, teams } = props;
  const choice = <V extends string>(
    key: keyof HypothesisFilter,
    values: V[],
    text: (v: V) => string,
  ) => (
    <select value={draft[key]} onChange={(e) => set(key, e.target.value as V)}>
      {values.map((v) => (
        <option key={v} value={v}>
          {text(v)}
        </option>
      ))}
    </select>
  );
  return (
    <form
      className="filters"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      {municipalities && (
        <Field label={t("municipality")}>
          {choice(
            "municipalityId",
            municipalities.map((m) => m.id),
            (id) => municipalities.find((m) => m.id === id)?.name ?? id,
          )}
        </Field>
      )}
      <Field label={t("team")}>
        <TeamSelect
          teams={teams}
          value={draft.teamId}
          onChange={(id) => set("teamId", id)}
          anyLabel={t("wholeMunicipality")}
        />
      </Field>
      <Field label={t("from")}>
        <input type="date" value={draft.from} onChange={(e) => set("from", e.target.value)} />
      </Field>
      <Field label={t("to")}>
        <input type="date" value={draft.to} onChange={(e) => set("to", e.target.value)} />
      </Field>
      <Field label={t("hypothesisUnit")}>{choice("unit", UNITS, (u) => t(`unit${u}`))}</Field>
      <Field label={t("granularity")}>
        {choice("granularity", GRANULARITIES, (g) => t(`granularity${g}`))}
      </Field>
      <Field label={t("lags")}>
        <input size={12} value={draft.lags} onChange={(e) => set("lags", e.target.value)} />
      </Field>
      <Field label={t("effortMeasure")}>{choice("effort", EFFORTS, (e) => t(`effort${e}`))}</Field>
      <Field label={t("demandMeasure")}>{choice("demand", DEMANDS, (d) => t(`demand${d}`))}</Field>
      <button type="submit">{t("show")}</button>
    </form>
  );
}
