import { useT } from "../../i18n";
import { CaseFilterFields } from "../../components/CaseFilterFields";
import { EffectSettingsFields } from "../../components/EffectSettingsFields";
import { MovesEditor, type InvalidField } from "./MovesEditor";
import type { ReallocationDraft } from "./ReallocationPage";

/** The cases (team, period), the settings and the moves; "Bereken" asks the API. */
export function ReallocationForm(props: {
  teams: { id: string; name: string }[];
  arrangements: { id: string; name: string }[];
  value: ReallocationDraft;
  invalid: InvalidField | null;
  onChange(patch: Partial<ReallocationDraft>): void;
  onSubmit(): void;
}) {
  const { t } = useT();
  const { value, onChange } = props;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <div className="filters">
        <CaseFilterFields teams={props.teams} value={value} onChange={onChange} />
        <EffectSettingsFields value={value} onChange={onChange} />
      </div>
      <h2>{t("moves")}</h2>
      <MovesEditor
        moves={value.moves}
        arrangements={props.arrangements}
        invalid={props.invalid}
        onChange={(moves) => onChange({ moves })}
      />
      <p>
        <button type="submit">{t("calculate")}</button>
      </p>
    </form>
  );
}
