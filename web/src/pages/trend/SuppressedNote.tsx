import { useT } from "../../i18n";

/** The groups, and the cells of a group × cohort, disclosure control keeps from this viewer. */
export function SuppressedNote({
  groups,
}: {
  groups: { label: string; period?: string | null }[];
}) {
  const { t } = useT();
  if (groups.length === 0) return null;
  return (
    <p className="meta">
      {t("suppressedGroups")}:{" "}
      {groups.map((g) => (g.period ? `${g.label} (${g.period})` : g.label)).join(", ")}
    </p>
  );
}
