import type { CombinedError } from "urql";
import { useT } from "../../i18n";
import type { TextKey } from "../../texts/nl";
import type { InvalidField } from "./MovesEditor";

const FIELDS: Record<string, TextKey> = {
  fromArrangementId: "fromArrangement",
  toArrangementId: "toArrangement",
  share: "sharePercent",
  basis: "basis",
};

/** The move field an error names ("moves[1].share"), if it names one. */
export function invalidFieldOf(error: CombinedError | undefined): InvalidField | null {
  const field = error?.graphQLErrors[0]?.extensions?.field;
  const match = typeof field === "string" ? /^moves\[(\d+)\]\.(\w+)$/.exec(field) : null;
  return match ? { move: Number(match[1]), field: match[2] } : null;
}

/** The API's refusal, as it words it, with the move and field it names. */
export function ScenarioError({ error }: { error: CombinedError }) {
  const { t } = useT();
  const first = error.graphQLErrors[0];
  const invalid = invalidFieldOf(error);
  const field = first?.extensions?.field;
  const where = invalid
    ? `${t("move")} ${invalid.move + 1}, ${FIELDS[invalid.field] ? t(FIELDS[invalid.field]) : invalid.field}`
    : typeof field === "string"
      ? field
      : null;
  const heading = first?.extensions?.code === "SUPPRESSED" ? t("suppressedError") : t("error");
  return (
    <p role="alert" className="error">
      <strong>
        {heading}
        {where ? ` (${where})` : ""}
      </strong>
      : {first?.message ?? error.message}
    </p>
  );
}
