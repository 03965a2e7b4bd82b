import { useMemo } from "react";
import type { CompareGroupFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import { EChart } from "../../charts/EChart";
import { DataTable } from "../../components/DataTable";
import { boxPlotOption, boxPlotParts } from "../../charts/box-plot";
import { sroiRangeOption, sroiRangeParts } from "../../charts/sroi-range";
import { integer, ratio } from "../../format";

/** SROI per group with its range, and the distribution of the ratio over the cases. */
export function SroiCharts({
  groups,
  decimals,
}: {
  groups: CompareGroupFragment[];
  decimals: number;
}) {
  const { t } = useT();
  const bars = useMemo(
    () =>
      sroiRangeOption(
        groups.map((g) => ({
          label: g.label,
          sroi: g.sroiRatio,
          low: g.ratioLow,
          high: g.ratioHigh,
        })),
      ),
    [groups],
  );
  const boxes = useMemo(
    () => boxPlotOption(groups.map((g) => ({ label: g.label, ...g.distribution.sroiRatio }))),
    [groups],
  );
  const r = (value: string | null | undefined) => ratio(value, decimals);
  return (
    <div className="chart-pair">
      <figure>
        <figcaption>{t("sroiRangeChart")}</figcaption>
        <EChart parts={sroiRangeParts} option={bars} label={t("sroiRangeChart")} />
      </figure>
      <figure>
        <figcaption>{t("boxPlotChart")}</figcaption>
        <EChart parts={boxPlotParts} option={boxes} label={t("boxPlotChart")} />
        <DataTable
          caption={t("boxPlotChart")}
          rows={groups}
          rowKey={(g) => g.key ?? g.label}
          columns={[
            { header: t("group"), cell: (g) => g.label },
            { header: "n", cell: (g) => integer(g.distribution.sroiRatio.n), numeric: true },
            { header: t("min"), cell: (g) => r(g.distribution.sroiRatio.min), numeric: true },
            { header: t("q1"), cell: (g) => r(g.distribution.sroiRatio.q1), numeric: true },
            { header: t("median"), cell: (g) => r(g.distribution.sroiRatio.median), numeric: true },
            { header: t("q3"), cell: (g) => r(g.distribution.sroiRatio.q3), numeric: true },
            { header: t("max"), cell: (g) => r(g.distribution.sroiRatio.max), numeric: true },
          ]}
        />
      </figure>
    </div>
  );
}
