import type { ReallocationBasis } from "../../gql/graphql";
import { useT } from "../../i18n";
import { Field } from "../../components/Field";

/** One move as typed: arrangement ids, a percentage and the basis. */
export interface MoveDraft {
  key: number;
  from: string;
  to: string;
  percent: string;
  basis: ReallocationBasis;
}

const BASES: ReallocationBasis[] = ["CASES", "HOURS"];

/** The field of a move the API refused, as "moves[1].share" names it. */
export interface InvalidField {
  move: number;
  field: string;
}

function ArrangementSelect(props: {
  /** Given by Field, which ties its label to the select. */
  id?: string;
  arrangements: { id: string; name: string }[];
  value: string;
  invalid: boolean;
  onChange(id: string): void;
}) {
  const { t } = useT();
  return (
    <select
      id={props.id}
      required
      value={props.value}
      aria-invalid={props.invalid || undefined}
      onChange={(e) => props.onChange(e.target.value)}
    >
      <option value="">{t("chooseArrangement")}</option>
      {props.arrangements.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name}
        </option>
      ))}
    </select>
  );
}

/** One move: from, to, share in percent and basis, with its remove button. */
function MoveFields(props: {
  index: number;
  move: MoveDraft;
  arrangements: { id: string; name: string }[];
  invalid?: string;
  canRemove: boolean;
  onChange(patch: Partial<MoveDraft>): void;
  onRemove(): void;
}) {
  const { t } = useT();
  const { index, move, arrangements, invalid, onChange } = props;
  return (
    <fieldset className="move filters">
      <legend>{`${t("move")} ${index + 1}`}</legend>
      <Field label={t("fromArrangement")}>
        <ArrangementSelect
          arrangements={arrangements}
          value={move.from}
          invalid={invalid === "fromArrangementId"}
          onChange={(from) => onChange({ from })}
        />
      </Field>
      <Field label={t("toArrangement")}>
        <ArrangementSelect
          arrangements={arrangements}
          value={move.to}
          invalid={invalid === "toArrangementId"}
          onChange={(to) => onChange({ to })}
        />
      </Field>
      <Field label={t("sharePercent")}>
        <input
          type="number"
          required
          step="any"
          value={move.percent}
          aria-invalid={invalid === "share" || undefined}
          onChange={(e) => onChange({ percent: e.target.value })}
        />
      </Field>
      <Field label={t("basis")}>
        <select
          value={move.basis}
          onChange={(e) => onChange({ basis: e.target.value as ReallocationBasis })}
        >
          {BASES.map((b) => (
            <option key={b} value={b}>
              {t(`basis${b}` as const)}
            </option>
          ))}
        </select>
      </Field>
      {props.canRemove && (
        <button type="button" onClick={props.onRemove}>
          {t("removeMove")}
        </button>
      )}
    </fieldset>
  );
}

/** The list of moves: add one, remove one (at least one stays). */
export function MovesEditor(props: {
  moves: MoveDraft[];
  arrangements: { id: string; name: string }[];
  invalid: InvalidField | null;
  onChange(moves: MoveDraft[]): void;
}) {
  const { t } = useT();
  const { moves, arrangements, invalid, onChange } = props;
  const nextKey = Math.max(0, ...moves.map((m) => m.key)) + 1;
  return (
    <div className="moves">
      {moves.map((move, index) => (
        <MoveFields
          key={move.key}
          index={index}
          move={move}
          arrangements={arrangements}
          invalid={invalid?.move === index ? invalid.field : undefined}
          canRemove={moves.length > 1}
          onChange={(patch) => onChange(moves.map((m) => (m === move ? { ...m, ...patch } : m)))}
          onRemove={() => onChange(moves.filter((m) => m !== move))}
        />
      ))}
      <button
        type="button"
        onClick={() =>
          onChange([...moves, { key: nextKey, from: "", to: "", percent: "", basis: "CASES" }])
        }
      >
        {t("addMove")}
      </button>
    </div>
  );
}
