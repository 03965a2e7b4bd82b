import { useT } from "../../i18n";
import { Field } from "../../components/Field";
import { YearSelect } from "../../components/YearSelect";
import type { BenchmarkDimension } from "../../gql/graphql";
import { QUARTERS, type QuarterPeriod } from "./benchmark-period";

export interface BenchmarkFilter extends QuarterPeriod {
  by: BenchmarkDimension;
  /** For by QUADRANT: a built-in model; "" is the API's default (model A). */
  modelId: string;
}

const DIMENSIONS: BenchmarkDimension[] = ["ARRANGEMENT_FORM", "QUADRANT"];

/** What to compare by and over which whole quarters; nothing is asked until "Toon". */
export function BenchmarkForm(props: {
  draft: BenchmarkFilter;
  set<K extends keyof BenchmarkFilter>(key: K, value: BenchmarkFilter[K]): void;
  models: { id: string; name: string }[];
  onSubmit(): void;
}) {
  const { t } = useT();
  const { draft, set, models } = props;
  const quarter = (key: "fromQuarter" | "toQuarter") => (
    <select value={draft[key]} onChange={(e) => set(key, Number(e.target.value))}>
      {QUARTERS.map((q) => (
        <option key={q} value={q}>
          {t("quarterShort")}
          {q}
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
      <Field label={t("benchmarkBy")}>
        <select value={draft.by} onChange={(e) => set("by", e.target.value as BenchmarkDimension)}>
          {DIMENSIONS.map((d) => (
            <option key={d} value={d}>
              {t(`by${d}`)}
            </option>
          ))}
        </select>
      </Field>
      {draft.by === "QUADRANT" && (
        <Field label={t("quadrantModel")}>
          <select value={draft.modelId} onChange={(e) => set("modelId", e.target.value)}>
            {models.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label={t("fromYear")}>
        <YearSelect value={draft.fromYear} onChange={(y) => set("fromYear", y)} />
      </Field>
      <Field label={t("fromQuarter")}>{quarter("fromQuarter")}</Field>
      <Field label={t("toYear")}>
        <YearSelect value={draft.toYear} onChange={(y) => set("toYear", y)} />
      </Field>
      <Field label={t("toQuarter")}>{quarter("toQuarter")}</Field>
      <button type="submit">{t("show")}</button>
    </form>
  );
}
