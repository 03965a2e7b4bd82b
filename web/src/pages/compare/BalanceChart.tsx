import { useMemo } from "react";
import type { CompareGroupFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import { EChart } from "../../charts/EChart";
import { DataTable } from "../../components/DataTable";
import { cumulativeOption, cumulativeParts } from "../../charts/cumulative-line";
import { euro, month } from "../../format";

/** Each group's cumulative balance per month; the table lists the months as rows. */
export function BalanceChart({ groups }: { groups: CompareGroupFragment[] }) {
  const { t } = useT();
  const option = useMemo(
    () => cumulativeOption(groups.map((g) => ({ label: g.label, points: g.timeline }))),
    [groups],
  );
  const periods = [...new Set(groups.flatMap((g) => g.timeline.map((p) => p.period)))].sort();
  const at = groups.map((g) => new Map(g.timeline.map((p) => [p.period, p.cumulative])));
  return (
    <figure>
      <figcaption>{t("cumulativeChart")}</figcaption>
      <EChart parts={cumulativeParts} option={option} label={t("cumulativeChart")} />
      <details>
        <summary>{t("cumulativeChart")} (tabel)</summary>
        <DataTable
          caption={t("cumulativeChart")}
          rows={periods}
          rowKey={(p) => p}
          columns={[
            { header: t("month"), cell: (p) => month(p) },
            ...groups.map((g, index) => ({
              header: g.label,
              numeric: true,
              cell: (p: string) => {
                const value = at[index].get(p);
                return value === undefined ? "" : euro(value);
              },
            })),
          ]}
        />
      </details>
    </figure>
  );
}
