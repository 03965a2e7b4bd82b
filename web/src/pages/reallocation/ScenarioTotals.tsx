import { useMemo } from "react";
import type { ReallocationQuery as Answer, ReallocationTotalsFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import type { TextKey } from "../../texts/nl";
import { EChart } from "../../charts/EChart";
import { DataTable } from "../../components/DataTable";
import { reallocationBarsOption, reallocationBarsParts } from "../../charts/reallocation-bars";
import { sroiRangeOption, sroiRangeParts } from "../../charts/sroi-range";
import { euro, integer, percent, ratio } from "../../format";

export type Scenario = Answer["reallocationScenario"];
type Measure = "cost" | "socialReturn" | "net";
const MEASURES: [Measure, TextKey][] = [
  ["cost", "cost"],
  ["socialReturn", "presentValue"],
  ["net", "net"],
];

interface Row {
  label: string;
  cell(totals: ReallocationTotalsFragment, end: "value" | "low" | "high"): string;
}

/** Baseline, scenario and difference with their ranges: a table, and charts of the same numbers. */
export function ScenarioTotals({ scenario }: { scenario: Scenario }) {
  const { t } = useT();
  const { baseline, projected, difference, range } = scenario;
  const decimals = scenario.settingsUsed.ratioDecimals;
  const rows: Row[] = [
    { label: t("cases"), cell: (x, end) => (end === "value" ? integer(x.cases) : "") },
    ...MEASURES.map(([key, label]) => ({
      label: t(label),
      cell: (x: ReallocationTotalsFragment, end: "value" | "low" | "high") => euro(x[key][end]),
    })),
    { label: t("sroi"), cell: (x, end) => ratio(x.sroiRatio[end], decimals) },
  ];
  const money = useMemo(
    () =>
      reallocationBarsOption(
        MEASURES.map(([, label]) => t(label)),
        [
          { name: t("baseline"), values: MEASURES.map(([key]) => baseline[key]) },
          { name: t("projected"), values: MEASURES.map(([key]) => projected[key]) },
        ],
      ),
    [baseline, projected, t],
  );
  const ratios = useMemo(
    () =>
      sroiRangeOption([
        { label: t("baseline"), sroi: baseline.sroiRatio.value, ...baseline.sroiRatio },
        { label: t("projected"), sroi: projected.sroiRatio.value, ...projected.sroiRatio },
      ]),
    [baseline, projected, t],
  );
  return (
    <>
      <p className="meta">
        {t("rangeMethod")}: {range.method.toLowerCase()}, {integer(range.replicates)}{" "}
        {t("rangeReplicates")}, {t("rangeQuantiles")} {percent(range.lowQuantile)}–
        {percent(range.highQuantile)} ({t("rangeSeed")} {range.seed}) · {t("priceList")}:{" "}
        {scenario.pricing.priceListName} (v{scenario.pricing.versionNumber})
      </p>
      <DataTable
        caption={t("reallocationTotals")}
        rows={rows}
        rowKey={(r) => r.label}
        columns={[
          { header: t("figure"), cell: (r) => r.label },
          { header: t("baseline"), cell: (r) => r.cell(baseline, "value"), numeric: true },
          { header: t("projected"), cell: (r) => r.cell(projected, "value"), numeric: true },
          { header: t("projectedLow"), cell: (r) => r.cell(projected, "low"), numeric: true },
          { header: t("projectedHigh"), cell: (r) => r.cell(projected, "high"), numeric: true },
          { header: t("difference"), cell: (r) => r.cell(difference, "value"), numeric: true },
          { header: t("differenceLow"), cell: (r) => r.cell(difference, "low"), numeric: true },
          { header: t("differenceHigh"), cell: (r) => r.cell(difference, "high"), numeric: true },
        ]}
      />
      <div className="chart-pair">
        <figure>
          <figcaption>{t("reallocationMoneyChart")}</figcaption>
          <EChart
            parts={reallocationBarsParts}
            option={money}
            label={t("reallocationMoneyChart")}
          />
        </figure>
        <figure>
          <figcaption>{t("reallocationRatioChart")}</figcaption>
          <EChart parts={sroiRangeParts} option={ratios} label={t("reallocationRatioChart")} />
        </figure>
      </div>
    </>
  );
}
