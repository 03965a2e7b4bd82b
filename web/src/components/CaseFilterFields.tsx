import { useT } from "../i18n";
import { Field } from "./Field";
import { TeamSelect } from "./TeamSelect";

/** The cases a page looks at: a team (or all) and the period they opened in. */
export interface CaseFilterValue {
  teamId: string;
  from: string;
  to: string;
}

/** The CaseFilter input for these fields: an empty field is left out. */
export function caseFilterOf(value: CaseFilterValue) {
  return {
    ...(value.teamId ? { teamId: value.teamId } : {}),
    ...(value.from ? { from: value.from } : {}),
    ...(value.to ? { to: value.to } : {}),
  };
}

/** Team, from and to, as on the compare page. */
export function CaseFilterFields(props: {
  teams: { id: string; name: string }[];
  value: CaseFilterValue;
  onChange(patch: Partial<CaseFilterValue>): void;
}) {
  const { t } = useT();
  const { teams, value, onChange } = props;
  return (
    <>
      <Field label={t("team")}>
        <TeamSelect
          teams={teams}
          value={value.teamId}
          onChange={(teamId) => onChange({ teamId })}
          anyLabel={t("allTeams")}
        />
      </Field>
      <Field label={t("from")}>
        <input
          type="date"
          value={value.from}
          onChange={(e) => onChange({ from: e.target.value })}
        />
      </Field>
      <Field label={t("to")}>
        <input type="date" value={value.to} onChange={(e) => onChange({ to: e.target.value })} />
      </Field>
    </>
  );
}
