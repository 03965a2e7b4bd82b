import type { ReactNode } from "react";
import type { HypothesisLagFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import { DataTable } from "../../components/DataTable";
import { correlation, estimate, integer, pValue } from "../../format";

type Lag = HypothesisLagFragment;

interface Statistic {
  name: string;
  value(lag: Lag): ReactNode;
}

/**
 * Per lag (a column each) the correlations and the within-unit slope with their intervals, the
 * panel they rest on, and for a lag the API could not estimate the reason.
 */
export function EstimatesTable({ lags, level }: { lags: Lag[]; level: string }) {
  const { t, language } = useT();
  const interval = (name: string) => `${name}: ${level}${t("intervalSuffix")}`;
  const range = (bounds: { lower: number; upper: number } | null | undefined, f = correlation) =>
    bounds ? `${f(bounds.lower)} ${t("intervalTo")} ${f(bounds.upper)}` : "";
  const statistics: Statistic[] = [
    { name: t("pearson"), value: (lag) => (lag.pearson ? correlation(lag.pearson.estimate) : "") },
    { name: interval(t("pearson")), value: (lag) => range(lag.pearson) },
    {
      name: t("spearman"),
      value: (lag) => (lag.spearman ? correlation(lag.spearman.estimate) : ""),
    },
    { name: interval(t("spearman")), value: (lag) => range(lag.spearman) },
    {
      name: t("slope"),
      value: (lag) => (lag.fixedEffects ? estimate(lag.fixedEffects.slope) : ""),
    },
    {
      name: t("standardError"),
      value: (lag) => (lag.fixedEffects ? estimate(lag.fixedEffects.standardError) : ""),
    },
    { name: interval(t("slope")), value: (lag) => range(lag.fixedEffects, estimate) },
    {
      name: t("pValueSlope"),
      value: (lag) => (lag.fixedEffects ? pValue(lag.fixedEffects.pValue) : ""),
    },
    { name: t("observations"), value: (lag) => integer(lag.nObservations) },
    { name: t("unitsCount"), value: (lag) => integer(lag.nUnits) },
    { name: t("periodsCount"), value: (lag) => integer(lag.nPeriods) },
  ];
  if (lags.some((lag) => lag.refused))
    statistics.push({ name: t("noEstimate"), value: (lag) => lag.refused?.reason[language] });
  return (
    <DataTable
      caption={t("estimatesTable")}
      rows={statistics}
      rowKey={(s) => s.name}
      columns={[
        { header: t("statistic"), cell: (s) => s.name },
        ...lags.map((lag) => ({
          header: `${t("lag")} ${integer(lag.lag)}`,
          cell: (s: Statistic) => s.value(lag),
          numeric: true,
        })),
      ]}
    />
  );
}
