import { useMemo } from "react";
import type { HypothesisLagFragment, HypothesisQuery as Answer } from "../../gql/graphql";
import { useT } from "../../i18n";
import { EChart } from "../../charts/EChart";
import { DataTable } from "../../components/DataTable";
import { lagScatterOption, lagScatterParts, type ScatterSeries } from "../../charts/lag-scatter";
import { integer, period, quantity } from "../../format";

type Hypothesis = Answer["quadrantHypothesis"];
type Point = HypothesisLagFragment["points"][number];

/** One lag's points: demand in period t against effort in t − lag, per unit, with its table. */
export function LagScatter(props: {
  lag: HypothesisLagFragment;
  answer: Hypothesis;
  names: Map<string, string>;
}) {
  const { t } = useT();
  const { lag, answer, names } = props;
  const caption = t("scatterChart").replace("{lag}", integer(lag.lag));
  const axes = {
    x: `${t("effortMeasure")}: ${t(`effort${answer.effortMeasure}`)} (${answer.effortQuadrants.join(", ")}), ${integer(lag.lag)} ${t(`earlier${answer.granularity}`)}`,
    y: `${t("demandMeasure")}: ${t(`demand${answer.demandMeasure}`)} (${answer.demandQuadrants.join(", ")})`,
  };
  const option = useMemo(() => {
    const series: ScatterSeries[] = answer.units
      .map((unit) => ({
        name: unit.name,
        points: lag.points
          .filter((p) => p.unitId === unit.id)
          .map((p) => ({
            x: p.effort,
            y: p.demand,
            inEstimate: p.inEstimate,
            label: `${period(p.period)} (${period(p.effortPeriod)})`,
          })),
      }))
      .filter((s) => s.points.length > 0);
    return lagScatterOption(series, axes);
  }, [lag, answer, axes.x, axes.y]);
  return (
    <figure>
      <figcaption>{caption}</figcaption>
      {lag.points.length === 0 ? (
        <p className="meta">{t("noPoints")}</p>
      ) : (
        <EChart parts={lagScatterParts} option={option} label={caption} height={360} />
      )}
      <details>
        <summary>{t("pointsTable").replace("{n}", integer(lag.points.length))}</summary>
        <DataTable
          caption={caption}
          rows={lag.points}
          rowKey={(p: Point) => `${p.unitId} ${p.period}`}
          columns={[
            { header: t(`unit${answer.unit}`), cell: (p) => names.get(p.unitId) ?? p.unitId },
            { header: t("demandPeriod"), cell: (p) => period(p.period) },
            { header: t("effortPeriod"), cell: (p) => period(p.effortPeriod) },
            { header: t("effortMeasure"), cell: (p) => quantity(p.effort), numeric: true },
            { header: t("demandMeasure"), cell: (p) => quantity(p.demand), numeric: true },
            { header: t("inEstimate"), cell: (p) => t(p.inEstimate ? "yes" : "no") },
          ]}
        />
      </details>
    </figure>
  );
}
