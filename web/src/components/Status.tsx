import type { CombinedError } from "urql";
import { useT } from "../i18n";

/** Loading and error states of a query, announced to screen readers. */
export function Status({ fetching, error }: { fetching: boolean; error?: CombinedError }) {
  const { t } = useT();
  if (error)
    return (
      <p role="alert" className="error">
        {t("error")}: {error.graphQLErrors[0]?.message ?? error.message}
      </p>
    );
  if (fetching) return <p aria-live="polite">{t("loading")}</p>;
  return null;
}
