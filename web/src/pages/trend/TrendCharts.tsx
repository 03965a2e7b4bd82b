import { useMemo } from "react";
import type { TrendGroupFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import { EChart } from "../../charts/EChart";
import { trendLinesOption, trendLinesParts } from "../../charts/trend-lines";
import { euro, ratio, wholeEuro } from "../../format";

/** Per group a line over its cohorts: the SROI ratio with its range, and the cost per case. */
export function TrendCharts({
  groups,
  decimals,
}: {
  groups: TrendGroupFragment[];
  decimals: number;
}) {
  const { t } = useT();
  const sroi = useMemo(
    () =>
      trendLinesOption(
        groups.map((g) => ({
          label: g.label,
          points: g.cohorts.map((c) => ({
            period: c.period,
            value: c.sroiRatio,
            low: c.ratioLow,
            high: c.ratioHigh,
          })),
        })),
        { axis: (v) => ratio(v, 1), value: (v) => ratio(v, decimals) },
        true,
      ),
    [groups, decimals],
  );
  const cost = useMemo(
    () =>
      trendLinesOption(
        groups.map((g) => ({
          label: g.label,
          points: g.cohorts.map((c) => ({ period: c.period, value: c.costPerCase })),
        })),
        { axis: wholeEuro, value: euro },
      ),
    [groups],
  );
  return (
    <>
      <figure>
        <figcaption>{t("trendSroiChart")}</figcaption>
        <EChart parts={trendLinesParts} option={sroi} label={t("trendSroiChart")} height={360} />
      </figure>
      <figure>
        <figcaption>{t("trendCostChart")}</figcaption>
        <EChart parts={trendLinesParts} option={cost} label={t("trendCostChart")} height={360} />
      </figure>
    </>
  );
}
